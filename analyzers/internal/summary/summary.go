// Package summary defines an Analyzer that summarises, for every
// function of a package, the expensive operations it performs directly
// or through calls (in its package and, through facts, in the packages
// it imports), each with one witness chain and the loop that repeats
// it, if any. The summaries travel to importing packages as facts, so
// an analyzer looking at a handler knows that repo.ListAll runs a
// query three calls down in another package.
package summary

import (
	"cmp"
	"go/ast"
	"go/types"
	"reflect"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	directiveanalyzer "github.com/scalevet/scalevet/analyzers/directive"
	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/directive"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/requestpath"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

// Analyzer computes function summaries and exports them as facts.
var Analyzer = &analysis.Analyzer{
	Name:       "summary",
	Doc:        "summary: summarise the expensive operations of each function, across packages (internal to scalevet)",
	URL:        "https://pkg.go.dev/github.com/scalevet/scalevet/analyzers/internal/summary",
	Requires:   []*analysis.Analyzer{funcgraph.Analyzer, requestpath.Analyzer, directiveanalyzer.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(Fact), new(PackageFact), new(ImplFact), new(PendingFact), new(HandleFact), new(EmbeddedFact)},
}

// PackageFact marks a package that has summaries, so that importers of
// packages without any can skip their work.
type PackageFact struct{}

// AFact marks PackageFact as an analysis fact.
func (*PackageFact) AFact() {}

func (*PackageFact) String() string { return "has summaries" }

// Result gives the operations at each site and function of a package.
type Result struct {
	direct   map[*funcgraph.Site]Op
	imported map[*funcgraph.Site][]Op
	// entryCallee holds the sites that call an entry point of another
	// package (EntryCallee).
	entryCallee map[*funcgraph.Site]bool
	bound       map[*funcgraph.Site][]Op
	funcs       map[*funcgraph.Func][]Op
	pend        map[*funcgraph.Func][]Pend
	sitePend    map[*funcgraph.Site][]Pend // the pending calls each site adds to its function's
	joins       []Join
	jobJoins    []Join
	quiet       []EntryPend
	c           *classifier
	sites       map[*ast.CallExpr]*funcgraph.Site // lazily, by siteOf
	facts       *walk.Facts[Fact, *Fact]
	// mu serialises the methods that fill caches lazily (siteOf, the
	// classifier's indexes): the analyzers that read this result may
	// run at the same time (unitchecker runs a package's analyzers in
	// parallel).
	mu sync.Mutex
}

// OfImported returns the summary of fn, a function or method of another
// package, from its facts: what a promoted entry point does
// (requestpath.Promoted).
func (r *Result) OfImported(fn *types.Func) []Op {
	if r.facts == nil {
		return nil
	}
	if f := r.facts.Of(fn); f != nil {
		return f.Ops
	}
	return nil
}

// Joins returns the pending interface calls of entry points in other
// packages that first meet an implementation doing work here.
func (r *Result) Joins() []Join { return r.joins }

// JobJoins returns the pending interface calls of recurring jobs in
// other packages (a loop on a timer, a function handed to a scheduler)
// that first meet an implementation doing work here: what a job does
// through an interface wired in main.
func (r *Result) JobJoins() []Join { return r.jobJoins }

// Resolved returns the pending interface calls of entry points in other
// packages that implementations visible here first resolve without
// work: known now, and costing nothing (the scale report's
// "unresolved" leaves them out).
func (r *Result) Resolved() []EntryPend { return r.quiet }

// Pending returns the interface calls on f's path that no
// implementation visible here resolves.
func (r *Result) Pending(f *funcgraph.Func) []Pend { return r.pend[f] }

// Direct returns the catalogued operation (or //scalevet:expensive
// function) that site s calls, if any. Cache and Prepare calls are
// included; summaries leave them out.
func (r *Result) Direct(s *funcgraph.Site) (Op, bool) {
	op, ok := r.direct[s]
	return op, ok
}

// Imported returns the summary of the function of another package
// that s calls or passes, with the callee first in each chain.
func (r *Result) Imported(s *funcgraph.Site) []Op { return r.imported[s] }

// EntryCallee reports whether s calls a function of another package
// that is an entry point there (Fact.Entry): what it does is reported
// in its own package.
func (r *Result) EntryCallee(s *funcgraph.Site) bool { return r.entryCallee[s] }

// Bound returns the operations of the function of this package called
// at s whose query text s's arguments give (a wrapper of the database
// handle called with constant SQL): judged here, not where they run.
func (r *Result) Bound(s *funcgraph.Site) []Op { return r.bound[s] }

// QueryText returns the query text that the call at s passes for the
// parameter of its callee at position from-1 (as funcgraph.ParamIndex
// counts; Op.SQLFrom): constant text, or else next, 1 + the position of
// the parameter of the calling function it comes from (0 when neither).
func (r *Result) QueryText(s *funcgraph.Site, from int) (text string, next int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.c.argSQL(s, from)
}

// LoopParam returns 1 + the position (funcgraph.ParamIndex) of the
// parameter of s's function that the loop around s ranges over, or 0:
// a caller passing a short literal there runs that loop a fixed few
// times (Op.LoopFrom).
func (r *Result) LoopParam(s *funcgraph.Site) int {
	if s.Loop == nil {
		return 0
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.c.loopParam(s)
}

// Of returns the summary of a function of this package.
func (r *Result) Of(f *funcgraph.Func) []Op { return r.funcs[f] }

// summarised reports whether a kind travels in summaries. Prepare
// calls are set-up; file reads, parsing and compiling are the business
// of analyzers that carry their own facts. A file written to the local
// disk travels for localstate; a cache call, cheap alone, is a round
// trip that a loop over rows or requested ids repeats.
func summarised(k catalog.Kind) bool {
	switch k {
	case catalog.Query, catalog.Exec, catalog.Batch, catalog.Expensive, catalog.Remote, catalog.PoolOpen, catalog.FileWrite, catalog.Cache:
		return true
	}
	return false
}

// roundTrip reports whether k is a call to another service or a
// cache: work that repeats per element only when what the loop walks
// grows (grows.go).
func roundTrip(k catalog.Kind) bool { return k == catalog.Remote || k == catalog.Cache }

func run(pass *analysis.Pass) (any, error) {
	g := pass.ResultOf[funcgraph.Analyzer].(*funcgraph.Graph)
	rp := pass.ResultOf[requestpath.Analyzer].(*requestpath.Result)
	idx := pass.ResultOf[directiveanalyzer.Analyzer].(*directive.Index)
	res := &Result{
		direct:      make(map[*funcgraph.Site]Op),
		imported:    make(map[*funcgraph.Site][]Op),
		entryCallee: make(map[*funcgraph.Site]bool),
		bound:       make(map[*funcgraph.Site][]Op),
		funcs:       make(map[*funcgraph.Func][]Op),
		pend:        make(map[*funcgraph.Func][]Pend),
		sitePend:    make(map[*funcgraph.Site][]Pend),
		c:           &classifier{fset: pass.Fset, info: pass.TypesInfo, pass: pass, graph: g, getters: make(map[*types.Func]bool)},
	}
	res.c.res = res
	res.c.exportEmbedded()
	rel := relevant(pass, idx)
	if rel {
		res.c.exportGetters(pass, g)
	}
	// A loop inside a dependency or the standard library is the
	// library's own business (an ORM's schema sync over its columns, a
	// driver's loop over a batch): what it does counts once per call, and
	// the user's loop around the call, if any, is the one that repeats.
	foreign := walk.Foreign(pass)
	var x *ifaces // interface resolution: the user's own packages only
	if !foreign {
		if ix := newIfaces(pass, g); rel || ix.any() {
			x = ix
		}
	}
	if x == nil && !rel {
		return res, nil
	}
	c := res.c
	facts := walk.NewFacts[Fact](pass)
	res.facts = facts
	importedPend := make(map[*funcgraph.Site][]Pend)

	// What each site does by itself.
	for _, f := range g.Funcs {
		for _, s := range f.Sites {
			if s.Callee == nil || s.Escapes {
				continue
			}
			if s.Target != nil {
				if s.Ref == nil && s.Target.Decl != nil && idx.IsExpensive(s.Target.Decl) {
					res.direct[s] = Op{Kind: catalog.Expensive, Callee: qualified(pass.Pkg, s.Target.Name), Pos: c.pos(s.Pos())}
				}
				continue
			}
			if s.Ref == nil {
				if op, ok := catalog.Lookup(s.Callee); ok {
					if op.Kind == catalog.FileWrite && (!creates(c.info, s) || c.scratch(s)) {
						continue // a temporary file of the request, or no new file
					}
					res.direct[s] = c.direct(s, op)
					continue
				}
			}
			if s.Callee.Pkg() == pass.Pkg {
				continue // e.g. an interface method with no single implementation
			}
			fact := facts.Of(s.Callee)
			if fact != nil && len(fact.Ops) > 0 {
				res.imported[s] = fact.Ops
			}
			if fact != nil && fact.Entry {
				res.entryCallee[s] = true
			}
			if fact != nil && len(fact.Pending) > 0 {
				importedPend[s] = fact.Pending
			}
		}
	}

	// Transitive summaries, depth first; a function on a call cycle
	// sees nothing of the functions still in progress.
	var memo *walk.Memo[[]Op]
	visit := func(f *funcgraph.Func) []Op { return memo.Of(f) }
	c.visit = visit
	memo = walk.NewMemo(func(f *funcgraph.Func) []Op {
		name := qualified(pass.Pkg, f.Name)
		var ops []Op
		var pend []Pend
		// An entry point's parameters are the request (for what a loop
		// walks, grows.go).
		var params uint64
		if e := rp.EntryOf(f); e != nil {
			params = e.RequestParams()
		}
		if f.Decl != nil && idx.IsExpensive(f.Decl) {
			ops = []Op{{Kind: catalog.Expensive, Callee: name, Via: []string{name}, Pos: c.pos(f.Pos())}}
		} else {
			for _, s := range f.Sites {
				loop, loopFrom, rows, loopIn, depth, over := "", 0, false, "", 0, ""
				// Whether the loop walks what grows, asked only for the
				// remote calls and pending calls it repeats: the rest
				// repeat whatever the loop walks.
				growsDone, growsVal := false, false
				grows := func() bool {
					if !growsDone {
						growsDone, growsVal = true, s.Loop != nil && !foreign && res.LoopGrows(s, params)
					}
					return growsVal
				}
				if s.Loop != nil && !foreign {
					loop, loopIn = c.pos(s.Loop.Pos()), pass.Pkg.Path()+"."+cmp.Or(s.LoopIn, f).Name
					loopFrom = c.loopParam(s)
					_, rows = s.Loop.(*funcgraph.RowLoop)
					depth, over = max(s.Depth, 1), funcgraph.LoopSource(s.Loop)
				}
				if op, ok := res.direct[s]; ok {
					if summarised(op.Kind) {
						op.Via, op.In = []string{name}, pass.Pkg.Path()
						op.Loop, op.LoopFrom, op.LoopRows, op.LoopIn = loop, loopFrom, rows, loopIn
						op.LoopGrows = roundTrip(op.Kind) && loop != "" && grows()
						op.Nest, op.LoopOver = max(depth-1, 0), over
						ops = append(ops, op)
					}
					continue
				}
				ploop := ""
				if x != nil && s.Loop != nil && !foreign {
					ploop = x.where(s.Loop.Pos())
				}
				var sub []Op
				switch {
				case res.imported[s] != nil || importedPend[s] != nil:
					// A callee in another package; its pending interface
					// calls resolve here when an implementation is visible,
					// and then belong to this site like its own operations.
					sub = res.imported[s]
					for _, p := range importedPend[s] {
						if more, ok := x.resolveAt(p, visit); ok {
							sub = append(sub, more...)
							continue
						}
						p.Via = append([]string{name}, p.Via...)
						if p.Loop == "" {
							p.Loop, p.LoopGrows = ploop, ploop != "" && grows()
						}
						pend = append(pend, p)
						res.sitePend[s] = append(res.sitePend[s], p)
					}
					if len(sub) > len(res.imported[s]) {
						res.imported[s] = normalise(slices.Clone(sub))
					}
				case rp.Follows(s):
					sub = visit(s.Target)
					for _, p := range res.pend[s.Target] {
						p.Via = append([]string{name}, p.Via...)
						if p.Loop == "" {
							p.Loop, p.LoopGrows = ploop, ploop != "" && grows()
						}
						pend = append(pend, p)
						res.sitePend[s] = append(res.sitePend[s], p)
					}
				case x != nil && s.Target == nil && s.Ref == nil && s.Callee != nil:
					// An interface method with no single implementation in
					// the package: every visible implementation, or pending.
					p, ok := x.pend(s)
					if !ok {
						break
					}
					p.LoopGrows = p.Loop != "" && grows()
					// Resolved here, the call's work gets this site's loop
					// below, like any call's: not twice.
					q := p
					q.Loop, q.LoopGrows = "", false
					if more, ok := x.resolveAt(q, visit); ok {
						sub = more
						if len(more) > 0 {
							res.imported[s] = normalise(slices.Clone(more))
						}
						break
					}
					p.Via = []string{name}
					p.Loop, p.LoopGrows = ploop, ploop != "" && grows()
					pend = append(pend, p)
					res.sitePend[s] = append(res.sitePend[s], p)
				}
				// Query text that the callee takes from a parameter comes
				// from this call's argument.
				bound := make([]Op, 0, len(sub))
				judged := false
				for _, op := range sub {
					if c.bindLoop(s, &op) {
						judged = true
					}
					if c.bindSQL(s, &op) {
						judged = true
						if res.imported[s] == nil {
							res.bound[s] = append(res.bound[s], op)
						}
					}
					bound = append(bound, op)
				}
				if judged && res.imported[s] != nil {
					res.imported[s] = normalise(slices.Clone(bound))
				}
				for _, op := range bound {
					op.Via = append([]string{name}, op.Via...)
					switch {
					case op.Loop == "":
						op.Loop, op.LoopFrom, op.LoopRows, op.LoopIn = loop, loopFrom, rows, loopIn
						op.LoopGrows = roundTrip(op.Kind) && loop != "" && grows()
						op.Nest, op.LoopOver = max(depth-1, 0), over
					case loop != "":
						op.Nest += depth // a loop around a call of a loop: N·M
					}
					ops = append(ops, op)
				}
			}
		}
		ops = normalise(ops)
		res.funcs[f] = ops
		res.pend[f] = normalisePend(pend)
		return ops
	}, nil)
	exported := false
	for _, f := range g.Funcs {
		ops := visit(f)
		if (len(ops) > 0 || len(res.pend[f]) > 0) && f.Obj != nil {
			pass.ExportObjectFact(f.Obj, &Fact{Ops: ops, Pending: res.pend[f], Entry: rp.EntryOf(f) != nil})
			exported = exported || len(ops) > 0
		}
	}
	if exported {
		pass.ExportPackageFact(&PackageFact{})
	}
	if x != nil {
		var entries []entryPend
		for _, e := range rp.Entries {
			if p := res.pend[e.Func]; len(p) > 0 {
				entries = append(entries, entryPend{name: qualified(pass.Pkg, e.Func.Name), pend: p})
			}
		}
		entries = append(entries, jobs(pass, g, res)...)
		x.export(res.funcs, entries)
		joins, quiet := x.joins(visit)
		for _, j := range joins {
			if j.Call.Job == "" {
				res.joins = append(res.joins, j)
			} else {
				res.jobJoins = append(res.jobJoins, j)
			}
		}
		for _, c := range quiet {
			if c.Job == "" {
				res.quiet = append(res.quiet, c)
			}
		}
	}
	return res, nil
}

// relevant reports whether the package can have summaries: it imports
// a catalogued package or one with summaries, or marks a function
// //scalevet:expensive.
func relevant(pass *analysis.Pass, idx *directive.Index) bool {
	if idx.HasExpensive() {
		return true
	}
	for _, imp := range pass.Pkg.Imports() {
		if catalog.Relevant(imp.Path()) || catalog.Saves(imp.Path()) || catalog.EntClient(imp) || pass.ImportPackageFact(imp, new(PackageFact)) {
			return true
		}
	}
	return false
}

// qualified prefixes a function name with its package name.
func qualified(pkg *types.Package, name string) string {
	return pkg.Name() + "." + name
}

// normalise sorts ops, keeps one per distinct operation (the shortest
// chain; one per kind in each loop), bounds chains, and keeps at most maxOps, the costliest kinds
// and looped ones first. The result is deterministic.
func normalise(ops []Op) []Op { return normaliseN(ops, maxOps) }

// normaliseN is normalise keeping at most n operations.
func normaliseN(ops []Op, n int) []Op {
	for i := range ops {
		ops[i].Via = BoundChain(ops[i].Via)
	}
	type key struct {
		kind      catalog.Kind
		callee    string
		sql       string
		unbounded string
		batched   bool
		prepared  bool
		loop      string // each loop that repeats an operation is a place to fix
		sqlFrom   int
	}
	// What a loop repeats is reported once per loop: one operation (a
	// query first, its shortest chain) stands for the others, and says
	// whether the loop also writes, so that the budget keeps every loop.
	// It also says whether the loop takes a shared lock (Op.Lock).
	writes := make(map[string]bool)
	locks := make(map[string]bool)
	var lock *Op
	for i, op := range ops {
		if op.Loop != "" && op.Kind == catalog.Exec && !op.Batched && !op.Prepared {
			writes[op.Loop+" in "+op.LoopIn] = true
		}
		if op.Lock {
			locks[op.Loop+" in "+op.LoopIn] = true
			if lock == nil {
				lock = &ops[i]
			}
		}
	}
	for i := range ops {
		if op := &ops[i]; op.Loop != "" && op.Kind != catalog.Exec && writes[op.Loop+" in "+op.LoopIn] {
			op.AlsoWrites = true
		}
		if op := &ops[i]; op.Loop != "" && locks[op.Loop+" in "+op.LoopIn] {
			op.Lock = true
		}
	}
	var first Op
	if lock != nil {
		first = *lock // before the sort moves it
	}
	out := walk.Normalise(ops, compareOps, func(op Op) key {
		if op.Loop != "" && op.Unbounded == "" && op.SQLFrom == 0 && op.Kind != catalog.FileWrite {
			return key{batched: op.Batched, prepared: op.Prepared, loop: op.Loop + " in " + op.LoopIn}
		}
		return key{op.Kind, op.Callee, op.SQL, op.Unbounded, op.Batched, op.Prepared, op.Loop, op.SQLFrom}
	}, n)
	// A shared lock says how a job runs in one place: when the budget
	// dropped every operation that takes one, the last kept gives way.
	if lock != nil && !slices.ContainsFunc(out, func(op Op) bool { return op.Lock }) {
		out[len(out)-1] = first
	}
	return out
}

func compareOps(a, b Op) int {
	return cmp.Or(
		// What is reported first, so that the budget keeps it: work
		// repeated by a loop, then unbounded reads. A round trip in a
		// loop that is not shown to grow is not reported (yet).
		-cmp.Compare(b2i(a.Loop != "" && mayRepeat(a)), b2i(b.Loop != "" && mayRepeat(b))),
		// A batch or a prepared statement in a loop is not reported.
		-cmp.Compare(b2i(a.Loop != "" && !a.Batched && !a.Prepared), b2i(b.Loop != "" && !b.Batched && !b.Prepared)),
		-cmp.Compare(b2i(a.Unbounded != ""), b2i(b.Unbounded != "")),
		cmp.Compare(a.Kind, b.Kind),
		cmp.Compare(len(a.Via), len(b.Via)),
		strings.Compare(a.Callee, b.Callee),
		strings.Compare(a.SQL, b.SQL),
		strings.Compare(a.Pos, b.Pos),
		strings.Compare(a.Loop, b.Loop),
		slices.Compare(a.Via, b.Via),
		-cmp.Compare(a.Nest, b.Nest),
	)
}

// mayRepeat reports whether op, in a loop, may be reported as repeated
// by it: any work but a round trip, which repeats when the loop walks
// what grows, here or where a caller fills the parameter it walks.
func mayRepeat(op Op) bool {
	return !roundTrip(op.Kind) || op.LoopGrows || op.LoopFrom > 0
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// jobs returns the recurring jobs of the package with their pending
// interface calls: each loop on a timer (funcgraph.Periodic), with the
// calls made in it, and each function handed to a recurring scheduler.
// Like an entry point's, their pending calls travel up to the package
// that wires an implementation in (Join, with EntryPend.Job set).
func jobs(pass *analysis.Pass, g *funcgraph.Graph, res *Result) []entryPend {
	var out []entryPend
	for _, f := range g.Funcs {
		funcgraph.PeriodicLoops(pass.TypesInfo, f, func(_ ast.Stmt, sites []*funcgraph.Site) {
			var pend []Pend
			for _, s := range sites {
				pend = append(pend, res.sitePend[s]...)
			}
			if len(pend) > 0 {
				out = append(out, entryPend{name: qualified(pass.Pkg, f.Name), pend: normalisePend(pend), job: "a loop on a timer"})
			}
		})
		for _, s := range f.Sites {
			if !s.Scheduled || s.Target == nil || s.Call == nil {
				continue
			}
			fn, ok := typeutil.Callee(pass.TypesInfo, s.Call).(*types.Func)
			if !ok {
				continue
			}
			if pend := res.pend[s.Target]; len(pend) > 0 {
				out = append(out, entryPend{name: qualified(pass.Pkg, s.Target.Name), pend: pend, job: "registered with " + fn.Pkg().Name() + "." + fn.Name()})
			}
		}
	}
	return out
}
