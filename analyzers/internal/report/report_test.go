package report_test

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"reflect"

	"testing"

	"github.com/google/go-cmp/cmp"
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

// causer reports every call cause(key, rank) through ReportCause, on
// the entry point of the function it is in, and returns the causes.
var causer = &analysis.Analyzer{
	Name:       "requestquery",
	Doc:        "requestquery: a stand-in that reports calls of cause through ReportCause, for the cause tests",
	Requires:   []*analysis.Analyzer{directiveanalyzer.Analyzer},
	ResultType: reflect.TypeFor[*report.Causes](),
	Run: func(pass *analysis.Pass) (any, error) {
		r := report.New(pass, pass.ResultOf[directiveanalyzer.Analyzer].(*directive.Index))
		for _, f := range pass.Files {
			for _, decl := range f.Decls {
				fn, ok := decl.(*ast.FuncDecl)
				if !ok || fn.Body == nil {
					continue
				}
				ast.Inspect(fn.Body, func(n ast.Node) bool {
					call, ok := n.(*ast.CallExpr)
					if !ok || len(call.Args) != 2 {
						return true
					}
					if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "cause" {
						return true
					}
					key := constant.StringVal(pass.TypesInfo.Types[call.Args[0]].Value)
					rank, _ := constant.Int64Val(pass.TypesInfo.Types[call.Args[1]].Value)
					r.ReportCause(key, int(rank), analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Category: "c"}, fn.Name.Name,
						func(who string) string { return fmt.Sprintf("cause %s of %s (rank %d)", key, who, rank) })
					return true
				})
			}
		}
		return r.Finish(), nil
	},
}

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), fake, "policy")
}

func TestCauses(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), causer, "causes")
	// The result gives each finding's keys, for a driver that merges
	// one cause reported in several packages.
	for _, res := range results {
		causes := res.Result.(*report.Causes)
		got := make(map[string][]string)
		for _, d := range res.Diagnostics {
			got[d.Message] = causes.CauseKeys(d.Pos, d.Category, d.Message)
		}
		want := map[string][]string{
			"cause shared of one, two and three (rank 0)":    {"shared"},
			"cause ranked of mild and worse (rank 1)":        {"ranked"},
			"cause gen of genEntry and handWritten (rank 0)": {"gen"},
			"cause x of distinct (rank 0)":                   {"x"},
			"cause y of distinct (rank 0)":                   {"y"},
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("cause keys (-want +got):\n%s", diff)
		}
		if keys := causes.CauseKeys(token.NoPos, "c", ""); keys != nil {
			t.Errorf("CauseKeys of no finding = %q, want nil", keys)
		}
	}
}
