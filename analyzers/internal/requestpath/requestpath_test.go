package requestpath_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/requestpath"
	"github.com/scalevet/scalevet/analyzers/internal/testgopath"
)

// probe reports every entry point with its framework, and every
// function on the request path with the entry that reaches it.
var probe = &analysis.Analyzer{
	Name:     "probe",
	Doc:      "probe: report entry points and the request path, for tests",
	Requires: []*analysis.Analyzer{funcgraph.Analyzer, requestpath.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		g := pass.ResultOf[funcgraph.Analyzer].(*funcgraph.Graph)
		rp := pass.ResultOf[requestpath.Analyzer].(*requestpath.Result)
		for _, f := range g.Funcs {
			if e := rp.EntryOf(f); e != nil {
				pass.Reportf(f.Pos(), "entry %s (%s)", f.Name, e.Framework)
			} else if e := rp.ReachedFrom(f); e != nil {
				pass.Reportf(f.Pos(), "reached from %s", e.Func.Name)
			}
		}
		return nil, nil
	},
}

func Test(t *testing.T) {
	analysistest.Run(t, testgopath.Dir(t), probe, "entries", "gqlgen")
}
