package funcgraph_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
)

// probe reports every site of calls to functions named "work" and
// every function value passed or stored, so the testdata can state
// what the graph says about each: its function, target, loop, escape.
var probe = &analysis.Analyzer{
	Name:     "probe",
	Doc:      "probe: report funcgraph facts about sites, for tests",
	Requires: []*analysis.Analyzer{funcgraph.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		g := pass.ResultOf[funcgraph.Analyzer].(*funcgraph.Graph)
		for _, f := range g.Funcs {
			for _, s := range f.Sites {
				if s.Callee != nil && s.Callee.Name() != "work" && s.Callee.Name() != "Poll" && s.Callee.Name() != "Drain" && s.Ref == nil {
					continue
				}
				if s.Ref == nil && s.Callee == nil {
					continue
				}
				target := "-"
				if s.Target != nil {
					target = s.Target.Name
				}
				loopIn := ""
				if s.LoopIn != nil {
					loopIn = " loopin=" + s.LoopIn.Name
				}
				pass.Reportf(s.Pos(), "in=%s target=%s loop=%v escapes=%v%s", f.Name, target, s.Loop != nil, s.Escapes, loopIn)
			}
		}
		return nil, nil
	},
}

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "graph")
}
