package directive

import (
	_ "embed"
	"flag"
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
	Flags:      flags(),
}

// handlers and expensive declare functions by name, as the directives
// would: the project configuration's handlers and expensive keys.
var handlers, expensive directive.Names

func flags() flag.FlagSet {
	var fs flag.FlagSet
	fs.Var(&handlers, "handlers", "comma-separated `functions` that are request entry points, as //scalevet:handler: example.com/shop/queue.(*Consumer).Handle")
	fs.Var(&expensive, "expensive", "comma-separated `functions` as costly as a query, as //scalevet:expensive: example.com/shop/pricing.Quote")
	return fs
}

func run(pass *analysis.Pass) (any, error) {
	idx := directive.Build(pass.Fset, pass.Files, directive.Known())
	idx.Declare(pass.Pkg.Path(), pass.Files, handlers, expensive)
	for _, p := range idx.Problems {
		pass.Report(analysis.Diagnostic{Pos: p.Pos, Category: "malformed", Message: p.Message})
	}
	return idx, nil
}
