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
	"go/types"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	directiveanalyzer "github.com/scalevet/scalevet/analyzers/directive"
	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/directive"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/requestpath"
)

// Analyzer computes function summaries and exports them as facts.
var Analyzer = &analysis.Analyzer{
	Name:       "summary",
	Doc:        "summary: summarise the expensive operations of each function, across packages (internal to scalevet)",
	URL:        "https://pkg.go.dev/github.com/scalevet/scalevet/analyzers/internal/summary",
	Requires:   []*analysis.Analyzer{funcgraph.Analyzer, requestpath.Analyzer, directiveanalyzer.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(Fact), new(PackageFact)},
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
	funcs    map[*funcgraph.Func][]Op
}

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

// Of returns the summary of a function of this package.
func (r *Result) Of(f *funcgraph.Func) []Op { return r.funcs[f] }

// summarised reports whether a kind travels in summaries. Cache and
// Prepare calls are cheap or set-up; file reads, parsing and compiling
// are the business of analyzers that carry their own facts.
func summarised(k catalog.Kind) bool {
	switch k {
	case catalog.Query, catalog.Exec, catalog.Batch, catalog.Expensive, catalog.Remote, catalog.PoolOpen:
		return true
	}
	return false
}

func run(pass *analysis.Pass) (any, error) {
	g := pass.ResultOf[funcgraph.Analyzer].(*funcgraph.Graph)
	rp := pass.ResultOf[requestpath.Analyzer].(*requestpath.Result)
	idx := pass.ResultOf[directiveanalyzer.Analyzer].(*directive.Index)
	res := &Result{
		direct:   make(map[*funcgraph.Site]Op),
		imported: make(map[*funcgraph.Site][]Op),
		funcs:    make(map[*funcgraph.Func][]Op),
	}
	if !relevant(pass, idx) {
		return res, nil
	}
	c := &classifier{fset: pass.Fset, info: pass.TypesInfo}
	factCache := make(map[*types.Func][]Op)

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
					res.direct[s] = c.direct(s, op)
					continue
				}
			}
			if s.Callee.Pkg() == pass.Pkg {
				continue // e.g. an interface method with no single implementation
			}
			ops, ok := factCache[s.Callee]
			if !ok {
				var fact Fact
				if pass.ImportObjectFact(s.Callee, &fact) {
					ops = fact.Ops
				}
				factCache[s.Callee] = ops
			}
			if len(ops) > 0 {
				res.imported[s] = ops
			}
		}
	}

	// Transitive summaries, depth first; a function on a call cycle
	// sees the partial summary of the functions still in progress.
	const (
		unvisited = iota
		inProgress
		done
	)
	state := make(map[*funcgraph.Func]int)
	var visit func(f *funcgraph.Func) []Op
	visit = func(f *funcgraph.Func) []Op {
		switch state[f] {
		case inProgress:
			return nil
		case done:
			return res.funcs[f]
		}
		state[f] = inProgress
		name := qualified(pass.Pkg, f.Name)
		var ops []Op
		if f.Decl != nil && idx.IsExpensive(f.Decl) {
			ops = []Op{{Kind: catalog.Expensive, Callee: name, Via: []string{name}, Pos: c.pos(f.Pos())}}
		} else {
			for _, s := range f.Sites {
				loop := ""
				if s.Loop != nil {
					loop = c.pos(s.Loop.Pos())
				}
				if op, ok := res.direct[s]; ok {
					if summarised(op.Kind) {
						op.Via = []string{name}
						op.Loop = loop
						ops = append(ops, op)
					}
					continue
				}
				var sub []Op
				switch {
				case res.imported[s] != nil:
					sub = res.imported[s]
				case rp.Follows(s):
					sub = visit(s.Target)
				}
				for _, op := range sub {
					op.Via = append([]string{name}, op.Via...)
					if op.Loop == "" {
						op.Loop = loop
					}
					ops = append(ops, op)
				}
			}
		}
		ops = normalise(ops)
		res.funcs[f] = ops
		state[f] = done
		return ops
	}
	exported := false
	for _, f := range g.Funcs {
		ops := visit(f)
		if len(ops) > 0 && f.Obj != nil {
			pass.ExportObjectFact(f.Obj, &Fact{Ops: ops})
			exported = true
		}
	}
	if exported {
		pass.ExportPackageFact(&PackageFact{})
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
		if catalog.Relevant(imp.Path()) || pass.ImportPackageFact(imp, new(PackageFact)) {
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
// chain), bounds chains, and keeps at most maxOps, the costliest kinds
// and looped ones first. The result is deterministic.
func normalise(ops []Op) []Op {
	if len(ops) == 0 {
		return nil
	}
	for i := range ops {
		ops[i].Via = BoundChain(ops[i].Via)
	}
	slices.SortStableFunc(ops, compareOps)
	type key struct {
		kind      catalog.Kind
		callee    string
		sql       string
		unbounded string
		batched   bool
		prepared  bool
		looped    bool
	}
	seen := make(map[key]bool)
	out := ops[:0]
	for _, op := range ops {
		k := key{op.Kind, op.Callee, op.SQL, op.Unbounded, op.Batched, op.Prepared, op.Loop != ""}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, op)
	}
	if len(out) > maxOps {
		out = out[:maxOps]
	}
	return slices.Clip(out)
}

func compareOps(a, b Op) int {
	return cmp.Or(
		cmp.Compare(a.Kind, b.Kind),
		-cmp.Compare(b2i(a.Loop != ""), b2i(b.Loop != "")),
		-cmp.Compare(b2i(a.Unbounded != ""), b2i(b.Unbounded != "")),
		cmp.Compare(len(a.Via), len(b.Via)),
		strings.Compare(a.Callee, b.Callee),
		strings.Compare(a.SQL, b.SQL),
		strings.Compare(a.Pos, b.Pos),
		strings.Compare(a.Loop, b.Loop),
		slices.Compare(a.Via, b.Via),
	)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
