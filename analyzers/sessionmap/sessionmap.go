package sessionmap

import (
	_ "embed"
	"fmt"
	"go/token"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	directiveanalyzer "github.com/scalevet/scalevet/analyzers/directive"
	"github.com/scalevet/scalevet/analyzers/internal/directive"
	"github.com/scalevet/scalevet/analyzers/internal/docs"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/report"
	"github.com/scalevet/scalevet/analyzers/internal/requestpath"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

//go:embed doc.go
var doc string

// Analyzer reports sessions kept in one process's memory or on its
// local disk: maps written on the request path keyed by a session
// identifier, and in-memory or filesystem session stores of session
// libraries.
var Analyzer = &analysis.Analyzer{
	Name:       "sessionmap",
	Doc:        docs.Extract(doc, "sessionmap"),
	URL:        "https://pkg.go.dev/github.com/scalevet/scalevet/analyzers/sessionmap",
	Requires:   []*analysis.Analyzer{directiveanalyzer.Analyzer, inspect.Analyzer, funcgraph.Analyzer, requestpath.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(writesFact)},
}

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

// Result tells other analyzers (globalstate) which variables hold
// sessions, so that a session write is reported once, by sessionmap.
type Result struct {
	sessions map[types.Object]bool
}

// IsSession reports whether obj, a package-level variable or a struct
// field, holds sessions in process memory: a session map, a wrapper
// store whose methods write one, or an in-memory session store.
func (r *Result) IsSession(obj types.Object) bool { return r != nil && r.sessions[obj] }

type checker struct {
	pass     *analysis.Pass
	graph    *funcgraph.Graph
	rp       *requestpath.Result
	r        *report.Reporter
	res      *Result
	taints   map[*funcgraph.Func]*taint
	effects  *walk.Memo[[]*effect]
	complete map[*funcgraph.Func][]*effect // session writes determined in a function on the request path
	defs     *walk.Defs
	results  *walk.Memo[labels] // what each function returns
	facts    *walk.Facts[writesFact, *writesFact]
	done     map[token.Pos]bool
}

func run(pass *analysis.Pass) (any, error) {
	idx := pass.ResultOf[directiveanalyzer.Analyzer].(*directive.Index)
	res := &Result{sessions: make(map[types.Object]bool)}
	r := report.New(pass, idx)
	defer r.Finish()
	c := &checker{
		pass:     pass,
		graph:    pass.ResultOf[funcgraph.Analyzer].(*funcgraph.Graph),
		rp:       pass.ResultOf[requestpath.Analyzer].(*requestpath.Result),
		r:        r,
		res:      res,
		taints:   make(map[*funcgraph.Func]*taint),
		complete: make(map[*funcgraph.Func][]*effect),
		defs:     walk.NewDefs(pass.TypesInfo),
		facts:    walk.NewFacts[writesFact](pass),
		done:     make(map[token.Pos]bool),
	}
	c.effects = walk.NewMemo(c.summarise, nil) // recursion: no effects
	c.results = walk.NewMemo(c.returned, 0)    // recursion: nothing
	if importsSessionLibrary(pass.Pkg) {
		c.stores(pass.ResultOf[inspect.Analyzer].(*inspector.Inspector))
	}
	for _, f := range c.graph.Funcs {
		es := c.effectsOf(f)
		if f.Obj != nil && exported(f.Obj) {
			if fact := factOf(pass.Pkg.Name(), es, c.returns(f.Obj)); fact != nil {
				pass.ExportObjectFact(f.Obj, fact)
			}
		}
	}
	for _, f := range c.graph.Funcs {
		for _, e := range c.complete[f] {
			c.reportMap(f, e)
		}
	}
	return res, nil
}

// exported reports whether importers can call fn statically: an
// exported function or method. (An interface call has no fact.)
func exported(fn *types.Func) bool { return fn.Exported() }

// imported returns the map writes of a function of another package.
func (c *checker) imported(fn *types.Func) []*effect {
	if fact := c.facts.Of(fn); fact != nil {
		return fact.effects()
	}
	return nil
}

func (c *checker) reportMap(f *funcgraph.Func, e *effect) {
	if c.done[e.pos] {
		return
	}
	c.done[e.pos] = true
	where := "written in " + f.Name
	if e.via != "" {
		where = fmt.Sprintf("written by %s in %s", e.via, f.Name)
	}
	var related []analysis.RelatedInformation
	if entry := c.rp.ReachedFrom(f); entry != nil {
		related = append(related, entry.Related())
	}
	if e.via != "" && e.writePos.IsValid() {
		related = append(related, analysis.RelatedInformation{Pos: e.writePos, Message: "the write, in " + e.writer})
	}
	c.r.Report(analysis.Diagnostic{
		Pos:      e.pos,
		End:      e.end,
		Category: catMap,
		Message:  fmt.Sprintf("sessions stored in process memory (map %s, %s): %s; %s", e.mapName, where, why, mapFix),
		Related:  related,
	})
}
