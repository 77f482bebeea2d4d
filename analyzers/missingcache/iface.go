package missingcache

import (
	"cmp"
	"fmt"
	"go/token"
	"go/types"
	"maps"
	"math/bits"
	"path/filepath"
	"slices"
	"strconv"
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
			Pos:    where(c.pass.Fset, s.Pos()),
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

// settle returns the work of the pending operation p where
// implementations of its interface are visible here, else p itself.
func (c *checker) settle(p *found, depth int) []*found {
	if p.Cat != catPending || c.impls == nil {
		return []*found{p}
	}
	iface := c.impls.Lookup(p.Iface)
	if iface == nil {
		return []*found{p}
	}
	methods := c.impls.Methods(iface, p.Callee)
	if len(methods) == 0 {
		return []*found{p}
	}
	var out []*found
	for _, m := range methods {
		var ops []invOp
		if m.Pkg() == c.pass.Pkg {
			if f := c.g.Of(m); f != nil {
				for _, op := range c.opsOf(f) {
					ops = append(ops, op.invOp)
				}
			}
		} else {
			ops = c.imported(m)
		}
		for _, op := range ops {
			if n := resolve(p, op); n != nil {
				if n.Cat == catPending {
					if depth < maxSettle {
						out = append(out, c.settle(n, depth+1)...)
					}
					continue
				}
				out = append(out, n)
			}
		}
	}
	return out
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

// pendingFact lists the pending calls of the package's entry points, and
// those its imports list that no implementation visible here settles;
// and the calls settled here or below (their keys), which a package
// that also sees them through another import does not report again.
type pendingFact struct {
	Calls   []pendCall
	Settled []string
}

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
const maxPkgPend = 128

// pendings reports the pending calls that the direct imports carry and
// an implementation visible here settles, and exports the others with
// those of this package's entry points.
func (c *checker) pendings(own []pendCall) {
	var calls []pendCall
	seen := make(map[string]int)
	key := func(pc pendCall) string {
		return fmt.Sprintf("%s.%s|%s|%x", pc.Op.Iface, pc.Op.Callee, pc.Op.Pos, pc.Op.Args)
	}
	add := func(pc pendCall) {
		if i, ok := seen[key(pc)]; ok {
			if pc.Entry == calls[i].Entry {
				return
			}
			calls[i].Entries += pc.Entries
			return
		}
		seen[key(pc)] = len(calls)
		calls = append(calls, pc)
	}
	for _, pc := range own {
		add(pc)
	}
	done := make(map[string]bool) // settled here or below
	facts := make(map[*types.Package]*pendingFact)
	for _, imp := range c.pass.Pkg.Imports() {
		var fact pendingFact
		if c.pass.ImportPackageFact(imp, &fact) {
			facts[imp] = &fact
			for _, k := range fact.Settled {
				done[k] = true
			}
		}
	}
	for _, imp := range c.pass.Pkg.Imports() {
		fact := facts[imp]
		if fact == nil {
			continue
		}
		for _, pc := range fact.Calls {
			if done[key(pc)] {
				continue
			}
			p := &found{invOp: pc.Op}
			work := c.settle(p, 0)
			if len(work) == 1 && work[0] == p {
				add(pc)
				continue
			}
			done[key(pc)] = true
			c.reportJoin(pc, imp, work)
		}
	}
	calls = slices.DeleteFunc(calls, func(pc pendCall) bool { return done[key(pc)] })
	if len(calls) == 0 && len(done) == 0 || c.pass.Pkg.Name() == "main" {
		return // nothing to hand on, or no importer to hand it to
	}
	slices.SortFunc(calls, func(a, b pendCall) int { return cmp.Compare(key(a), key(b)) })
	if len(calls) > maxPkgPend {
		calls = calls[:maxPkgPend]
	}
	settled := slices.Sorted(maps.Keys(done))
	if len(settled) > maxPkgPend {
		settled = settled[:maxPkgPend]
	}
	c.pass.ExportPackageFact(&pendingFact{Calls: calls, Settled: settled})
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
			continue // depends on the entry's parameters: the request
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
		o := op.invOp
		o.Args = slices.Clone(o.Args)
		for i, m := range o.Args {
			if m != 0 {
				o.Args[i] = variantArg // the entry's parameters are the request
			}
		}
		o.Via = summary.BoundChain(o.Via)
		out = append(out, pendCall{Entry: name, Entries: 1, Op: o})
	}
	return out
}

// where renders a position with its directory, for messages read in
// another package: "web/orders.go:40".
func where(fset *token.FileSet, p token.Pos) string {
	posn := fset.Position(p)
	return filepath.Base(filepath.Dir(posn.Filename)) + "/" + filepath.Base(posn.Filename) + ":" + strconv.Itoa(posn.Line)
}
