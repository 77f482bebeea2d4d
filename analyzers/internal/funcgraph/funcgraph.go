// Package funcgraph defines an Analyzer whose result is the graph of
// one package's functions (declarations and literals) and the places
// they call or pass other functions, each with the loop that repeats
// it. It is the structural half of scalevet's request-path model; the
// requestpath analyzer adds entry points, the summary analyzer adds
// what each function costs.
package funcgraph

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"iter"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/typematch"
)

// Analyzer builds the function graph of a package.
var Analyzer = &analysis.Analyzer{
	Name:       "funcgraph",
	Doc:        "funcgraph: build the graph of a package's functions, call sites and loops (internal to scalevet)",
	URL:        "https://pkg.go.dev/github.com/scalevet/scalevet/analyzers/internal/funcgraph",
	Requires:   []*analysis.Analyzer{inspect.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Graph](),
	FactTypes:  []analysis.Fact{new(Worker), new(Memoizer), new(Scheduler)},
}

// Graph is the function graph of one package.
type Graph struct {
	Funcs []*Func // declarations and literals, in source order
	byObj map[*types.Func]*Func
	byLit map[*ast.FuncLit]*Func
}

// Of returns the node of a function declared in this package, or nil.
func (g *Graph) Of(fn *types.Func) *Func { return g.byObj[fn.Origin()] }

// Func is a function declaration or literal.
type Func struct {
	Obj   *types.Func   // nil for literals
	Decl  *ast.FuncDecl // nil for literals
	Lit   *ast.FuncLit  // nil for declarations
	Outer *Func         // for literals, the function they appear in
	Sig   *types.Signature
	Name  string // "List", "Server.List", "NewHandler.func1"
	Sites []*Site

	paramLoops map[int]ast.Stmt // ParamIndex → a loop that calls that function parameter
	lazy       []span           // where it initialises package-level state once (lazy.go)
}

// Pos returns the position of the function's declaration or literal.
func (f *Func) Pos() token.Pos {
	if f.Decl != nil {
		return f.Decl.Name.Pos()
	}
	return f.Lit.Pos()
}

// Body returns the function's body; nil for a declaration without one.
func (f *Func) Body() *ast.BlockStmt {
	if f.Decl != nil {
		return f.Decl.Body
	}
	return f.Lit.Body
}

// Returns yields the return statements of f's own body, not those of
// the literals in it; none for a declaration without a body.
func (f *Func) Returns() iter.Seq[*ast.ReturnStmt] {
	return func(yield func(*ast.ReturnStmt) bool) {
		body := f.Body()
		if body == nil {
			return
		}
		stop := false
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				stop = stop || !yield(n)
			}
			return !stop
		})
	}
}

// Site is a place in a function that calls a function, or passes or
// stores a function value.
type Site struct {
	Func *Func         // the function the site is in
	Call *ast.CallExpr // the call; for a function value, the call it is an argument of, if any
	Ref  ast.Expr      // for a function value (literal, method value, function name): the expression; nil for a call
	// Callee is the function called or referenced, in any package; for
	// an interface method call it is the abstract method. Nil when the
	// call is dynamic.
	Callee *types.Func
	// Target is the function of this package that runs at this site,
	// when it is known: a static callee, a literal, a referenced
	// function, or the only implementation in this package of a called
	// interface method.
	Target *Func
	// Loop is the innermost loop around the site, within Func, that
	// repeats it once per element (see repeats); nil if none.
	Loop ast.Stmt
	// Escapes is set for a function value that is returned or stored
	// rather than run here (a handler factory's result, a callback
	// kept in a struct), and for every site inside code that does not
	// run per request (NotPerRequest): a lazy initialisation, which runs
	// once per process, or a branch that only tests take.
	Escapes bool
	// LoopIn is the function Loop is in when it is not Func: the loop
	// of a callee that calls this function value once per element.
	LoopIn *Func
	// Scheduled is set for a function value handed to a recurring
	// scheduler (robfig/cron, gocron), directly or through a function
	// that passes its parameter on to one (a Scheduler fact): a job
	// that runs on the scheduler's clock in every instance.
	Scheduled bool
	// Depth is the number of repeating loops around the site within
	// Func, Loop the innermost: 2 for a call in a loop over the items
	// of each order of a loop over orders (N·M). 0 when Loop is nil.
	Depth int
}

// Pos returns the position diagnostics about the site use: where the
// expression starts, so that a suppression on the line above a call
// that spans lines, such as a builder chain, applies to it.
func (s *Site) Pos() token.Pos { return s.Expr().Pos() }

// Expr returns the site's expression: the call, or the function value.
func (s *Site) Expr() ast.Expr {
	if s.Ref != nil {
		return s.Ref
	}
	return s.Call
}

func run(pass *analysis.Pass) (any, error) {
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	b := &builder{
		pass: pass,
		g: &Graph{
			byObj: make(map[*types.Func]*Func),
			byLit: make(map[*ast.FuncLit]*Func),
		},
		litCount: make(map[*Func]int),
	}
	root := in.Root()

	// Functions first, so that sites can point at any of them.
	for cur := range root.Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			obj, _ := pass.TypesInfo.Defs[n.Name].(*types.Func)
			if obj == nil {
				continue
			}
			f := &Func{Obj: obj, Decl: n, Sig: obj.Signature(), Name: DeclName(obj)}
			b.g.Funcs = append(b.g.Funcs, f)
			b.g.byObj[obj] = f
		case *ast.FuncLit:
			outer := b.enclosing(cur)
			if outer == nil {
				continue // a literal in a package-level initializer runs at start-up
			}
			b.litCount[outer]++
			sig, _ := pass.TypesInfo.TypeOf(n).(*types.Signature)
			if sig == nil {
				continue
			}
			sep := ".func"
			if outer.Lit != nil {
				sep = "."
			}
			f := &Func{Lit: n, Outer: outer, Sig: sig, Name: fmt.Sprintf("%s%s%d", outer.Name, sep, b.litCount[outer])}
			b.g.Funcs = append(b.g.Funcs, f)
			b.g.byLit[n] = f
		}
	}

	b.collectFuncVars(root)
	b.lazyInits(root)
	b.testOnlyBranches(root)
	b.devSwitches(root)
	for cur := range root.Preorder((*ast.CallExpr)(nil), (*ast.FuncLit)(nil), (*ast.Ident)(nil), (*ast.SelectorExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			b.call(cur, n)
		case *ast.FuncLit:
			if f := b.g.byLit[n]; f != nil {
				b.value(cur, n, nil, f)
			}
		case *ast.Ident:
			if cur.ParentEdgeKind() == edge.SelectorExpr_Sel {
				continue // seen as the selector
			}
			if fn, ok := pass.TypesInfo.Uses[n].(*types.Func); ok {
				b.value(cur, n, fn, b.g.Of(fn))
			}
		case *ast.SelectorExpr:
			if fn, ok := pass.TypesInfo.Uses[n.Sel].(*types.Func); ok {
				if sel := pass.TypesInfo.Selections[n]; sel != nil && types.IsInterface(sel.Recv()) {
					continue // an interface method value: dynamic
				}
				b.value(cur, n, fn, b.g.Of(fn))
			}
		}
	}
	b.callbackLoops()
	b.exportWorkers()
	b.exportMemoizers()
	b.exportSchedulers()
	return b.g, nil
}

type builder struct {
	pass     *analysis.Pass
	g        *Graph
	litCount map[*Func]int
	concrete []*types.Named // lazily: the package's concrete named types
	impls    map[*types.Func]*types.Func
	// implsExcept caches implementationExcept, by method and type left
	// out.
	implsExcept map[any]*types.Func
	funcVars    *funcVars              // function variables and fields that hold one known function (funcvalues.go)
	sched       map[*types.Func]uint64 // scheduledParams, by function of this package
	// schedMethods holds, lazily, the methods of this package that hand
	// a parameter to a scheduler (ifaceScheduled): few or none, so an
	// interface method is matched against them, not against every type.
	schedMethods []*Func
	schedDone    bool
}

// enclosing returns the function that the node at cur (exclusive) is in.
func (b *builder) enclosing(cur inspector.Cursor) *Func {
	for c := range cur.Parent().Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := c.Node().(type) {
		case *ast.FuncDecl:
			if obj, ok := b.pass.TypesInfo.Defs[n.Name].(*types.Func); ok {
				return b.g.byObj[obj]
			}
			return nil
		case *ast.FuncLit:
			return b.g.byLit[n]
		}
	}
	return nil
}

func (b *builder) call(cur inspector.Cursor, call *ast.CallExpr) {
	f := b.enclosing(cur)
	if f == nil {
		return
	}
	if _, ok := ast.Unparen(call.Fun).(*ast.FuncLit); ok {
		return // the literal's own site covers it
	}
	if inner, ok := ast.Unparen(call.Fun).(*ast.CallExpr); ok {
		b.callReturned(cur, call, inner, f)
		return
	}
	callee := typeutil.Callee(b.pass.TypesInfo, call)
	if v, ok := callee.(*types.Var); ok {
		b.callVar(cur, call, f, v) // a function variable, field or parameter
		return
	}
	fn, _ := callee.(*types.Func)
	if fn == nil {
		return // a conversion, a builtin, or a dynamic call
	}
	fn = fn.Origin()
	if cur.ParentEdgeKind() == edge.CallExpr_Args {
		// mw1(mw2(h)): the literal mw2 returns is handed to mw1, which
		// runs it as its next handler, here.
		if outer, ok := cur.Parent().Node().(*ast.CallExpr); ok {
			b.callReturned(cur, outer, call, f)
		}
	}
	site := &Site{Func: f, Call: call, Callee: fn, Loop: loopAround(b.pass.TypesInfo, cur), Escapes: f.NotPerRequest(call.Pos()) || b.startsWorker(cur, call)}
	site.Depth = loopDepth(b.pass.TypesInfo, cur, site.Loop)
	if isAbstract(fn) {
		impl := b.implementation(fn)
		if impl == nil && f.Obj != nil && f.Obj.Signature().Recv() != nil {
			// A decorator: a type whose method calls the same interface
			// on what it wraps (a container holding the current
			// implementation) implements the interface too, but is not
			// what it wraps.
			impl = b.implementationExcept(fn, typematch.NamedOf(f.Obj.Signature().Recv().Type()))
		}
		if impl != nil {
			site.Target = b.g.byObj[impl]
		}
	} else {
		site.Target = b.g.byObj[fn]
	}
	f.Sites = append(f.Sites, site)
	b.hooks(call, f, fn, site)
}

// callReturned records a call of the function value that another call
// returns, mw(next)(w, r), or that is handed to another call as an
// argument, mw1(mw2(next))(w, r): a middleware of the package that
// wraps a handler and returns a literal runs that literal here. Each
// literal that a return statement of the called function gives is a
// site, as a function value run at the call (Ref is the inner call).
func (b *builder) callReturned(cur inspector.Cursor, call, inner *ast.CallExpr, f *Func) {
	loop := loopAround(b.pass.TypesInfo, cur)
	for _, t := range b.returnedLits(inner, 0, nil) {
		f.Sites = append(f.Sites, &Site{Func: f, Call: call, Ref: inner, Target: t, Loop: loop, Escapes: f.NotPerRequest(call.Pos())})
	}
}

// returnedLits returns the literals that the function of the package
// called at call returns: those its return statements give, directly
// or through a call of another such function (authorizeRead(next)
// returning authorize(next, read)).
func (b *builder) returnedLits(call *ast.CallExpr, depth int, seen map[*Func]bool) []*Func {
	fn, _ := typeutil.Callee(b.pass.TypesInfo, call).(*types.Func)
	if fn == nil || depth > 4 {
		return nil
	}
	g := b.g.byObj[fn.Origin()]
	if g == nil || g.Body() == nil || seen[g] {
		return nil
	}
	if seen == nil {
		seen = make(map[*Func]bool)
	}
	seen[g] = true
	var out []*Func
	for ret := range g.Returns() {
		if len(ret.Results) == 0 {
			continue
		}
		switch r := ast.Unparen(ret.Results[0]).(type) {
		case *ast.FuncLit:
			if t := b.g.byLit[r]; t != nil {
				out = append(out, t)
			}
		case *ast.CallExpr:
			out = append(out, b.returnedLits(r, depth+1, seen)...)
		}
	}
	return out
}

// value records a function value: a literal or a named function or
// method used other than by calling it.
func (b *builder) value(cur inspector.Cursor, expr ast.Expr, fn *types.Func, target *Func) {
	if cur.ParentEdgeKind() == edge.CallExpr_Fun {
		if _, isLit := expr.(*ast.FuncLit); !isLit {
			return // an ordinary call, recorded by call
		}
	}
	f := b.enclosing(cur)
	if f == nil {
		return
	}
	if fn != nil {
		fn = fn.Origin()
	}
	call, escapes, scheduled := b.context(cur)
	if b.funcVars != nil && b.funcVars.rhs[expr] != nil {
		escapes = true // run where the variable is called (callVar)
	}
	f.Sites = append(f.Sites, &Site{
		Func:      f,
		Call:      call,
		Ref:       expr,
		Callee:    fn,
		Target:    target,
		Loop:      loopAround(b.pass.TypesInfo, cur),
		Escapes:   escapes || f.NotPerRequest(expr.Pos()),
		Scheduled: scheduled,
	})
	s := f.Sites[len(f.Sites)-1]
	s.Depth = loopDepth(b.pass.TypesInfo, cur, s.Loop)
}

// context reports, for a function value at cur, the call it is passed
// to or invoked by (if any), and whether it escapes: returned, stored
// in a field, element, global or composite literal, or used in any way
// other than being called or passed as an argument here.
//
// scheduled is set when the call is a recurring scheduler's, or a
// function's that hands that parameter on to one.
func (b *builder) context(cur inspector.Cursor) (call *ast.CallExpr, escapes, scheduled bool) {
	info := b.pass.TypesInfo
	for {
		parent := cur.Parent()
		switch p := parent.Node().(type) {
		case *ast.ParenExpr:
			cur = parent
			continue
		case *ast.CallExpr:
			if cur.ParentEdgeKind() == edge.CallExpr_Fun {
				if lit, ok := ast.Unparen(p.Fun).(*ast.FuncLit); ok && parent.ParentEdgeKind() == edge.GoStmt_Call && runsForever(info, lit.Body) {
					return p, true, false // go func() { for { … } }(): a background worker
				}
				return p, false, false // invoked in place
			}
			if tv, ok := info.Types[p.Fun]; ok && tv.IsType() {
				cur = parent // a conversion such as http.HandlerFunc(f)
				continue
			}
			if fn, ok := typeutil.Callee(info, p).(*types.Func); ok && (schedules(fn) || b.schedulesArg(fn, argIndex(info, p, cur.Node()))) {
				return p, true, fn.Name() != "AfterFunc" || fn.Pkg().Path() != "time" // run later, on the scheduler's time
			} else if ok && oncePerProcess(info, p, fn) {
				return p, true, false // run once, whichever request comes first
			} else if ok && b.memoizes(fn, argIndex(info, p, cur.Node())) {
				return p, true, false // run once per key, and kept for the process
			}
			return p, false, false // passed to a function that may run it
		case *ast.AssignStmt:
			if cur.ParentEdgeKind() != edge.AssignStmt_Rhs || len(p.Lhs) != len(p.Rhs) {
				return nil, true, false
			}
			lhs, ok := p.Lhs[cur.ParentEdgeIndex()].(*ast.Ident)
			if !ok {
				return nil, true, false // stored in a field or element
			}
			obj := info.ObjectOf(lhs)
			if obj == nil || obj.Parent() == nil || obj.Parent() == obj.Pkg().Scope() {
				return nil, true, false // a global
			}
			return nil, false, false // a local the function calls later
		case *ast.ValueSpec:
			return nil, false, false // var f = func() {...} inside a function
		case *ast.GoStmt, *ast.DeferStmt:
			return nil, false, false
		default:
			return nil, true, false
		}
	}
}

// DeclName names a declared function for messages: "List" or "Server.List".
func DeclName(fn *types.Func) string {
	sig := fn.Signature()
	if sig.Recv() == nil {
		return fn.Name()
	}
	t := sig.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name() + "." + fn.Name()
	}
	return fn.Name()
}

// isAbstract reports whether fn is an interface method.
func isAbstract(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	return recv != nil && types.IsInterface(recv.Type())
}

// implementation returns the method of the only concrete type of this
// package that implements the interface declaring m, or nil when there
// is none or more than one (precision first: an ambiguous interface
// call is not followed).
func (b *builder) implementation(m *types.Func) *types.Func {
	if impl, ok := b.impls[m]; ok {
		return impl
	}
	if b.impls == nil {
		b.impls = make(map[*types.Func]*types.Func)
		b.concrete = ConcreteTypes(b.pass.Pkg)
	}
	found := soleImplementation(b.concrete, m, nil)
	b.impls[m] = found
	return found
}

// implementationExcept is implementation, leaving out the type except.
func (b *builder) implementationExcept(m *types.Func, except *types.Named) *types.Func {
	if except == nil {
		return nil
	}
	type key struct {
		m      *types.Func
		except *types.Named
	}
	k := key{m, except}
	if impl, ok := b.implsExcept[k]; ok {
		return impl
	}
	if b.implsExcept == nil {
		b.implsExcept = make(map[any]*types.Func)
	}
	var impl *types.Func
	if iface, _ := m.Signature().Recv().Type().Underlying().(*types.Interface); iface != nil &&
		(types.Implements(except, iface) || types.Implements(types.NewPointer(except), iface)) {
		// Only a type that implements the interface it calls is a
		// decorator.
		impl = soleImplementation(b.concrete, m, except)
	}
	b.implsExcept[k] = impl
	return impl
}

// soleImplementation returns the method of the only type of concrete,
// other than except, that implements the interface declaring m, or nil.
func soleImplementation(concrete []*types.Named, m *types.Func, except *types.Named) *types.Func {
	iface, _ := m.Signature().Recv().Type().Underlying().(*types.Interface)
	if iface == nil {
		return nil
	}
	t := soleImplementer(concrete, iface, except)
	if t == nil {
		return nil // none, or ambiguous
	}
	fn, _ := lookupMethod(t, m)
	return fn
}

// soleImplementer returns the only type of concrete, other than except,
// that implements iface (the named type or a pointer to it), or nil.
func soleImplementer(concrete []*types.Named, iface *types.Interface, except *types.Named) types.Type {
	var only types.Type
	for _, n := range concrete {
		if n == except {
			continue
		}
		var t types.Type = n
		if !types.Implements(t, iface) {
			t = types.NewPointer(n)
			if !types.Implements(t, iface) {
				continue
			}
		}
		if only != nil {
			return nil // ambiguous
		}
		only = t
	}
	return only
}

// SoleImplementations returns, for each method of an interface type
// that pkg declares, the method of the only concrete type of pkg that
// implements the interface, where there is exactly one: the common
// shape of an exported interface with its unexported implementation
// (type Store interface{...}; type store struct{...}), often held in a
// package-level variable. An analyzer that summarises functions for
// other packages gives the interface method the summary of that
// implementation, so that a call through the interface in another
// package is followed (precision first: an interface that two types of
// its package implement gets nothing). The methods are in the order of
// the package's scope.
func SoleImplementations(pkg *types.Package) [][2]*types.Func {
	var out [][2]*types.Func
	var concrete []*types.Named
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		iface, ok := tn.Type().Underlying().(*types.Interface)
		if !ok || tn.Type().(*types.Named).TypeParams() != nil {
			continue
		}
		if iface.NumExplicitMethods() == 0 {
			continue
		}
		if concrete == nil {
			concrete = ConcreteTypes(pkg)
		}
		// The implementation, found once for all its methods.
		only := soleImplementer(concrete, iface, nil)
		if only == nil {
			continue
		}
		for i := range iface.NumExplicitMethods() {
			m := iface.ExplicitMethod(i)
			if impl, ok := lookupMethod(only, m); ok && impl.Pkg() == pkg {
				out = append(out, [2]*types.Func{m, impl})
			}
		}
	}
	return out
}

func lookupMethod(t types.Type, m *types.Func) (*types.Func, bool) {
	obj, _, _ := types.LookupFieldOrMethod(t, false, m.Pkg(), m.Name())
	fn, ok := obj.(*types.Func)
	return fn, ok
}

// schedulers are the functions and methods that keep a function value
// to run it later, on a timer or a schedule, rather than during the
// call: a closure handed to them is not part of the caller's work.
var schedulers = [...]struct{ path, recv, name string }{
	{"time", "", "AfterFunc"},
	{"github.com/robfig/cron/v3", "Cron", "AddFunc"},
	{"github.com/robfig/cron/v3", "Cron", "AddJob"},
	{"github.com/robfig/cron/v3", "Cron", "Schedule"},
	{"github.com/robfig/cron", "Cron", "AddFunc"},
	{"github.com/robfig/cron", "Cron", "AddJob"},
	{"github.com/robfig/cron", "Cron", "Schedule"},
	{"github.com/go-co-op/gocron", "Scheduler", "Do"},
	{"github.com/go-co-op/gocron/v2", "", "NewTask"},
}

// schedules reports whether fn is one of the schedulers.
func schedules(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	recv := ""
	if r := fn.Signature().Recv(); r != nil {
		t := r.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			recv = n.Obj().Name()
		}
	}
	for _, s := range schedulers {
		if s.name == fn.Name() && s.recv == recv && s.path == fn.Pkg().Path() {
			return true
		}
	}
	return false
}

// ConcreteTypes returns the package-level named types of pkg that can
// implement an interface: not interfaces, not aliases, not generic.
func ConcreteTypes(pkg *types.Package) []*types.Named {
	var out []*types.Named
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && !types.IsInterface(n) && n.TypeParams() == nil {
			out = append(out, n)
		}
	}
	return out
}
