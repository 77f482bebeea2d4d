package directive_test

import (
	"go/ast"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/scalevet/scalevet/analyzers/directive"
	index "github.com/scalevet/scalevet/analyzers/internal/directive"
)

// TestDeclare checks that the -directive.handlers and -directive.expensive
// flags mark functions as the directives would, by qualified name.
func TestDeclare(t *testing.T) {
	for flag, value := range map[string]string{"handlers": "declared.(*Consumer).Handle", "expensive": "declared.Quote"} {
		if err := directive.Analyzer.Flags.Set(flag, value); err != nil {
			t.Fatal(err)
		}
		defer directive.Analyzer.Flags.Set(flag, "")
	}
	results := analysistest.Run(t, analysistest.TestData(), directive.Analyzer, "declared")
	idx := results[0].Result.(*index.Index)
	got := make(map[string][2]bool)
	for _, f := range results[0].Pass.Files {
		for _, decl := range f.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok {
				got[fd.Name.Name] = [2]bool{idx.IsHandler(fd), idx.IsExpensive(fd)}
			}
		}
	}
	want := map[string][2]bool{"Handle": {true, false}, "Quote": {false, true}, "Other": {false, false}}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: handler, expensive = %v, want %v", name, got[name], w)
		}
	}
	if !idx.HasExpensive() {
		t.Error("HasExpensive is false with a declared expensive function")
	}
}

// TestDeclareBadName checks that a name that is not a qualified function
// name is a flag error, not a silent no-op.
func TestDeclareBadName(t *testing.T) {
	for _, bad := range []string{"Quote", "example.com/shop/pricing", "a.b.c.d", "pkg..F"} {
		if err := directive.Analyzer.Flags.Set("handlers", bad); err == nil {
			t.Errorf("-directive.handlers=%s: no error", bad)
		}
	}
	directive.Analyzer.Flags.Set("handlers", "")
}
