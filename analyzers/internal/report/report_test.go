package report_test

import (
	"go/ast"

	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	directiveanalyzer "github.com/scalevet/scalevet/analyzers/directive"
	"github.com/scalevet/scalevet/analyzers/internal/directive"
	"github.com/scalevet/scalevet/analyzers/internal/report"
)

// fake reports every call of a function named hazard, through the
// report helper. It takes a name suppressions may use.
var fake = &analysis.Analyzer{
	Name:     "requestquery",
	Doc:      "requestquery: a stand-in that reports calls of hazard, for the policy tests",
	Requires: []*analysis.Analyzer{directiveanalyzer.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		r := report.New(pass, pass.ResultOf[directiveanalyzer.Analyzer].(*directive.Index))
		defer r.Finish()
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "hazard" {
						r.Report(analysis.Diagnostic{Pos: call.Pos(), Message: "hazard"})
						r.Report(analysis.Diagnostic{Pos: call.Pos(), Message: "hazard"}) // reported once
					}
				}
				return true
			})
		}
		return nil, nil
	},
}

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), fake, "policy")
}
