package directive

import (
	_ "embed"
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/scalevet/scalevet/analyzers/internal/directive"
	"github.com/scalevet/scalevet/analyzers/internal/docs"
)

//go:embed doc.go
var doc string

// Analyzer checks //scalevet: directives; its result, a
// *directive.Index, is what every other scalevet analyzer reads them
// from.
var Analyzer = &analysis.Analyzer{
	Name:       "directive",
	Doc:        docs.Extract(doc, "directive"),
	URL:        "https://pkg.go.dev/github.com/scalevet/scalevet/analyzers/directive",
	Run:        run,
	ResultType: reflect.TypeFor[*directive.Index](),
}

func run(pass *analysis.Pass) (any, error) {
	idx := directive.Build(pass.Fset, pass.Files, directive.Known())
	for _, p := range idx.Problems {
		pass.Report(analysis.Diagnostic{Pos: p.Pos, Category: "malformed", Message: p.Message})
	}
	return idx, nil
}
