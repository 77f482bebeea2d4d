package sessionmap

import (
	_ "embed"
	"fmt"
	"reflect"

	"golang.org/x/tools/go/analysis"

	directiveanalyzer "github.com/scalevet/scalevet/analyzers/directive"
	"github.com/scalevet/scalevet/analyzers/internal/directive"
	"github.com/scalevet/scalevet/analyzers/internal/docs"
	"github.com/scalevet/scalevet/analyzers/internal/report"
	"github.com/scalevet/scalevet/analyzers/internal/requestpath"
	"github.com/scalevet/scalevet/analyzers/internal/sessions"
)

//go:embed doc.go
var doc string

// Analyzer reports sessions kept in one process's memory or on its
// local disk: maps written on the request path keyed by a session
// identifier, and in-memory or filesystem session stores of session
// libraries. What holds sessions is found by the sessions analyzer.
var Analyzer = &analysis.Analyzer{
	Name:       "sessionmap",
	Doc:        docs.Extract(doc, "sessionmap"),
	URL:        "https://pkg.go.dev/github.com/scalevet/scalevet/analyzers/sessionmap",
	Requires:   []*analysis.Analyzer{directiveanalyzer.Analyzer, requestpath.Analyzer, sessions.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(summaryFact)},
}

// Result is the sessions analyzer's: which variables and fields hold
// sessions (IsSession).
type Result = sessions.Result

// summaryFact is the sessions analyzer's summary of an exported
// function (which maps it writes, what it returns), rendered. It is
// exported again here so that sessionmap's tests and -json output show
// what a wrapper store in another package does; the analysis itself
// reads the sessions analyzer's own fact.
type summaryFact struct{ Summary string }

// AFact marks summaryFact as an analysis fact.
func (*summaryFact) AFact() {}

func (f *summaryFact) String() string { return f.Summary }

// The categories of findings.
const (
	catMap   = "map"   // a map or sync.Map of sessions
	catStore = "store" // a library's in-memory or filesystem session store
)

// The why and the fix shared by every message.
const (
	why    = "a second instance behind a load balancer will not see them"
	mapFix = "keep sessions in a shared store or a signed cookie"
)

func run(pass *analysis.Pass) (any, error) {
	idx := pass.ResultOf[directiveanalyzer.Analyzer].(*directive.Index)
	rp := pass.ResultOf[requestpath.Analyzer].(*requestpath.Result)
	res := pass.ResultOf[sessions.Analyzer].(*sessions.Result)
	r := report.New(pass, idx)
	defer r.Finish()
	for _, s := range res.Summaries {
		pass.ExportObjectFact(s.Func, &summaryFact{s.Text})
	}
	for _, s := range res.Stores {
		where := "sessions stored in process memory"
		if s.OnDisk {
			where = "sessions stored on the local disk"
		}
		r.Report(analysis.Diagnostic{
			Pos:      s.Pos,
			End:      s.End,
			Category: catStore,
			Message:  where + " (" + s.What + "): " + why + "; " + s.Fix,
		})
	}
	for _, w := range res.Writes {
		r.ReportFirst(mapDiagnostic(rp, w)) // one map finding per position
	}
	return res, nil
}

func mapDiagnostic(rp *requestpath.Result, w sessions.Write) analysis.Diagnostic {
	where := "written in " + w.Func.Name
	if w.Via != "" {
		where = fmt.Sprintf("written by %s in %s", w.Via, w.Func.Name)
	}
	var related []analysis.RelatedInformation
	if entry := rp.ReachedFrom(w.Func); entry != nil {
		related = append(related, entry.Related())
	}
	if w.Via != "" && w.WritePos.IsValid() {
		related = append(related, analysis.RelatedInformation{Pos: w.WritePos, Message: "the write, in " + w.Writer})
	}
	return analysis.Diagnostic{
		Pos:      w.Pos,
		End:      w.End,
		Category: catMap,
		Message:  fmt.Sprintf("sessions stored in process memory (map %s, %s): %s; %s", w.Map, where, why, mapFix),
		Related:  related,
	}
}
