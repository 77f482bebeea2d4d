package globalstate

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/typematch"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

// write is a write a function makes by itself (not through the
// functions it calls) to a package-level variable or to its own
// receiver.
type write struct {
	node   ast.Node // the statement or call that writes
	acc    access
	recv   bool   // the root is the method's receiver, not a global
	kind   string // "map", "slice", "list" or "variable"
	grow   bool   // adds an entry to the container at cpath
	cpath  string // the container grown
	atomic bool   // an atomic operation or a sync.Map method
	locked bool   // a lock is held in the function at this point
	// method is set for a call of a method that writes its receiver
	// only if its summary or fact says so; site is the call.
	method *types.Func
	site   *funcgraph.Site
	// keyFrom is 1 + the position (funcgraph.ParamIndex) of f's
	// parameter that is the key a grow adds (m[name] = v), or 0.
	keyFrom int
	memo    bool // m[k] = v after a lookup of m[k] in the same function
	// quiet is set for a write that keeps no state of its own when it
	// is synchronised: a counter bumped (n++, n += k), an entry evicted
	// (delete, clear), or a fill of a cache (memo); for a method call,
	// when every write of the receiver it makes is quiet.
	quiet bool
	// key is the key of the one entry written (m[k] = v, delete(m, k),
	// m.Store(k, v)), or nil.
	key ast.Expr
	// scratch is set for an entry of a keyed-only map (keyedOnly) keyed
	// by an object's identity; objKey, for one keyed by a parameter of
	// f, is 1 + its position (funcgraph.ParamIndex), or 0.
	scratch bool
	objKey  int
}

// localWrites returns the writes f makes by itself, in source order.
// Literals inside f are functions of their own.
func (fp *factsPass) localWrites(f *funcgraph.Func, locks lockEvents) []write {
	body := f.Body()
	if body == nil || fp.skipFile(body.Pos()) {
		return nil
	}
	info := fp.pass.TypesInfo
	recv := receiverOf(info, f)
	sites := make(map[*ast.CallExpr]*funcgraph.Site)
	for _, s := range f.Sites {
		if s.Ref == nil && s.Call != nil {
			sites[s.Call] = s
		}
	}
	callee := fp.callee
	cacheCalls := walk.ReadThrough(info, body) // a hand-written cache's lookup and fill
	var ws []write
	add := func(n ast.Node, target, container ast.Expr, w write) {
		if f.NotPerRequest(n.Pos()) {
			return // once per process: if v == nil { v = ... }
		}
		acc, ok := fp.resolveWritten(f, target, w.method != nil)
		if !ok {
			return
		}
		switch {
		case funcgraph.IsPackageLevel(acc.v):
		case acc.v == recv && recv != nil:
			if w.method != nil {
				if _, ptr := types.Unalias(info.TypeOf(target)).(*types.Pointer); !acc.indirect && !ptr && isPointerRecv(w.method) {
					return // a pointer method on a copy of the receiver
				}
			} else if !acc.indirect {
				return // a value receiver's own copy
			}
			w.recv = true
		default:
			return
		}
		w.node, w.acc = n, acc
		if w.key != nil && len(acc.fields) == 0 && fp.keyed[acc.v] {
			if identity(info.TypeOf(w.key)) {
				w.scratch = true
			} else if id, ok := ast.Unparen(w.key).(*ast.Ident); ok {
				if v, ok := info.Uses[id].(*types.Var); ok {
					w.objKey = funcgraph.ParamIndex(f.Sig, v) + 1
				}
			}
		}
		if len(acc.fields) > 0 && fp.drained[acc.fields[len(acc.fields)-1].Origin()] {
			w.quiet = true // a write-behind buffer, drained elsewhere
		}
		if w.method == nil && !w.memo {
			w.memo = ttlGuarded(info, body, acc.v) || acc.v == recv && lazyFill(info, body, acc, n.Pos()) || processHandle(info.TypeOf(target))
		}
		w.kind = kindOf(info.TypeOf(container))
		if c, ok := resolve(info, container); ok {
			w.cpath = c.path
		}
		w.locked = locks.held(n.Pos())
		ws = append(ws, w)
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				return true
			}
			for i, lhs := range n.Lhs {
				container, grow := fp.containerOf(lhs)
				if !grow && n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) && isAppendTo(info, n.Rhs[i], lhs) {
					grow = true
				}
				if grow && existingKey(info, fp.g, f, lhs) {
					grow = false // keyed by the name of a file or program that exists: a fixed set
				}
				typed := false
				if ix, ok := ast.Unparen(lhs).(*ast.IndexExpr); ok && fp.typeKey(f, ix.Index) {
					// Keyed by a type of the program: a fixed set, and
					// what it holds per type is the same on every
					// instance.
					grow, typed = false, true
				}
				if grow && sizeChecked(info, body, container, n.Pos()) {
					grow = false // if len(m) < max { m[k] = v }: capped
				}
				add(n, lhs, container, write{grow: grow, keyFrom: keyParam(info, f, lhs), memo: typed || memoFill(info, body, lhs) || fp.ttlFill(lhs),
					quiet: (n.Tok == token.ADD_ASSIGN || n.Tok == token.SUB_ASSIGN) && counter(info, lhs) || emptied(info, n, i), key: entryKey(info, lhs)})
			}
		case *ast.IncDecStmt:
			container, grow := fp.containerOf(n.X)
			if grow && sizeChecked(info, body, container, n.Pos()) {
				grow = false // capped
			}
			add(n, n.X, container, write{grow: grow, quiet: counter(info, n.X), key: entryKey(info, n.X)})
		case *ast.CallExpr:
			if (isBuiltin(info, n, "delete") || isBuiltin(info, n, "clear")) && len(n.Args) > 0 {
				w := write{quiet: true}
				if len(n.Args) == 2 {
					w.key = n.Args[1]
				}
				add(n, n.Args[0], n.Args[0], w)
				return true
			}
			fn := callee(n)
			if fn == nil {
				return true
			}
			if m, ok := libraryMutation(fn); ok {
				if target := mutated(n, fn); target != nil {
					grow, memo := m.grow, cacheFill(info, body, n, fn) || fp.keyedFill(f, n, fn) || fp.ttlStore(n, fn)
					if fn.Signature().Recv() != nil && len(n.Args) > 0 && fp.typeKey(f, n.Args[0]) {
						// A sync.Map keyed by a type of the program: a fixed
						// set, and what it holds per type is the same on
						// every instance.
						grow, memo = false, true
					}
					// An eviction (sync.Map's or a cache library's Delete) is
					// quiet, as the delete builtin is.
					w := write{grow: grow, atomic: m.atomic, memo: memo, quiet: m.shrink}
					if recvNamed(fn, "sync", "Map") && fn.Name() != "Clear" && len(n.Args) > 0 {
						w.key = n.Args[0]
					}
					add(n, target, target, w)
				}
				return true
			}
			if fn.Signature().Recv() == nil || (fn.Pkg() != nil && exemptPackage(fn.Pkg().Path())) {
				return true
			}
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && sites[n] != nil {
				if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
					add(n, sel.X, sel.X, write{method: fn, site: sites[n], memo: cacheCalls[n] || recv != nil && (lookedUp(info, body, recv, n.Pos()) || lazyCall(info, body, recv, sel.X, n.Pos()))})
				}
			}
		}
		return true
	})
	// A counter kept beside a cache that the function fills (its size,
	// to clear it when full) is the cache's bookkeeping.
	if slices.ContainsFunc(ws, func(w write) bool { return w.memo && w.key != nil }) {
		for i := range ws {
			if w := &ws[i]; w.atomic && w.key == nil && w.method == nil {
				w.memo = true
			}
		}
	}
	return ws
}

// resolveWritten resolves a written expression and drops what is not
// state: exempt types, and the variables sessionmap reports. A write
// through a local alias of shared memory (app := config.App; app.Name =
// x) is a write to the package-level variable it aliases; so is a
// method called on the alias itself (m.Refresh(), with m a pointer),
// when method says e is a receiver.
func (fp *factsPass) resolveWritten(f *funcgraph.Func, e ast.Expr, method bool) (access, bool) {
	acc, ok := resolve(fp.pass.TypesInfo, e)
	if ok && method && !acc.indirect && len(acc.fields) == 0 {
		switch acc.v.Type().Underlying().(type) {
		case *types.Pointer, *types.Map, *types.Slice:
			acc.indirect = true // the method writes what the local points to
		}
	}
	if call, isCall := ast.Unparen(e).(*ast.CallExpr); isCall {
		acc, ok = fp.returnedBy(call) // all()[id].n = 1, or Find(id).Update()
	}
	if ok && acc.indirect && !funcgraph.IsPackageLevel(acc.v) {
		if a, ok := fp.alias(f, acc.v); ok {
			acc = access{v: a.v, fields: append(a.fields, acc.fields...), path: a.path + acc.path, indirect: true, exempt: a.exempt || acc.exempt}
		}
	}
	if !ok || acc.exempt || exemptType(acc.v.Type()) {
		return acc, false
	}
	if held := types.Object(acc.v); held != nil {
		if len(acc.fields) > 0 {
			held = acc.fields[len(acc.fields)-1].Origin()
		}
		if fp.tryLocks[held] {
			return acc, false // a lock, as a mutex is
		}
	}
	for _, fld := range acc.fields {
		if fld.Pkg() != nil && catalog.IsDatabase(fld.Pkg().Path()) {
			// A field of a database handle (db.Error = nil on a
			// *gorm.DB): the driver's own state, not the service's.
			return acc, false
		}
	}
	if fp.sessions.IsSession(acc.v) {
		return acc, false
	}
	for _, f := range acc.fields {
		if fp.sessions.IsSession(f) {
			return acc, false
		}
	}
	return acc, true
}

// alias returns the package-level memory that the local variable v of
// f shares: v is a pointer, map or slice that one plain assignment sets
// from a package-level variable, a field or an element of one, or from
// a call of a function that returns such memory (Returns), or that a
// range over one sets (for _, s := range all), and nothing else sets.
func (fp *factsPass) alias(f *funcgraph.Func, v *types.Var) (access, bool) {
	switch v.Type().Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Slice:
	default:
		return access{}, false
	}
	var value ast.Expr
	ranged := false
	for _, d := range fp.defs.Of(f)[v] {
		if !d.Plain() || d.How == walk.Assign && fp.chained(v, d.Value) {
			continue
		}
		if value != nil {
			return access{}, false
		}
		switch d.How {
		case walk.Assign, walk.Tuple:
			value = d.Value
		case walk.Range:
			value, ranged = d.Value, true
		default:
			return access{}, false
		}
	}
	if value == nil {
		return access{}, false
	}
	a, ok := fp.shared(f, value)
	if !ok {
		return access{}, false
	}
	if ranged {
		switch typeOf(fp.pass.TypesInfo, value).(type) {
		case *types.Map, *types.Slice:
			a.path += "[]"
			a.indirect = true
		default:
			return access{}, false // a range over a channel, a number, a function
		}
	}
	return a, true
}

// chained reports whether value is a method call on v that gives back
// a value of v's type (m = m.Refresh()): the same memory, for a
// method that returns its receiver.
func (fp *factsPass) chained(v *types.Var, value ast.Expr) bool {
	call, ok := ast.Unparen(value).(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	return ok && fp.pass.TypesInfo.Uses[id] == v && types.Identical(fp.pass.TypesInfo.TypeOf(call), v.Type())
}

// shared returns the package-level memory that e, in f, is: a
// package-level variable or a path from one, or the result of a call
// of a function that returns such memory.
func (fp *factsPass) shared(f *funcgraph.Func, e ast.Expr) (access, bool) {
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		return fp.returnedBy(call)
	}
	a, ok := resolve(fp.pass.TypesInfo, e)
	if !ok || !funcgraph.IsPackageLevel(a.v) {
		return access{}, false
	}
	return a, true
}

// returnedBy returns the package-level memory that call returns as its
// first result, from the callee's summary or fact (Returns).
func (fp *factsPass) returnedBy(call *ast.CallExpr) (access, bool) {
	fn := fp.callee(call)
	if fn == nil || fn.Pkg() == nil {
		return access{}, false
	}
	var r *Returns
	if fn.Pkg() == fp.pass.Pkg {
		if g := fp.g.Of(fn); g != nil {
			r = fp.visit(g).Returns
		}
	} else if fact := fp.importedFact(fn.Origin()); fact != nil {
		r = fact.Returns
	}
	if r == nil {
		return access{}, false
	}
	pkg := fn.Pkg()
	if r.Pkg != pkg.Path() {
		pkg = nil
		for _, p := range fn.Pkg().Imports() {
			if p.Path() == r.Pkg {
				pkg = p
			}
		}
		if pkg == nil {
			return access{}, false
		}
	}
	v, _ := pkg.Scope().Lookup(r.Var).(*types.Var)
	if v == nil {
		return access{}, false
	}
	return access{v: v, path: r.Path, indirect: true}, true
}

// returns says whether f's first result is package-level memory: a
// pointer, map or slice that every return statement gives from the
// same variable (or nil).
func (fp *factsPass) returns(f *funcgraph.Func) *Returns {
	if f.Sig.Results().Len() == 0 || f.Body() == nil {
		return nil
	}
	switch f.Sig.Results().At(0).Type().Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Slice:
	default:
		return nil
	}
	info := fp.pass.TypesInfo
	var out *Returns
	for ret := range f.Returns() {
		if len(ret.Results) == 0 {
			return nil
		}
		e := ret.Results[0]
		if tv, has := info.Types[e]; has && tv.IsNil() {
			continue
		}
		var a access
		var shared bool
		if id, isID := ast.Unparen(e).(*ast.Ident); isID {
			if v, isVar := info.Uses[id].(*types.Var); isVar && !funcgraph.IsPackageLevel(v) {
				a, shared = fp.alias(f, v)
			}
		}
		if !shared {
			a, shared = fp.shared(f, e)
		}
		if !shared || !funcgraph.IsPackageLevel(a.v) {
			return nil
		}
		r := &Returns{Pkg: a.v.Pkg().Path(), Var: a.v.Name(), Path: a.path}
		if out != nil && *out != *r {
			return nil
		}
		out = r
	}
	return out
}

// containerOf returns, for a written expression, the container whose
// size the write may change, and whether it adds an entry: m[k] = v
// adds to m unless k is a constant.
func (fp *factsPass) containerOf(lhs ast.Expr) (ast.Expr, bool) {
	ix, ok := ast.Unparen(lhs).(*ast.IndexExpr)
	if !ok {
		return lhs, false
	}
	if _, isMap := typeOf(fp.pass.TypesInfo, ix.X).(*types.Map); !isMap {
		return lhs, false
	}
	return ix.X, !isConstant(fp.pass.TypesInfo, ix.Index)
}

// mutated returns the expression a library mutation changes: the
// receiver of a method, the first argument of a function.
func mutated(call *ast.CallExpr, fn *types.Func) ast.Expr {
	if onFirstArg(fn) {
		if len(call.Args) == 0 {
			return nil
		}
		return call.Args[0]
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		return sel.X
	}
	return nil
}

// receiverOf returns the receiver variable of a method declaration.
func receiverOf(info *types.Info, f *funcgraph.Func) *types.Var {
	if f.Decl == nil || f.Decl.Recv == nil || len(f.Decl.Recv.List) == 0 || len(f.Decl.Recv.List[0].Names) == 0 {
		return nil
	}
	v, _ := info.Defs[f.Decl.Recv.List[0].Names[0]].(*types.Var)
	return v
}

func isPointerRecv(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	if recv == nil {
		return false
	}
	_, ok := recv.Type().(*types.Pointer)
	return ok
}

// keyParam returns 1 + the position (funcgraph.ParamIndex) of the
// parameter of f that is the key of the map element lhs (m[name]), or
// 0.
// memoFill reports whether lhs is m[k] and body reads m[k], the same
// map and key variable, before it: the fill of a read-through cache
// (if v, ok := m[k]; ok { return v }; ...; m[k] = v).
func memoFill(info *types.Info, body *ast.BlockStmt, lhs ast.Expr) bool {
	ix, ok := ast.Unparen(lhs).(*ast.IndexExpr)
	if !ok {
		return false
	}
	m, k := typematch.NamedObject(info, ix.X), typematch.NamedObject(info, ix.Index)
	kv := info.Types[ix.Index].Value // a constant key: cache["all"]
	if m == nil || k == nil && kv == nil {
		return false
	}
	sameKey := func(e ast.Expr) bool {
		if kv != nil {
			v := info.Types[e].Value
			return v != nil && v.Kind() == kv.Kind() && constant.Compare(v, token.EQL, kv)
		}
		return typematch.NamedObject(info, e) == k
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found || n == nil || n.Pos() >= lhs.Pos() {
			return false
		}
		if r, ok := n.(*ast.IndexExpr); ok && typematch.NamedObject(info, r.X) == m && sameKey(r.Index) {
			found = true
		}
		return !found
	})
	return found
}

// ttlFill reports whether lhs is m[k] for a map whose entries are
// judged by their age (ttlCaches).
func (fp *factsPass) ttlFill(lhs ast.Expr) bool {
	ix, ok := ast.Unparen(lhs).(*ast.IndexExpr)
	return ok && fp.ttl[typematch.NamedObject(fp.pass.TypesInfo, ix.X)]
}

// ttlStore reports whether call stores into a sync.Map whose entries
// the package judges by age (ttlCaches).
func (fp *factsPass) ttlStore(call *ast.CallExpr, fn *types.Func) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	return ok && recvNamed(fn, "sync", "Map") && fp.ttl[typematch.NamedObject(fp.pass.TypesInfo, sel.X)]
}

// existingKey reports whether lhs is m[k] where k is checked, before
// the write, to name a file or program that exists
// (funcgraph.ExistenceChecked).
func existingKey(info *types.Info, g *funcgraph.Graph, f *funcgraph.Func, lhs ast.Expr) bool {
	ix, ok := ast.Unparen(lhs).(*ast.IndexExpr)
	if !ok {
		return false
	}
	id, ok := ast.Unparen(ix.Index).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	return ok && g.ExistenceChecked(info, f.Body(), v, lhs.Pos())
}

func keyParam(info *types.Info, f *funcgraph.Func, lhs ast.Expr) int {
	ix, ok := ast.Unparen(lhs).(*ast.IndexExpr)
	if !ok {
		return 0
	}
	id, ok := ast.Unparen(ix.Index).(*ast.Ident)
	if !ok {
		return 0
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok {
		return 0
	}
	return funcgraph.ParamIndex(f.Sig, v) + 1
}

// counter reports whether e, bumped (e++, e += k), is a counter: a
// number that is not an element of a map or slice. A count kept per key
// (hits[ip]++) is per-client state, such as a rate limit's.
func counter(info *types.Info, e ast.Expr) bool {
	if _, ok := ast.Unparen(e).(*ast.IndexExpr); ok {
		return false
	}
	t := info.TypeOf(e)
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsNumeric != 0
}

// lookedUp reports whether body reads an entry of a map of the
// receiver recv before pos (e, ok := c.conns[id]): a method of the
// receiver called after it fills that cache on a miss.
func lookedUp(info *types.Info, body *ast.BlockStmt, recv *types.Var, pos token.Pos) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found || n == nil || n.Pos() >= pos {
			return false
		}
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Rhs) != 1 {
			return true
		}
		if ix, ok := ast.Unparen(as.Rhs[0]).(*ast.IndexExpr); ok && isMapExpr(info, ix.X) {
			acc, ok := resolve(info, ix.X)
			found = ok && acc.v == recv && len(acc.fields) > 0
		}
		return !found
	})
	return found
}

// sizeChecked reports whether body compares the size of container
// (len(m) < max, len(m) >= max, in either order) before pos: the
// function caps what it adds, or evicts when the container is full.
func sizeChecked(info *types.Info, body *ast.BlockStmt, container ast.Expr, pos token.Pos) bool {
	want, ok := resolve(info, container)
	if !ok {
		return false
	}
	isLen := func(e ast.Expr) bool {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || !isBuiltin(info, call, "len") {
			return false
		}
		acc, ok := resolve(info, call.Args[0])
		return ok && sameAccess(acc, want)
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found || n == nil || n.Pos() >= pos {
			return false
		}
		if b, ok := n.(*ast.BinaryExpr); ok {
			switch b.Op {
			case token.LSS, token.LEQ, token.GTR, token.GEQ:
				found = isLen(b.X) && !funcgraph.IsZeroValue(info, b.Y) || isLen(b.Y) && !funcgraph.IsZeroValue(info, b.X)
			}
		}
		return !found
	})
	return found
}

// processHandle reports whether a value of type t is a handle on this
// process's own goroutines: a signal channel (chan struct{}, to stop or
// wait for a loop), a context's cancel function, a pointer to a worker
// struct holding one, or a slice or map of them. A registry of such
// handles (the stop channels of the sync loops this instance runs) is
// per process by nature: no shared store could hold it, so when
// synchronised it is not an instance's state to move. So is a value
// whose methods start and stop work of its own (Start and Stop: a
// collector or poller this process runs). Channels that carry messages
// and callbacks are not handles: a registry of them is an in-process
// fan-out.
func processHandle(t types.Type) bool {
	if t == nil {
		return false
	}
	handle := func(t types.Type) bool {
		if typematch.IsNamed(t, "context", "CancelFunc") || typematch.IsNamed(t, "context", "CancelCauseFunc") {
			return true
		}
		if lifecycle(t) {
			return true
		}
		ch, ok := t.Underlying().(*types.Chan)
		if !ok {
			return false
		}
		st, ok := ch.Elem().Underlying().(*types.Struct)
		return ok && st.NumFields() == 0
	}
	if handle(t) {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return processHandle(u.Elem())
	case *types.Map:
		return processHandle(u.Elem())
	case *types.Pointer:
		st, ok := u.Elem().Underlying().(*types.Struct)
		if !ok {
			return false
		}
		for i := range st.NumFields() {
			if handle(st.Field(i).Type()) {
				return true
			}
		}
	}
	return false
}

// lifecycle reports whether a value of type t, an interface or a
// pointer to a named type, has methods Start and Stop: the handle of
// work that runs in the background of this process until stopped.
func lifecycle(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Interface:
	case *types.Pointer:
		if typematch.NamedOf(u.Elem()) == nil {
			return false
		}
	default:
		return false
	}
	ms := types.NewMethodSet(t)
	return ms.Lookup(nil, "Start") != nil && ms.Lookup(nil, "Stop") != nil
}

// typeKey reports whether e, a map key in f, names a type of the
// program: a reflect.Type, or what a chain of reflect calls from
// reflect.TypeOf(x) gives (its String or Name), directly or through a
// local given it once. The program has finitely many types, so a
// registry keyed by them (type info, singletons per type) is bounded.
func (fp *factsPass) typeKey(f *funcgraph.Func, e ast.Expr) bool {
	info := fp.pass.TypesInfo
	if typematch.IsNamed(info.TypeOf(e), "reflect", "Type") {
		return true
	}
	if id, ok := ast.Unparen(e).(*ast.Ident); ok && f != nil {
		if v, ok := info.Uses[id].(*types.Var); ok {
			if d := fp.defs.Single(f, v); d != nil {
				e = d
			}
		}
	}
	return fromTypeOf(info, e)
}

// fromTypeOf reports whether e is reflect.TypeOf(x), or a method call
// on a reflect.Type or reflect.Value that is itself such a chain
// (reflect.TypeOf(x).Elem().String(), reflect.ValueOf(x).Type()).
func fromTypeOf(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "reflect" {
		return false
	}
	if fn.Signature().Recv() == nil {
		return fn.Name() == "TypeOf" || fn.Name() == "ValueOf"
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	return ok && fromTypeOf(info, sel.X)
}

// keyedFill reports whether call, a library container's store of a
// value under a key (sync.Map Store, a cache's Set or Add), fills a
// cache: the function looked the key up in the same container first,
// and stores what a call given the key computed (if v, ok :=
// m.Load(p); ok { return v }; re := regexp.MustCompile(p); m.Store(p, re)).
func (fp *factsPass) keyedFill(f *funcgraph.Func, call *ast.CallExpr, fn *types.Func) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || fn.Signature().Recv() == nil || len(call.Args) < 2 || f.Body() == nil {
		return false
	}
	return walk.LookedUp(fp.pass.TypesInfo, f.Body(), sel.X, call.Args[0], call.Pos()) && fp.defs.ComputedFrom(f, call.Args[1], call.Args[0])
}

// lazyCall reports whether the call at pos of a method on recv (x is
// recv itself) is the body of a lazy initialisation of recv's state: it
// sits in the branch of an if that tests a field of recv for its zero
// value (if o.provider == nil { o.init() }), so the method fills what
// was found unset, once per process, as a field filled lazily in
// place is (lazyFill).
func lazyCall(info *types.Info, body *ast.BlockStmt, recv *types.Var, x ast.Expr, pos token.Pos) bool {
	if id, ok := ast.Unparen(x).(*ast.Ident); !ok || info.Uses[id] != recv {
		return false
	}
	tested := func(e ast.Expr) bool {
		a, ok := resolve(info, e)
		return ok && a.v == recv && len(a.fields) > 0
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found || n == nil || n.Pos() > pos || n.End() <= pos {
			return false // does not hold the call
		}
		ifs, ok := n.(*ast.IfStmt)
		if !ok || pos < ifs.Body.Pos() || pos >= ifs.Body.End() {
			return true
		}
		if b, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr); ok && b.Op == token.EQL {
			found = tested(b.X) && funcgraph.IsZeroValue(info, b.Y) || tested(b.Y) && funcgraph.IsZeroValue(info, b.X)
		}
		return !found
	})
	return found
}

// emptied reports whether the i-th assignment of as empties a map or a
// slice (c.byKey = nil, c.items = map[string]item{}, c.q = c.q[:0]): an
// eviction of every entry, as clear(m) is.
func emptied(info *types.Info, as *ast.AssignStmt, i int) bool {
	if as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return false
	}
	t := info.TypeOf(as.Lhs[i])
	if t == nil {
		return false // _
	}
	switch t.Underlying().(type) {
	case *types.Map, *types.Slice:
		return fresh(info, as.Rhs[i])
	}
	return false
}
