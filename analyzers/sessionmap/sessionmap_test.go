package sessionmap_test

import (
	"go/types"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/scalevet/scalevet/analyzers/internal/testgopath"
	"github.com/scalevet/scalevet/analyzers/sessionmap"
)

// Test runs the analyzer on its testdata once; the Related subtest reads
// that same run instead of analysing again.
func Test(t *testing.T) {
	t.Parallel()
	results := analysistest.Run(t, testgopath.Dir(t), sessionmap.Analyzer, "nethttp", "beegoapp", "beegoconf", "crosspkg/...", "gin", "echo", "fiberv2", "fiberv3", "gorilla", "scsapp",
		// not reported: a library's own default store (scs.New makes a memstore)
		"github.com/alexedwards/scs/v2")

	// A finding at a call points at the handler and at the write it leads to.
	t.Run("Related", func(t *testing.T) {
		var found bool
		for _, res := range results {
			for _, d := range res.Diagnostics {
				if !strings.Contains(d.Message, "written by s.remember") {
					continue
				}
				found = true
				got := testgopath.Related(res.Pass.Fset, d)
				want := []string{
					"maps.go:66: the request entry point Server.ServeHTTP (net/http)",
					"maps.go:76: the write, in Server.remember",
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("related information (-want +got):\n%s", diff)
				}
			}
		}
		if !found {
			t.Fatal("no diagnostic for s.remember")
		}
	})
}

// probe reports every package-level variable and struct field that
// sessionmap's Result says holds sessions, as globalstate will ask.
var probe = &analysis.Analyzer{
	Name:     "probe",
	Doc:      "probe: report what sessionmap.Result.IsSession says",
	Requires: []*analysis.Analyzer{sessionmap.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[sessionmap.Analyzer].(*sessionmap.Result)
		scope := pass.Pkg.Scope()
		for _, name := range scope.Names() {
			switch obj := scope.Lookup(name).(type) {
			case *types.Var:
				if res.IsSession(obj) {
					pass.Reportf(obj.Pos(), "holds sessions")
				}
			case *types.TypeName:
				if st, ok := obj.Type().Underlying().(*types.Struct); ok {
					for field := range st.Fields() {
						if res.IsSession(field) {
							pass.Reportf(field.Pos(), "holds sessions")
						}
					}
				}
			}
		}
		return nil, nil
	},
}

// TestIsSession checks the Result that globalstate uses to leave
// session writes to sessionmap.
func TestIsSession(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testgopath.Dir(t), probe, "holders")
}
