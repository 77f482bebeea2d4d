// Package sessions defines an Analyzer that finds where a package keeps
// sessions in process memory or on local disk: maps written on the
// request path keyed by a session cookie, a header token or an issued
// token (directly, through helpers, or through wrapper stores in other
// packages, by facts), and the in-memory or filesystem stores of
// session libraries. sessionmap reports them; globalstate asks
// IsSession so that a session write is reported once, by sessionmap.
package sessions

import (
	"go/token"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/requestpath"
	"github.com/scalevet/scalevet/analyzers/internal/summary"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

// Analyzer finds the sessions a package keeps in one process.
var Analyzer = &analysis.Analyzer{
	Name:       "sessions",
	Doc:        "sessions: find sessions kept in process memory or on local disk, across packages (internal to scalevet)",
	URL:        "https://pkg.go.dev/github.com/scalevet/scalevet/analyzers/internal/sessions",
	Requires:   []*analysis.Analyzer{inspect.Analyzer, funcgraph.Analyzer, requestpath.Analyzer, summary.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(writesFact)},
}

// Result is where one package keeps sessions.
type Result struct {
	Writes []Write // session writes into long-lived maps on the request path, in source order of their functions
	Stores []Store // in-memory and filesystem session stores, in source order
	// Summaries are the facts exported for this package's functions,
	// rendered as their String, in source order.
	Summaries []Summary
	sessions  map[types.Object]bool
}

// IsSession reports whether obj, a package-level variable or a struct
// field, holds sessions in process memory: a session map, a wrapper
// store whose methods write one, or an in-memory session store.
func (r *Result) IsSession(obj types.Object) bool { return r != nil && r.sessions[obj] }

// Summary is what an exported function tells its importers: the
// long-lived maps it writes and what it returns ("writes
// sessstore.Store.items[recv] key(p0)").
type Summary struct {
	Func *types.Func
	Text string
}

// Write is a session identifier used as the key of a write into a map
// that outlives the request.
type Write struct {
	Func     *funcgraph.Func // the function on the request path where the key is known to be a session
	Pos, End token.Pos       // the write, or the call in Func that leads to it
	Map      string          // the map: "sessions", "Store.items"
	Via      string          // "" when the write is in Func, else the call as written: "store.Set"
	Writer   string          // the function that writes the map: "Store.Set"
	WritePos token.Pos       // the write, when it is in this package
}

type checker struct {
	pass     *analysis.Pass
	graph    *funcgraph.Graph
	rp       *requestpath.Result
	res      *Result
	taints   map[*funcgraph.Func]*taint
	effects  *walk.Memo[[]*effect]
	complete map[*funcgraph.Func][]*effect // session writes determined in a function on the request path
	defs     *walk.Defs
	results  *walk.Memo[labels] // what each function returns
	facts    *walk.Facts[writesFact, *writesFact]
	in       *inspector.Inspector
	lookedUp map[types.Object]bool // lazily: the maps read by key (lookups)
	sum      *summary.Result
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{sessions: make(map[types.Object]bool)}
	c := &checker{
		pass:     pass,
		graph:    pass.ResultOf[funcgraph.Analyzer].(*funcgraph.Graph),
		rp:       pass.ResultOf[requestpath.Analyzer].(*requestpath.Result),
		res:      res,
		taints:   make(map[*funcgraph.Func]*taint),
		complete: make(map[*funcgraph.Func][]*effect),
		defs:     walk.NewDefs(pass.TypesInfo),
		facts:    walk.NewFacts[writesFact](pass),
		in:       pass.ResultOf[inspect.Analyzer].(*inspector.Inspector),
		sum:      pass.ResultOf[summary.Analyzer].(*summary.Result),
	}
	c.effects = walk.NewMemo(c.summarise, nil) // recursion: no effects
	c.results = walk.NewMemo(c.returned, 0)    // recursion: nothing
	if importsSessionLibrary(pass.Pkg) {
		c.stores(c.in)
	}
	for _, f := range c.graph.Funcs {
		es := c.effectsOf(f)
		if f.Obj != nil && f.Obj.Exported() {
			if fact := factOf(pass.Pkg.Name(), es, c.returns(f.Obj)); fact != nil {
				pass.ExportObjectFact(f.Obj, fact)
				res.Summaries = append(res.Summaries, Summary{f.Obj, fact.String()})
			}
		}
	}
	for _, f := range c.graph.Funcs {
		for _, e := range c.complete[f] {
			res.Writes = append(res.Writes, Write{Func: f, Pos: e.pos, End: e.end, Map: e.mapName, Via: e.via, Writer: e.writer, WritePos: e.writePos})
		}
	}
	return res, nil
}

// imported returns the map writes of a function of another package.
func (c *checker) imported(fn *types.Func) []*effect {
	if fact := c.facts.Of(fn); fact != nil {
		return fact.effects()
	}
	return nil
}
