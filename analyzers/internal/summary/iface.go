package summary

import (
	"cmp"
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/typematch"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

// Interface calls across packages.
//
// Services reach their data through interfaces whose implementation
// lives in a package the caller never imports: a handler calls
// store.Orders.List, and main wires in postgres.OrderRepo. Every driver
// analyses a package with only its dependencies' facts, so the
// handler's package cannot see the implementation, and the
// implementation's package cannot see the handler. The two meet only in
// a package that imports both (the wiring), and facts are how they get
// there:
//
//   - a call of an interface method that no implementation visible here
//     resolves becomes a Pend, carried in the summary of the functions
//     that reach it (with its loop), like an operation;
//   - ImplFact lists the concrete types of a package with their method
//     names and the summaries of their methods that do work; PendingFact
//     lists the pending calls of a package's entry points, and the
//     method names of the interfaces they call. Both re-export what the
//     package's direct imports carry, because drivers hand a package the
//     package facts of its direct imports only;
//   - wherever implementations are visible (the caller's own package,
//     an intermediate layer, or the wiring package), a pending call
//     resolves to the union of their summaries. Where the caller's
//     package sees them, the operation is found at the call, as any
//     call into another package. Where only a package further up sees
//     them, that package reports the hazard as a Join, once, naming
//     the place in the caller's package to fix it.
//
// Matching is by method names (an implementation has every method of
// the interface) and the called method's arity, since the interface
// type itself may not be visible where the implementation is. Only
// the module's own interfaces take part (funcgraph.Impls, which
// missingcache and globalstate use too): io.Writer and http.Handler
// have implementations everywhere, and a library's own types are its
// business. A call with no known implementation is never reported.

// Pend is an interface method call that no implementation visible
// where it was summarised resolves.
type Pend struct {
	Iface  string   // the interface: "example.com/store.Orders"
	Method string   // "List"
	Arity  string   // parameters/results of the method: "2/2"
	Via    []string // the functions from the summarised one to the caller: "web.List"
	Pos    string   // where the interface method is called: "web/orders.go:40"
	Loop   string   // where a loop repeats it: "web/orders.go:38"; "" if none
	// LoopGrows says that Loop walks a collection shown to grow with
	// the data (Op.LoopGrows).
	LoopGrows bool
}

// Impl is a concrete type of the program and what its methods do.
type Impl struct {
	Type    string   // "*example.com/pg.OrderRepo"
	Name    string   // for messages: "(*pg.OrderRepo)"
	Methods []string // every method name of *Type, sorted
	// Forward names the methods that *Type promotes from an embedded
	// interface: a decorator (a caching or logging wrapper) that hands
	// the call on to whatever it wraps, which is no implementation of
	// its own.
	Forward []string
	Work    []MethodOps
}

// MethodOps is the summary of one method of an Impl that does work.
type MethodOps struct {
	Method string
	Arity  string
	Ops    []Op
}

// ImplFact lists the implementations visible from a package: its own
// concrete types whose methods do work, and those its imports list.
type ImplFact struct{ Impls []Impl }

// AFact marks ImplFact as an analysis fact.
func (*ImplFact) AFact() {}

func (f *ImplFact) String() string {
	names := make([]string, len(f.Impls))
	for i, im := range f.Impls {
		names[i] = im.Name
	}
	return "impls " + strings.Join(names, ", ")
}

// EntryPend is a pending interface call on the request path of an
// entry point.
type EntryPend struct {
	Entry    string // the first entry point that reaches it: "web.ListOrders"
	EntryPkg string // the entry's package path
	Entries  int    // how many entry points of that package reach it
	// Job, when set, says that Entry is no entry point but a recurring
	// job, and how it recurs: "a loop on a timer", "registered with
	// cron.AddFunc".
	Job string
	Pend
}

// IfaceMethods gives the method names of an interface.
type IfaceMethods struct {
	Iface   string
	Methods []string
}

// PendingFact lists the pending interface calls on the request paths of
// a package and of its imports, and the method names of the interfaces
// they call.
type PendingFact struct {
	Ifaces []IfaceMethods
	Calls  []EntryPend
}

// AFact marks PendingFact as an analysis fact.
func (*PendingFact) AFact() {}

func (f *PendingFact) String() string {
	calls := make([]string, len(f.Calls))
	for i, c := range f.Calls {
		calls[i] = c.Entry + "→" + c.Iface[strings.LastIndex(c.Iface, "/")+1:] + "." + c.Method
		if c.Loop != "" {
			calls[i] += " loop@" + c.Loop
		}
	}
	return "pending " + strings.Join(calls, ", ")
}

// Join is a pending call of an entry point in another package resolved
// here, where an implementation that does work is first visible.
type Join struct {
	Call  EntryPend
	Impls []string // the implementations that do the work, for messages
	Ops   []Op     // their operations, chains starting at the implementation's method
	Pos   token.Pos
	End   token.Pos
}

// Subject names the implementations that do the work of j, the first
// two and how many more: an interface with one implementation per model
// type would otherwise fill the line.
func (j Join) Subject() string {
	const shown = 2
	names := make([]string, 0, shown)
	for i, im := range j.Impls {
		if i == shown {
			break
		}
		names = append(names, im+"."+j.Call.Method)
	}
	out := strings.Join(names, " and ")
	if n := len(j.Impls) - shown; n > 0 {
		out = fmt.Sprintf("%s, %s and %d more implementations", names[0], names[1], n)
	}
	return out
}

// CallName names the interface method of j: "store.Orders.List".
func (j Join) CallName() string {
	return j.Call.Iface[strings.LastIndex(j.Call.Iface, "/")+1:] + "." + j.Call.Method
}

// Chain renders the way from the entry point through the interface call
// to op, which an implementation does.
func (j Join) Chain(op Op) string { return strings.Join(j.Call.Via, " → ") + " → " + op.Chain() }

// maxPend bounds the pending calls in a function's summary and the
// calls and implementations in a package fact.
const (
	maxPend     = 8
	maxPkgPend  = 256
	maxPkgImpls = 128
)

// ifaces resolves interface calls for one pass.
type ifaces struct {
	pass    *analysis.Pass
	g       *funcgraph.Graph
	types   *funcgraph.Impls // which interfaces are the module's
	own     []*types.Named   // concrete named types of the package
	methods map[*types.Named][]string
	imports map[*types.Package]*views
	impls   []Impl              // from direct imports, deduplicated
	table   map[string][]string // interface → method names, from imports and own calls
	seenImp map[string]bool
}

// views is what a direct import carries.
type views struct {
	impl    map[string]bool // Impl.Type
	pending map[string]bool // pendKey
	calls   []EntryPend
}

func newIfaces(pass *analysis.Pass, g *funcgraph.Graph) *ifaces {
	x := &ifaces{
		pass:    pass,
		g:       g,
		types:   funcgraph.NewImpls(pass),
		methods: make(map[*types.Named][]string),
		imports: make(map[*types.Package]*views),
		table:   make(map[string][]string),
		seenImp: make(map[string]bool),
	}
	x.own = funcgraph.ConcreteTypes(pass.Pkg)
	for _, imp := range pass.Pkg.Imports() {
		v := &views{impl: make(map[string]bool), pending: make(map[string]bool)}
		var impls ImplFact
		if pass.ImportPackageFact(imp, &impls) {
			for _, im := range impls.Impls {
				v.impl[im.Type] = true
				if !x.seenImp[im.Type] {
					x.seenImp[im.Type] = true
					x.impls = append(x.impls, im)
				}
			}
		}
		var pend PendingFact
		if pass.ImportPackageFact(imp, &pend) {
			for _, im := range pend.Ifaces {
				x.table[im.Iface] = im.Methods
			}
			for _, c := range pend.Calls {
				v.pending[pendKey(c)] = true
			}
			v.calls = pend.Calls
		}
		x.imports[imp] = v
	}
	return x
}

// any reports whether interface resolution has anything to work on
// here: facts from imports, or interface calls of this package.
func (x *ifaces) any() bool {
	if len(x.impls) > 0 || len(x.table) > 0 {
		return true
	}
	for _, f := range x.g.Funcs {
		for _, s := range f.Sites {
			if s.Target == nil && s.Callee != nil && s.Ref == nil && x.ifaceOf(s.Callee) != nil {
				return true
			}
		}
	}
	return false
}

func pendKey(c EntryPend) string {
	return c.Iface + "." + c.Method + "|" + c.Pos + "|" + c.Loop + "|" + c.Job
}

// ifaceOf returns the named interface that declares the abstract method
// m, when it takes part: one of the module's (funcgraph.Impls), not a
// library's (echo.Context, a driver's Conn, io.Writer), which the
// library implements.
func (x *ifaces) ifaceOf(m *types.Func) *types.Named { return x.types.Interface(m) }

func ifaceKey(n *types.Named) string { return funcgraph.Key(n) }

func arity(sig *types.Signature) string {
	return strconv.Itoa(sig.Params().Len()) + "/" + strconv.Itoa(sig.Results().Len())
}

// methodNames returns the sorted methods of *n (or of the interface
// n), each as its name and signature ("GetAll(...example.com/model.QueryOptions) (example.com/model.Genres, error)"):
// a type implements an interface when it has every one of them, and
// two repositories that share method names but not their types do not
// stand for each other.
func (x *ifaces) methodNames(n *types.Named) []string {
	if ms, ok := x.methods[n]; ok {
		return ms
	}
	ms := MethodSet(n)
	x.methods[n] = ms
	return ms
}

// MethodSet returns the sorted methods of *n (or of the interface n),
// each as its name and signature: what an implementation is matched
// by where only facts, not types, tell about it (Covers).
func MethodSet(n *types.Named) []string {
	var t types.Type = n
	if !types.IsInterface(n) {
		t = types.NewPointer(n)
	}
	mset := types.NewMethodSet(t)
	ms := make([]string, 0, mset.Len())
	for sel := range mset.Methods() {
		ms = append(ms, sel.Obj().Name()+signature(sel.Obj().Type().(*types.Signature)))
	}
	slices.Sort(ms)
	return ms
}

// signature renders a method's parameter and result types, without
// their names, with full package paths and aliases resolved (any and
// interface{} are one type): "(string, ...int) (*example.com/model.Article, error)".
func signature(sig *types.Signature) string {
	var b strings.Builder
	tuple(&b, sig.Params(), sig.Variadic())
	b.WriteByte(' ')
	tuple(&b, sig.Results(), false)
	return b.String()
}

func tuple(b *strings.Builder, t *types.Tuple, variadic bool) {
	b.WriteByte('(')
	for i := range t.Len() {
		if i > 0 {
			b.WriteString(", ")
		}
		typ := types.Unalias(t.At(i).Type())
		if s, ok := typ.(*types.Slice); ok && variadic && i == t.Len()-1 {
			b.WriteString("...")
			typ = s.Elem()
		}
		typeString(b, typ)
	}
	b.WriteByte(')')
}

// typeString writes t as types.TypeString does with full package paths,
// but with every alias resolved, however deep.
func typeString(b *strings.Builder, t types.Type) {
	switch t := types.Unalias(t).(type) {
	case *types.Pointer:
		b.WriteByte('*')
		typeString(b, t.Elem())
	case *types.Slice:
		b.WriteString("[]")
		typeString(b, t.Elem())
	case *types.Array:
		b.WriteString("[" + strconv.FormatInt(t.Len(), 10) + "]")
		typeString(b, t.Elem())
	case *types.Map:
		b.WriteString("map[")
		typeString(b, t.Key())
		b.WriteByte(']')
		typeString(b, t.Elem())
	case *types.Chan:
		switch t.Dir() {
		case types.SendOnly:
			b.WriteString("chan<- ")
		case types.RecvOnly:
			b.WriteString("<-chan ")
		default:
			b.WriteString("chan ")
		}
		typeString(b, t.Elem())
	case *types.Signature:
		b.WriteString("func")
		b.WriteString(signature(t))
	default:
		b.WriteString(types.TypeString(t, func(p *types.Package) string { return p.Path() }))
	}
}

// pend makes a pending call of site s, whose callee is an interface
// method, or reports false when the interface takes no part.
func (x *ifaces) pend(s *funcgraph.Site) (Pend, bool) {
	n := x.ifaceOf(s.Callee)
	if n == nil {
		return Pend{}, false
	}
	key := ifaceKey(n)
	if _, ok := x.table[key]; !ok {
		x.table[key] = x.methodNames(n)
	}
	p := Pend{Iface: key, Method: s.Callee.Name(), Arity: arity(s.Callee.Signature()), Pos: x.where(s.Pos())}
	if s.Loop != nil {
		p.Loop = x.where(s.Loop.Pos())
	}
	return p, true
}

// where renders a position with its directory (walk.DirPos).
func (x *ifaces) where(p token.Pos) string { return walk.DirPos(x.pass.Fset, p) }

// Covers reports whether a sorted method list (MethodSet) has every
// method of an interface's.
func Covers(have, want []string) bool { return covers(have, want) }

// covers reports whether a sorted method name list has every name of
// the interface.
func covers(have, want []string) bool {
	for _, w := range want {
		if _, ok := slices.BinarySearch(have, w); !ok {
			return false
		}
	}
	return len(want) > 0
}

// resolve returns the operations of the implementations visible here of
// a pending call's method, with the implementation's method first in
// each chain, and whether any implementation is visible at all (then
// the call is no longer pending, whether or not it does work). Own
// types are summarised with visit.
func (x *ifaces) resolve(p Pend, visit func(*funcgraph.Func) []Op) (ops []Op, impls []string, found bool) {
	want, ok := x.table[p.Iface]
	if !ok {
		return nil, nil, false
	}
	for _, n := range x.own {
		if !covers(x.methodNames(n), want) {
			continue
		}
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(n), false, n.Obj().Pkg(), p.Method)
		fn, ok := obj.(*types.Func)
		if !ok || arity(fn.Signature()) != p.Arity || funcgraph.Forwards(fn) {
			continue
		}
		found = true
		if f := x.g.Of(fn); f != nil {
			if sub := visit(f); len(sub) > 0 {
				impls = append(impls, displayName(n))
				ops = append(ops, sub...)
			}
		}
	}
	for _, im := range x.impls {
		if !covers(im.Methods, want) || slices.Contains(im.Forward, p.Method) {
			continue
		}
		found = true
		for _, w := range im.Work {
			if w.Method == p.Method && w.Arity == p.Arity {
				impls = append(impls, im.Name)
				ops = append(ops, w.Ops...)
			}
		}
	}
	return ops, impls, found
}

// resolveAt resolves a pending call at a call site: the operations of
// the visible implementations, their chains continuing the pending
// call's own (Via from the site's callee), and whether any
// implementation is visible. A nil receiver resolves nothing.
func (x *ifaces) resolveAt(p Pend, visit func(*funcgraph.Func) []Op) ([]Op, bool) {
	if x == nil {
		return nil, false
	}
	sub, _, found := x.resolve(p, visit)
	if !found {
		return nil, false
	}
	out := make([]Op, 0, len(sub))
	for _, op := range sub {
		op.Via = append(slices.Clone(p.Via), op.Via...)
		if op.Loop == "" {
			op.Loop, op.LoopGrows = p.Loop, p.LoopGrows
		}
		out = append(out, op)
	}
	return out, true
}

// maxJoinOps bounds the operations of one join: the union of every
// implementation's summary.
const maxJoinOps = 256

func displayName(n *types.Named) string {
	return "(*" + n.Obj().Pkg().Name() + "." + n.Obj().Name() + ")"
}

// export writes the package's ImplFact and PendingFact: own types whose
// methods do work, the entry points' pending calls, and what the direct
// imports carry.
func (x *ifaces) export(funcs map[*funcgraph.Func][]Op, entries []entryPend) {
	impls := slices.Clone(x.impls)
	for _, n := range x.own {
		im := Impl{Type: "*" + ifaceKey(n), Name: displayName(n), Methods: x.methodNames(n)}
		mset := types.NewMethodSet(types.NewPointer(n))
		for sel := range mset.Methods() {
			fn, _ := sel.Obj().(*types.Func)
			if fn != nil && funcgraph.Forwards(fn) {
				im.Forward = append(im.Forward, fn.Name())
			}
			if fn == nil || fn.Pkg() != x.pass.Pkg {
				continue
			}
			if f := x.g.Of(fn); f != nil && len(funcs[f]) > 0 {
				im.Work = append(im.Work, MethodOps{Method: fn.Name(), Arity: arity(fn.Signature()), Ops: funcs[f]})
			}
		}
		if len(im.Work) > 0 && !x.seenImp[im.Type] {
			impls = append(impls, im)
		}
	}
	slices.SortFunc(impls, func(a, b Impl) int { return cmp.Compare(a.Type, b.Type) })
	if len(impls) > maxPkgImpls {
		impls = impls[:maxPkgImpls]
	}
	if len(impls) > 0 {
		x.pass.ExportPackageFact(&ImplFact{Impls: impls})
	}

	var calls []EntryPend
	seen := make(map[string]bool)
	add := func(c EntryPend) {
		if k := pendKey(c); !seen[k] {
			seen[k] = true
			calls = append(calls, c)
		}
	}
	own := make(map[string]int)
	for _, e := range entries {
		for _, p := range e.pend {
			c := EntryPend{Entry: e.name, EntryPkg: x.pass.Pkg.Path(), Entries: 1, Job: e.job, Pend: p}
			if i, ok := own[pendKey(c)]; ok {
				calls[i].Entries++
				continue
			}
			own[pendKey(c)] = len(calls)
			add(c)
		}
	}
	for _, imp := range x.pass.Pkg.Imports() {
		for _, c := range x.imports[imp].calls {
			add(c)
		}
	}
	if len(calls) == 0 {
		return
	}
	slices.SortFunc(calls, func(a, b EntryPend) int {
		return cmp.Or(-cmp.Compare(b2i(a.Loop != ""), b2i(b.Loop != "")), strings.Compare(pendKey(a), pendKey(b)))
	})
	if len(calls) > maxPkgPend {
		calls = calls[:maxPkgPend]
	}
	used := make(map[string]bool)
	for _, c := range calls {
		used[c.Iface] = true
	}
	var table []IfaceMethods
	for k, ms := range x.table {
		if used[k] {
			table = append(table, IfaceMethods{Iface: k, Methods: ms})
		}
	}
	slices.SortFunc(table, func(a, b IfaceMethods) int { return cmp.Compare(a.Iface, b.Iface) })
	x.pass.ExportPackageFact(&PendingFact{Ifaces: table, Calls: calls})
}

// entryPend is an entry point of this package and its pending calls.
type entryPend struct {
	name string
	pend []Pend
	job  string // EntryPend.Job
}

// joins resolves the pending calls that the direct imports carry
// against the implementations visible here, and keeps those that no
// single direct import could resolve: this package is where they first
// meet, so it reports them.
func (x *ifaces) joins(visit func(*funcgraph.Func) []Op) (out []Join, quiet []EntryPend) {
	seen := make(map[string]bool)
	for _, imp := range x.pass.Pkg.Imports() {
		for _, c := range x.imports[imp].calls {
			k := pendKey(c)
			if seen[k] {
				continue
			}
			seen[k] = true
			ops, impls, found := x.resolve(c.Pend, visit)
			if found && len(ops) == 0 {
				quiet = append(quiet, c) // an implementation that does no work
				continue
			}
			if len(ops) == 0 || x.resolvedBelow(c, impls) {
				continue
			}
			pos, end := x.wiring(impls, imp)
			// A join is reported here, not exported: every loop of every
			// implementation is a place to fix, so the budget is wider
			// than a fact's.
			out = append(out, Join{Call: c, Impls: impls, Ops: normaliseN(ops, maxJoinOps), Pos: pos, End: end})
		}
	}
	return out, quiet
}

// resolvedBelow reports whether one direct import carries both the
// pending call and an implementation that does its work, so that it
// (or a package below it) reported the join already: one finding per
// cause, even when this package sees more implementations.
func (x *ifaces) resolvedBelow(c EntryPend, impls []string) bool {
	k := pendKey(c)
	for _, v := range x.imports {
		if !v.pending[k] {
			continue
		}
		for _, name := range impls {
			if v.impl[implTypeOf(x.impls, name)] {
				return true
			}
		}
	}
	return false
}

func implTypeOf(impls []Impl, name string) string {
	for _, im := range impls {
		if im.Name == name {
			return im.Type
		}
	}
	return ""
}

// wiring returns where this package wires an implementation in (Wiring).
func (x *ifaces) wiring(impls []string, carrier *types.Package) (token.Pos, token.Pos) {
	want := make(map[string]bool)
	for _, name := range impls {
		want[name] = true
	}
	return Wiring(x.pass, func(n *types.Named) bool { return want[displayName(n)] }, carrier)
}

// Wiring returns where the package of pass wires in an implementation
// of an interface called in another package: the first expression
// whose named type impl accepts (a constructor call, a composite
// literal), else the import of carrier, the package that carries the
// pending call, else the package clause. First by file name, then
// offset: deterministic whatever order the driver parsed the files in.
func Wiring(pass *analysis.Pass, impl func(*types.Named) bool, carrier *types.Package) (token.Pos, token.Pos) {
	before := func(a, b token.Pos) bool {
		pa, pb := pass.Fset.Position(a), pass.Fset.Position(b)
		return cmp.Or(cmp.Compare(pa.Filename, pb.Filename), cmp.Compare(pa.Offset, pb.Offset)) < 0
	}
	var best span
	for e, tv := range pass.TypesInfo.Types {
		n := typematch.NamedOf(tv.Type)
		if n == nil || n.Obj().Pkg() == nil || tv.IsType() || !impl(n) {
			continue
		}
		if !best.pos.IsValid() || before(e.Pos(), best.pos) {
			best = span{e.Pos(), e.End()}
		}
	}
	if best.pos.IsValid() {
		return best.pos, best.end
	}
	for _, f := range pass.Files {
		for _, spec := range f.Imports {
			if path, err := strconv.Unquote(spec.Path.Value); err == nil && carrier != nil && path == carrier.Path() {
				return spec.Pos(), spec.End()
			}
		}
	}
	return pass.Files[0].Name.Pos(), pass.Files[0].Name.End()
}

type span struct{ pos, end token.Pos }

// normalisePend sorts pending calls, keeps one per call and loop, and
// bounds them.
func normalisePend(ps []Pend) []Pend {
	for i := range ps {
		ps[i].Via = BoundChain(ps[i].Via)
	}
	compare := func(a, b Pend) int {
		return cmp.Or(
			-cmp.Compare(b2i(a.Loop != ""), b2i(b.Loop != "")),
			cmp.Compare(len(a.Via), len(b.Via)),
			strings.Compare(a.Iface, b.Iface),
			strings.Compare(a.Method, b.Method),
			strings.Compare(a.Pos, b.Pos),
			strings.Compare(a.Loop, b.Loop),
		)
	}
	type key struct{ iface, method, pos, loop string }
	return walk.Normalise(ps, compare, func(p Pend) key { return key{p.Iface, p.Method, p.Pos, p.Loop} }, maxPend)
}
