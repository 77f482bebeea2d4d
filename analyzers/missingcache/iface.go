package missingcache

import (
	"cmp"
	"fmt"
	"go/types"
	"math/bits"
	"slices"
	"strings"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/summary"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

// Interface calls across packages.
//
// A handler calls store.Orders.List; main wires in pg.OrderRepo, whose
// List compiles a pattern on every call. The handler's package cannot
// see the implementation, and the implementation's package cannot see
// the handler. As in summary's interface resolution (the same
// boundary, for queries), the call travels up as a pending operation:
// with what each of its arguments depends on, it crosses calls like any
// work (through), and where implementations of the interface are
// visible (funcgraph.Impls: the package or a module package it
// imports), it becomes their work, judged against those arguments
// (settle). A pending call still open at an entry point goes into the
// package's pendingFact; the first package up that sees an
// implementation reports it, at the place that wires it in
// (summary.Wiring). A call with no visible implementation is never
// reported.

// variantArg marks an argument of a pending call that depends on the
// request.
const variantArg = ^uint64(0)

// maxSettle bounds how many interface calls deep an implementation's
// own pending calls are followed where they are settled.
const maxSettle = 3

// pend returns the pending operation of site s in f, a call of a
// method of the module interface iface: what each argument depends on,
// and which are nothing.
func (c *checker) pend(f *funcgraph.Func, s *funcgraph.Site, iface *types.Named) *found {
	info := c.pass.TypesInfo
	n := 1 + s.Callee.Signature().Params().Len()
	p := &found{
		invOp: invOp{
			Cat:    catPending,
			Iface:  funcgraph.Key(iface),
			Callee: s.Callee.Name(),
			Args:   make([]uint64, n),
			Via:    []string{c.pass.Pkg.Name() + "." + f.Name},
			Pos:    walk.DirPos(c.pass.Fset, s.Pos()),
		},
		pos:       s.Pos(),
		end:       s.Expr().End(),
		callee:    s.CalleeText(),
		calleeAt:  s.Callee.Pos(),
		calleeKey: s.Callee.FullName(),
	}
	for i := range n {
		args, ok := funcgraph.Args(info, s.Call, s.Callee, i)
		if !ok {
			p.Args[i] = variantArg
			continue
		}
		if len(args) == 0 || len(args) == 1 && empty(info, args[0]) {
			p.Empty |= 1 << uint(i)
		}
		var d dep
		for _, a := range args {
			d = d.or(c.eval(f, a))
		}
		if d.variant {
			p.Args[i] = variantArg
		} else {
			p.Args[i] = d.mask
		}
	}
	return p
}

// mapArgs maps the arguments of the pending operation op, which the
// function called at s summarised, to f's parameters.
func (c *checker) mapArgs(f *funcgraph.Func, s *funcgraph.Site, op *found) []uint64 {
	out := slices.Clone(op.Args)
	for i, m := range out {
		if m == 0 || m == variantArg {
			continue
		}
		if d := c.mapMask(f, s, m); d.variant {
			out[i] = variantArg
		} else {
			out[i] = d.mask
		}
	}
	return out
}

// settle returns the work of the implementations of p's interface
// visible here that p has not met yet (Seen), with p itself, which goes
// on up to meet the implementations wired in further up: a wrapper
// visible here (a cache in front of the storage) does not stand for
// the storage that main wires in.
func (c *checker) settle(p *found, depth int) []*found {
	if p.Cat != catPending || c.impls == nil {
		return []*found{p}
	}
	iface := c.impls.Lookup(p.Iface)
	if iface == nil {
		return []*found{p}
	}
	// The implementations: by type where the types are visible, and by
	// fact (implsFact) where only export data is (go vet hands a
	// package the types its imports export, not their unexported
	// implementations).
	type impl struct {
		key string
		ops func() []invOp
	}
	var fresh []impl
	seen := make(map[string]bool)
	for _, k := range p.Seen {
		seen[k] = true
	}
	for _, m := range c.impls.Methods(iface, p.Callee) {
		if k := m.FullName(); !seen[k] {
			seen[k] = true
			fresh = append(fresh, impl{k, func() []invOp { return c.implOps(m) }})
		}
	}
	if len(c.factImpls) > 0 {
		want := summary.MethodSet(iface)
		for _, iw := range c.factImpls {
			if !summary.Covers(iw.Methods, want) {
				continue
			}
			for _, mw := range iw.Work {
				if mw.Name == p.Callee && !seen[mw.Key] {
					seen[mw.Key] = true
					fresh = append(fresh, impl{mw.Key, func() []invOp { return mw.Ops }})
				}
			}
		}
	}
	if len(fresh) == 0 {
		return []*found{p}
	}
	q := *p
	q.Seen = slices.Clone(p.Seen)
	for _, m := range fresh {
		q.Seen = append(q.Seen, m.key)
	}
	slices.Sort(q.Seen)
	out := []*found{&q}
	for _, m := range fresh {
		for _, op := range m.ops() {
			n := resolve(p, op)
			switch {
			case n == nil:
			case n.Cat != catPending:
				out = append(out, n)
			case depth < maxSettle:
				out = append(out, c.settle(n, depth+1)...)
			}
		}
	}
	return out
}

// implOps returns the work of m, a method of an implementation: from
// its summary in this package, or its fact.
func (c *checker) implOps(m *types.Func) []invOp {
	if m.Pkg() != c.pass.Pkg {
		return c.imported(m)
	}
	var ops []invOp
	if f := c.g.Of(m); f != nil {
		for _, op := range c.opsOf(f) {
			ops = append(ops, op.invOp)
		}
	}
	return ops
}

// implsFact lists the concrete types of the module whose methods do
// work, this package's and those its imports list: under go vet, a
// package sees only what its imports export, so an unexported
// implementation in another package (a *conn behind a Storage) is known
// only by this fact.
type implsFact struct{ Impls []implWork }

// AFact marks implsFact as an analysis fact.
func (*implsFact) AFact() {}

func (f *implsFact) String() string {
	var keys []string
	for _, iw := range f.Impls {
		for _, mw := range iw.Work {
			keys = append(keys, mw.Key)
		}
	}
	return "impls " + strings.Join(keys, ", ")
}

// implWork is a concrete type: its method set (summary.MethodSet) and
// the work of its methods that do some.
type implWork struct {
	Methods []string
	Work    []methodWork
}

type methodWork struct {
	Key  string // the method's types.Func.FullName
	Name string
	Ops  []invOp
}

// maxPkgImpls bounds the types of an implsFact.
const maxPkgImpls = 128

// loadImpls reads the implsFact of the direct imports.
func (c *checker) loadImpls() {
	seen := make(map[string]bool)
	for _, imp := range c.pass.Pkg.Imports() {
		var fact implsFact
		if !c.pass.ImportPackageFact(imp, &fact) {
			continue
		}
		for _, iw := range fact.Impls {
			if len(iw.Work) > 0 && !seen[iw.Work[0].Key] {
				seen[iw.Work[0].Key] = true
				c.factImpls = append(c.factImpls, iw)
			}
		}
	}
}

// exportImpls writes the package's implsFact: its own concrete types
// whose methods do work, and those its imports list.
func (c *checker) exportImpls() {
	impls := slices.Clone(c.factImpls)
	for _, n := range funcgraph.ConcreteTypes(c.pass.Pkg) {
		if !c.impls.ImplementsAny(n) {
			continue // not called through an interface of the module
		}
		var work []methodWork
		mset := types.NewMethodSet(types.NewPointer(n))
		for sel := range mset.Methods() {
			fn, _ := sel.Obj().(*types.Func)
			if fn == nil || fn.Pkg() != c.pass.Pkg {
				continue
			}
			if f := c.g.Of(fn); f != nil && c.rp.EntryOf(f) == nil {
				if ops := factOps(c.opsOf(f)); len(ops) > 0 {
					work = append(work, methodWork{Key: fn.FullName(), Name: fn.Name(), Ops: ops})
				}
			}
		}
		if len(work) > 0 {
			impls = append(impls, implWork{Methods: summary.MethodSet(n), Work: work})
		}
	}
	if len(impls) == 0 || c.pass.Pkg.Name() == "main" {
		return // nothing to hand on, or no importer to hand it to
	}
	slices.SortFunc(impls, func(a, b implWork) int { return cmp.Compare(a.Work[0].Key, b.Work[0].Key) })
	impls = slices.CompactFunc(impls, func(a, b implWork) bool { return a.Work[0].Key == b.Work[0].Key })
	if len(impls) > maxPkgImpls {
		impls = impls[:maxPkgImpls]
	}
	c.pass.ExportPackageFact(&implsFact{Impls: impls})
}

// resolve returns the work op of an implementation of p's method with
// p's arguments: nil when op depends on an argument that depends on the
// request, or needs one that p leaves empty.
func resolve(p *found, op invOp) *found {
	if op.SQL == "" && op.SQLFrom > 0 {
		return nil // the query text is an argument: not judged
	}
	if op.NeedFrom > 0 && p.Empty&(1<<uint(op.NeedFrom-1)) != 0 {
		return nil
	}
	args := func(mask uint64) (uint64, bool) {
		var out uint64
		for m := mask; m != 0; m &= m - 1 {
			b := bits.TrailingZeros64(m)
			if b >= len(p.Args) || p.Args[b] == variantArg {
				return 0, false
			}
			out |= p.Args[b]
		}
		return out, true
	}
	n := *p
	n.invOp = op
	n.perCall = op.Mask != 0
	n.Seen = op.Seen
	mask, ok := args(op.Mask)
	if !ok {
		return nil
	}
	n.Mask = mask
	n.NeedFrom = 0
	if op.Cat == catPending {
		n.Args = slices.Clone(op.Args)
		n.Empty = 0
		for i, m := range op.Args {
			if m == variantArg {
				continue
			}
			if a, ok := args(m); ok {
				n.Args[i] = a
			} else {
				n.Args[i] = variantArg
			}
		}
	}
	if len(op.Via) > 0 && n.impl == "" {
		n.impl = op.Via[0]
	}
	n.Via = summary.BoundChain(append(slices.Clone(p.Via), op.Via...))
	// The chain from the call, as for work of a function called here:
	// the first link is the function the call is in.
	n.via = walk.Chain(n.Via[min(1, len(n.Via)):], n.Callee, n.Pos)
	return &n
}

// pendingFact lists the pending calls of the package's entry points and
// those its imports list, with the implementations each has met on the
// way (invOp.Seen): a package reports the work only of those it is the
// first to see, however many imports carry the call to it.
type pendingFact struct{ Calls []pendCall }

// AFact marks pendingFact as an analysis fact.
func (*pendingFact) AFact() {}

func (f *pendingFact) String() string {
	calls := make([]string, len(f.Calls))
	for i, c := range f.Calls {
		calls[i] = c.Entry + "→" + c.Op.Iface[strings.LastIndex(c.Op.Iface, "/")+1:] + "." + c.Op.Callee
	}
	return "pending " + strings.Join(calls, ", ")
}

// pendCall is a pending call on the request path of an entry point of
// another package: its arguments depend on the request (variantArg) or
// on nothing.
type pendCall struct {
	Entry   string // the first entry point that reaches it: "web.ListOrders"
	Entries int    // how many entry points of its package reach it
	Op      invOp
}

// maxPkgPend bounds the calls of a pendingFact.
const maxPkgPend = 256

// pendings reports the work of the implementations visible here of the
// pending calls that the direct imports carry, and exports those calls
// with the ones of this package's entry points.
func (c *checker) pendings(own []pendCall) {
	var calls []pendCall
	var carriers []*types.Package // the import that carried each call; nil for this package's own
	index := make(map[string]int)
	key := func(pc pendCall) string {
		return fmt.Sprintf("%s.%s|%s|%x", pc.Op.Iface, pc.Op.Callee, pc.Op.Pos, pc.Op.Args)
	}
	add := func(pc pendCall, carrier *types.Package) {
		i, ok := index[key(pc)]
		if !ok {
			index[key(pc)] = len(calls)
			calls = append(calls, pc)
			carriers = append(carriers, carrier)
			return
		}
		// The same call through two imports: it has met what either met.
		c := &calls[i]
		for _, s := range pc.Op.Seen {
			if !slices.Contains(c.Op.Seen, s) {
				c.Op.Seen = append(c.Op.Seen, s)
			}
		}
		slices.Sort(c.Op.Seen)
		if pc.Entry != c.Entry && carrier == nil {
			c.Entries += pc.Entries
		}
	}
	for _, pc := range own {
		add(pc, nil)
	}
	nown := len(calls)
	for _, imp := range c.pass.Pkg.Imports() {
		var fact pendingFact
		if c.pass.ImportPackageFact(imp, &fact) {
			for _, pc := range fact.Calls {
				add(pc, imp)
			}
		}
	}
	for i := nown; i < len(calls); i++ {
		pc := calls[i]
		p := &found{invOp: pc.Op}
		work := c.settle(p, 0)
		var done []*found
		for _, w := range work {
			if w.Cat == catPending {
				if w == work[0] {
					calls[i].Op = w.invOp // p, with what it met here
				} else {
					add(pendCall{Entry: pc.Entry, Entries: pc.Entries, Op: entryOp(w.invOp)}, carriers[i])
				}
				continue
			}
			done = append(done, w)
		}
		if len(done) > 0 {
			c.reportJoin(pc, carriers[i], done)
		}
	}
	if len(calls) == 0 || c.pass.Pkg.Name() == "main" {
		return // nothing to hand on, or no importer to hand it to
	}
	slices.SortFunc(calls, func(a, b pendCall) int { return cmp.Compare(key(a), key(b)) })
	if len(calls) > maxPkgPend {
		calls = calls[:maxPkgPend]
	}
	c.pass.ExportPackageFact(&pendingFact{Calls: calls})
}

// reportJoin reports the work that the pending call pc of an entry
// point in another package does here, where an implementation is first
// visible: at the place that wires one in.
func (c *checker) reportJoin(pc pendCall, carrier *types.Package, work []*found) {
	impls := make(map[string]bool)
	for _, w := range work {
		impls[w.impl] = true
	}
	pos, end := summary.Wiring(c.pass, func(n *types.Named) bool {
		return impls[n.Obj().Pkg().Name()+"."+n.Obj().Name()+"."+pc.Op.Callee]
	}, carrier)
	who := pc.Entry
	if n := pc.Entries - 1; n > 0 {
		who = fmt.Sprintf("%s (and %d more)", who, n)
	}
	call := pc.Op.Iface[strings.LastIndex(pc.Op.Iface, "/")+1:] + "." + pc.Op.Callee
	for _, w := range work {
		if w.Mask != 0 {
			continue // depends on the request
		}
		w.pos, w.end = pos, end
		w.direct = false
		w.callee = "the interface call " + call + " at " + pc.Op.Pos
		w.fix = nil
		c.reportAs(who, nil, w)
	}
}

// pendingOf returns the pending calls still open at entry e: those
// whose arguments depend on nothing or on the request.
func pendingOf(name string, ops []*found) []pendCall {
	var out []pendCall
	for _, op := range ops {
		if op.Cat != catPending {
			continue
		}
		out = append(out, pendCall{Entry: name, Entries: 1, Op: entryOp(op.invOp)})
	}
	return out
}

// entryOp returns the pending operation o as its entry point's package
// hands it on: an argument that depends on the entry's parameters
// depends on the request.
func entryOp(o invOp) invOp {
	o.Args = slices.Clone(o.Args)
	for i, m := range o.Args {
		if m != 0 {
			o.Args[i] = variantArg
		}
	}
	o.Via = summary.BoundChain(o.Via)
	return o
}
