package funcgraph

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// A span is a range of source, [pos, end).
type span struct{ pos, end token.Pos }

// lazyInits records, for each function, where it initialises
// package-level state once: the branch of a lazy initialisation
//
//	if v == nil { // or "", 0, false, len(v) == 0, !v; possibly && more
//		...
//		v = ...
//	}
//
// and the rest of a function after a guard that returns once the state
// is set, when that rest sets it (a lazy getter, a one-time setup
// handler):
//
//	if v != nil { // or v, v != "", len(v) > 0
//		return v
//	}
//	...
//	v = ...
//
// v is a package-level variable or a field path from one (app.Setup).
// The same holds for a refresh guarded by freshness, where the state
// may also be a field of the method's receiver (freshTested):
//
//	if time.Since(c.expiry) < 0 { // still valid
//		return
//	}
//	... // fetch a new token
//	c.expiry = ...
//
// which runs once per period, not per call.
// Such code runs once per process, on the first request that finds v
// unset (or a few times, when requests race to it): it is not redone
// per request, and every instance computes the same value, as with
// sync.Once.
func (b *builder) lazyInits(root inspector.Cursor) {
	info := b.pass.TypesInfo
	for cur := range root.Preorder((*ast.IfStmt)(nil)) {
		n := cur.Node().(*ast.IfStmt)
		if v := zeroTested(info, n.Cond); v != "" && (assigns(info, n.Body, v) || b.callsAssigner(n.Body, v)) {
			if f := b.enclosing(cur); f != nil {
				f.lazy = append(f.lazy, span{n.Body.Pos(), n.Body.End()})
			}
		}
	}
	for _, f := range b.g.Funcs {
		body := f.Body()
		if body == nil {
			continue
		}
		for i, st := range body.List {
			n, ok := st.(*ast.IfStmt)
			if !ok || n.Else != nil || !returns(n.Body) {
				continue
			}
			var v string
			if n.Init == nil {
				v = setTested(info, n.Cond)
			} else {
				v = loadTested(info, n.Init, n.Cond)
			}
			rest := &ast.BlockStmt{List: body.List[i+1:]}
			if v != "" && assigns(info, rest, v) {
				f.lazy = append(f.lazy, span{n.End(), body.End()})
				break
			}
			// if time.Since(c.fetched) < ttl { return c.v }; ...;
			// c.fetched = time.Now(): refreshed once per period.
			if n.Init == nil && freshTested(info, f, n.Cond, rest) {
				f.lazy = append(f.lazy, span{n.End(), body.End()})
				break
			}
		}
	}
}

// callsAssigner reports whether body calls a function of this package
// that assigns the state v: if v == nil { initLookup() }, where
// initLookup sets v, or if cfg.store == nil { cfg.newStore() }, where
// the method sets its receiver's store. One call deep, outside function
// literals.
func (b *builder) callsAssigner(body *ast.BlockStmt, v string) bool {
	info := b.pass.TypesInfo
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			fn, ok := typeutil.Callee(info, n).(*types.Func)
			if !ok || fn.Pkg() != b.pass.Pkg {
				break
			}
			g := b.g.byObj[fn]
			if g == nil || g.Body() == nil {
				break
			}
			if assigns(info, g.Body(), v) {
				found = true
				break
			}
			// A method of the state's parent: the field path below its
			// receiver.
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			recv := fn.Signature().Recv()
			if !ok || recv == nil {
				break
			}
			if base := statePath(info, sel.X); base != "" && strings.HasPrefix(v, base+".") {
				rel := "recv" + v[len(base):]
				found = assignsPath(info, g.Body(), rel, func(e ast.Expr) string { return recvPath(info, recv, e) })
			}
		}
		return !found
	})
	return found
}

// NotPerRequest reports whether pos, in f, is inside code that does not
// run per request: a lazy initialisation of package-level state
// (lazyInits), which runs once per process, or a branch that only tests
// take (testOnlyBranches).
func (f *Func) NotPerRequest(pos token.Pos) bool {
	for _, s := range f.lazy {
		if s.pos <= pos && pos < s.end {
			return true
		}
	}
	return false
}

// zeroTested returns the package-level state (statePath) that cond tests
// for its zero value (v == nil, v == "", v == 0, len(v) == 0, !v,
// v == false), alone or as an operand of && or ||; "" if none.
func zeroTested(info *types.Info, cond ast.Expr) string {
	switch e := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT && isBool(info, e.X) {
			return statePath(info, e.X)
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND, token.LOR:
			// v == nil && more; v == nil || stale(v): filled when empty
			// (or refreshed when stale), a read-through cache.
			if v := zeroTested(info, e.X); v != "" {
				return v
			}
			return zeroTested(info, e.Y)
		case token.EQL:
			return comparedTo(info, e, true)
		}
	}
	return ""
}

// setTested returns the package-level state that cond tests for being
// set (v, v != nil, v != "", v != 0, len(v) > 0, len(v) != 0); "" if
// none.
func setTested(info *types.Info, cond ast.Expr) string {
	switch e := ast.Unparen(cond).(type) {
	case *ast.Ident, *ast.SelectorExpr:
		if isBool(info, e) {
			return statePath(info, e)
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.NEQ:
			return comparedTo(info, e, true)
		case token.GTR:
			return comparedTo(info, e, false)
		}
	}
	return ""
}

// loadTested returns the package-level atomic (atomic.Pointer,
// atomic.Value) that init loads into a local and cond tests for being
// set, alone or as an operand of &&: `if c := v.Load(); c != nil &&
// fresh(c) { return c.x }`, the hit of a read-through cache; "" if none.
func loadTested(info *types.Info, init ast.Stmt, cond ast.Expr) string {
	as, ok := init.(*ast.AssignStmt)
	if !ok || as.Tok != token.DEFINE || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return ""
	}
	id, ok := as.Lhs[0].(*ast.Ident)
	if !ok {
		return ""
	}
	local, _ := info.Defs[id].(*types.Var)
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok || local == nil {
		return ""
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Load" || !isAtomic(info.TypeOf(sel.X)) {
		return ""
	}
	v := statePath(info, sel.X)
	if v == "" {
		return ""
	}
	tests := func(e ast.Expr) bool {
		b, ok := e.(*ast.BinaryExpr)
		if !ok || b.Op != token.NEQ {
			return false
		}
		x, y := b.X, b.Y
		if IsZeroValue(info, x) {
			x, y = y, x
		}
		xid, ok := ast.Unparen(x).(*ast.Ident)
		return ok && info.Uses[xid] == local && IsZeroValue(info, y)
	}
	if !anyConjunct(cond, tests) {
		return ""
	}
	return v
}

// isAtomic reports whether t is one of sync/atomic's types, or a
// pointer to one.
func isAtomic(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "sync/atomic"
}

// comparedTo returns the state compared with a zero value by e (either
// side; for > only v > 0 and len(v) > 0), or "".
func comparedTo(info *types.Info, e *ast.BinaryExpr, symmetric bool) string {
	x, y := e.X, e.Y
	if symmetric && IsZeroValue(info, x) {
		x, y = y, x
	}
	if !IsZeroValue(info, y) {
		return ""
	}
	if call, ok := ast.Unparen(x).(*ast.CallExpr); ok {
		if isLen(info, call) && len(call.Args) == 1 {
			return statePath(info, call.Args[0])
		}
		return ""
	}
	return statePath(info, x)
}

func isBool(info *types.Info, e ast.Expr) bool {
	t := info.TypeOf(e)
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}

// IsZeroValue reports whether e is nil or a constant zero value: 0, "", false.
func IsZeroValue(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	if !ok {
		return false
	}
	if tv.IsNil() {
		return true
	}
	if tv.Value == nil {
		return false
	}
	switch tv.Value.ExactString() {
	case "0", `""`, "false":
		return true
	}
	return false
}

// statePath renders e when it is a package-level variable or a chain of
// field selections from one ("cfg", "core.App.Setup"), else "".
func statePath(info *types.Info, e ast.Expr) string {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := info.Uses[x].(*types.Var); ok && IsPackageLevel(v) {
			return v.Pkg().Path() + "." + v.Name()
		}
	case *ast.SelectorExpr:
		if v, ok := info.Uses[x.Sel].(*types.Var); ok && IsPackageLevel(v) {
			return v.Pkg().Path() + "." + v.Name() // pkg.V
		}
		if sel := info.Selections[x]; sel != nil && sel.Kind() == types.FieldVal {
			if base := statePath(info, x.X); base != "" {
				return base + "." + x.Sel.Name
			}
		}
	}
	return ""
}

// returns reports whether body ends in a return statement.
func returns(body *ast.BlockStmt) bool {
	if len(body.List) == 0 {
		return false
	}
	_, ok := body.List[len(body.List)-1].(*ast.ReturnStmt)
	return ok
}

// assigns reports whether body assigns the state v as a whole (v = ...,
// v, err = ..., or v.Store(...) of an atomic), outside function
// literals.
func assigns(info *types.Info, body *ast.BlockStmt, v string) bool {
	if assignsPath(info, body, v, func(e ast.Expr) string { return statePath(info, e) }) {
		return true
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && (sel.Sel.Name == "Store" || sel.Sel.Name == "Swap") &&
				isAtomic(info.TypeOf(sel.X)) && statePath(info, sel.X) == v {
				found = true
			}
		}
		return !found
	})
	return found
}

// testOnlyBranches records the branches that only tests take:
//
//	if isUnderTest { // or isUnderTest && more
//		sent = append(sent, m) // a recorder for assertions
//		return
//	}
//
// where isUnderTest is a package-level boolean of this package that
// starts false and is set to anything but false only in files that
// import package testing (a Fake() helper beside the assertions). In
// the running service it stays false, and the branch never runs.
func (b *builder) testOnlyBranches(root inspector.Cursor) {
	info := b.pass.TypesInfo
	testing := make(map[*ast.File]bool)
	for _, f := range b.pass.Files {
		for _, imp := range f.Imports {
			if imp.Path.Value == `"testing"` {
				testing[f] = true
			}
		}
	}
	if len(testing) == 0 {
		return
	}
	// The package's booleans, and whether code outside test helpers may
	// set them true.
	switches := make(map[*types.Var]bool) // var → only test helpers set it
	for fcur := range root.Preorder((*ast.File)(nil)) {
		file := fcur.Node().(*ast.File)
		for cur := range fcur.Preorder((*ast.ValueSpec)(nil), (*ast.AssignStmt)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.ValueSpec:
				for i, name := range n.Names {
					v, ok := info.Defs[name].(*types.Var)
					if !ok || !IsPackageLevel(v) || !isBool(info, name) {
						continue
					}
					if _, seen := switches[v]; !seen {
						switches[v] = true
					}
					if i < len(n.Values) && !isFalse(info, n.Values[i]) {
						switches[v] = false
					}
				}
			case *ast.AssignStmt:
				for i, lhs := range n.Lhs {
					id, ok := ast.Unparen(lhs).(*ast.Ident)
					if !ok {
						continue
					}
					v, ok := info.Uses[id].(*types.Var)
					if !ok || !IsPackageLevel(v) || v.Pkg() != b.pass.Pkg {
						continue
					}
					if testing[file] || (len(n.Rhs) == len(n.Lhs) && isFalse(info, n.Rhs[i])) {
						continue
					}
					switches[v] = false
				}
			}
		}
	}
	for cur := range root.Preorder((*ast.UnaryExpr)(nil)) {
		// &isUnderTest: anything may set it through the pointer.
		n := cur.Node().(*ast.UnaryExpr)
		if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND {
			if v, ok := info.Uses[id].(*types.Var); ok {
				switches[v] = false
			}
		}
	}
	for cur := range root.Preorder((*ast.IfStmt)(nil)) {
		n := cur.Node().(*ast.IfStmt)
		if !testSwitch(info, n.Cond, switches) {
			continue
		}
		if f := b.enclosing(cur); f != nil {
			f.lazy = append(f.lazy, span{n.Body.Pos(), n.Body.End()})
		}
	}
}

// testSwitch reports whether cond is a test-only switch, alone or as an
// operand of &&.
func testSwitch(info *types.Info, cond ast.Expr, switches map[*types.Var]bool) bool {
	return anyConjunct(cond, func(e ast.Expr) bool {
		id, ok := e.(*ast.Ident)
		if !ok {
			return false
		}
		v, ok := info.Uses[id].(*types.Var)
		return ok && switches[v]
	})
}

// anyConjunct reports whether pred holds for cond or for one of the
// operands of its top-level && chain, each unparenthesised: the test
// that must be true for the branch to run.
func anyConjunct(cond ast.Expr, pred func(ast.Expr) bool) bool {
	cond = ast.Unparen(cond)
	if b, ok := cond.(*ast.BinaryExpr); ok && b.Op == token.LAND {
		return anyConjunct(b.X, pred) || anyConjunct(b.Y, pred)
	}
	return pred(cond)
}

func isFalse(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil && tv.Value.ExactString() == "false"
}

// devSwitches records the branches of a development switch: an if
// whose condition is a start-up setting (a boolean package-level
// variable, a field of one, or a field of a method's receiver, maybe
// negated) and whose other branch only assigns the same locals from
// values computed before (a field, a map of templates, a package-level
// variable), as in
//
//	if cfg.UseCache {
//		t = templates[name]
//	} else {
//		t = template.Must(template.ParseFiles(name)) // rebuilt in development only
//	}
//
// The branch that rebuilds runs only where the setting says so, a
// development instance; in production the precomputed value is read.
// So does an if with no else whose body only reloads the process's
// state, each statement a call with no arguments and no results, and
// whose condition is such a setting or a method of one asked with no
// arguments:
//
//	if h.config.IsDev() {
//		loadTemplates() // start-up's work, redone in development only
//	}
func (b *builder) devSwitches(root inspector.Cursor) {
	info := b.pass.TypesInfo
	for cur := range root.Preorder((*ast.IfStmt)(nil)) {
		n := cur.Node().(*ast.IfStmt)
		if n.Init != nil {
			continue
		}
		f := b.enclosing(cur)
		if f == nil {
			continue
		}
		if n.Else == nil && reloads(info, n.Body) && b.devSetting(f, n.Cond) {
			f.lazy = append(f.lazy, span{n.Body.Pos(), n.Body.End()})
			continue
		}
		els, ok := n.Else.(*ast.BlockStmt)
		if !ok || !b.setting(f, n.Cond) {
			continue
		}
		for _, pair := range [2][2]*ast.BlockStmt{{n.Body, els}, {els, n.Body}} {
			work, reads := pair[0], pair[1]
			if vars := precomputed(info, reads); len(vars) > 0 && assignsAll(info, work, vars) {
				f.lazy = append(f.lazy, span{work.Pos(), work.End()})
			}
		}
	}
}

// reloads reports whether every statement of block is a call with no
// arguments and no results (loadTemplates(), s.reload()): work on the
// process's own state.
func reloads(info *types.Info, block *ast.BlockStmt) bool {
	for _, st := range block.List {
		es, ok := st.(*ast.ExprStmt)
		if !ok {
			return false
		}
		call, ok := ast.Unparen(es.X).(*ast.CallExpr)
		if !ok || len(call.Args) > 0 {
			return false
		}
		sig, ok := types.Unalias(info.TypeOf(call.Fun)).(*types.Signature)
		if !ok || sig.Params().Len() > 0 || sig.Results().Len() > 0 {
			return false
		}
	}
	return len(block.List) > 0
}

// devSetting reports whether cond, in f, is a start-up setting
// (setting), or a method of one asked with no arguments for a boolean,
// maybe negated: cfg.IsDev(), or config.Get().IsDev() on what a
// package-level function with no arguments returns.
func (b *builder) devSetting(f *Func, cond ast.Expr) bool {
	if b.setting(f, cond) {
		return true
	}
	info := b.pass.TypesInfo
	c := ast.Unparen(cond)
	if u, ok := c.(*ast.UnaryExpr); ok && u.Op == token.NOT {
		c = ast.Unparen(u.X)
	}
	call, ok := c.(*ast.CallExpr)
	if !ok || len(call.Args) > 0 || !isBool(info, call) {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	if s := info.Selections[sel]; s == nil || s.Kind() != types.MethodVal {
		return false
	}
	if get, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok {
		fn, ok := typeutil.Callee(info, get).(*types.Func)
		return ok && len(get.Args) == 0 && fn.Signature().Recv() == nil
	}
	return b.settingPath(f, sel.X)
}

// setting reports whether cond, in f, is a boolean start-up setting,
// maybe negated: a package-level variable or a field chain from one
// (statePath), or a field chain from the receiver of the method f is
// in.
func (b *builder) setting(f *Func, cond ast.Expr) bool {
	info := b.pass.TypesInfo
	cond = ast.Unparen(cond)
	if u, ok := cond.(*ast.UnaryExpr); ok && u.Op == token.NOT {
		cond = ast.Unparen(u.X)
	}
	if !isBool(info, cond) {
		return false
	}
	return b.settingPath(f, cond)
}

// settingPath reports whether e, in f, is a package-level variable or
// a field chain from one (statePath), or a field chain from the
// receiver of the method f is in.
func (b *builder) settingPath(f *Func, e ast.Expr) bool {
	info := b.pass.TypesInfo
	cond := ast.Unparen(e)
	if statePath(info, cond) != "" {
		return true
	}
	var recv *types.Var
	for g := f; g != nil; g = g.Outer {
		if g.Obj != nil {
			recv = g.Obj.Signature().Recv()
			break
		}
	}
	if recv == nil {
		return false
	}
	sel, ok := cond.(*ast.SelectorExpr)
	for ok {
		if s := info.Selections[sel]; s == nil || s.Kind() != types.FieldVal {
			return false
		}
		switch x := ast.Unparen(sel.X).(type) {
		case *ast.Ident:
			return info.Uses[x] == recv
		case *ast.SelectorExpr:
			sel = x
		default:
			return false
		}
	}
	return false
}

// precomputed returns the locals that every statement of block assigns
// from a value computed before, with no call (t = s.tmpl, t =
// templates[name]); nil when a statement does anything else.
func precomputed(info *types.Info, block *ast.BlockStmt) []types.Object {
	var vars []types.Object
	for _, st := range block.List {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
			return nil
		}
		for i, l := range as.Lhs {
			v := localVar(info, l)
			if v == nil {
				return nil
			}
			calls := false
			ast.Inspect(as.Rhs[i], func(n ast.Node) bool {
				if _, ok := n.(*ast.CallExpr); ok {
					calls = true
				}
				return !calls
			})
			if calls {
				return nil
			}
			vars = append(vars, v)
		}
	}
	return vars
}

// assignsAll reports whether block assigns every one of vars.
func assignsAll(info *types.Info, block *ast.BlockStmt, vars []types.Object) bool {
	set := make(map[types.Object]bool)
	ast.Inspect(block, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, l := range as.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok {
					set[info.ObjectOf(id)] = true
				}
			}
		}
		return true
	})
	for _, v := range vars {
		if !set[v] {
			return false
		}
	}
	return true
}

// freshTested reports whether cond tests that a time kept in
// long-lived state (a package-level variable or a field of f's
// receiver, or a path from either) is still fresh, and rest assigns
// it: a value refreshed once per period (a token renewed when it
// expires, a TTL cache), whose refresh does not run per request.
// Fresh: time.Since(t) < d (or <=), time.Until(t) > d (or >=), the
// same with the operands swapped, time.Now().Before(t) and
// t.After(time.Now()), where t may be t.Add(d); alone or as an operand
// of &&.
func freshTested(info *types.Info, f *Func, cond ast.Expr, rest *ast.BlockStmt) bool {
	var recv *types.Var
	if f.Sig != nil && f.Sig.Recv() != nil {
		recv = f.Sig.Recv()
	}
	path := func(e ast.Expr) string {
		if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Add" && isTime(info.TypeOf(sel.X)) {
				e = sel.X // t.Add(ttl)
			}
		}
		if p := statePath(info, e); p != "" {
			return p
		}
		return recvPath(info, recv, e)
	}
	var tested []string
	var visit func(e ast.Expr)
	visit = func(e ast.Expr) {
		switch e := ast.Unparen(e).(type) {
		case *ast.BinaryExpr:
			switch e.Op {
			case token.LAND:
				visit(e.X)
				visit(e.Y)
			case token.LSS, token.LEQ, token.GTR, token.GEQ:
				less := e.Op == token.LSS || e.Op == token.LEQ
				if t, ok := timeCall(info, e.X, "Since"); ok && less {
					tested = append(tested, path(t))
				}
				if t, ok := timeCall(info, e.Y, "Since"); ok && !less {
					tested = append(tested, path(t))
				}
				if t, ok := timeCall(info, e.X, "Until"); ok && !less {
					tested = append(tested, path(t))
				}
				if t, ok := timeCall(info, e.Y, "Until"); ok && less {
					tested = append(tested, path(t))
				}
			}
		case *ast.CallExpr:
			sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
			if !ok || len(e.Args) != 1 || !isTime(info.TypeOf(sel.X)) {
				return
			}
			switch sel.Sel.Name {
			case "Before": // time.Now().Before(t)
				if isNow(info, sel.X) {
					tested = append(tested, path(e.Args[0]))
				}
			case "After": // t.After(time.Now())
				if isNow(info, e.Args[0]) {
					tested = append(tested, path(sel.X))
				}
			}
		}
	}
	visit(cond)
	for _, v := range tested {
		if v != "" && assignsPath(info, rest, v, func(e ast.Expr) string {
			if p := statePath(info, e); p != "" {
				return p
			}
			return recvPath(info, recv, e)
		}) {
			return true
		}
	}
	return false
}

// timeCall returns the argument of time.<name>(t) when e is that call.
func timeCall(info *types.Info, e ast.Expr, name string) (ast.Expr, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return nil, false
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "time" || fn.Name() != name || fn.Signature().Recv() != nil {
		return nil, false
	}
	return call.Args[0], true
}

// isNow reports whether e is a call of time.Now.
func isNow(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "time" && fn.Name() == "Now"
}

// isTime reports whether t is time.Time.
func isTime(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "time" && n.Obj().Name() == "Time"
}

// recvPath renders e, a field path from recv (c.fetched, c.tok.expiry),
// as "recv.fetched"; "" for anything else.
func recvPath(info *types.Info, recv *types.Var, e ast.Expr) string {
	if recv == nil {
		return ""
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		if info.Uses[x] == recv {
			return "recv"
		}
	case *ast.SelectorExpr:
		if sel := info.Selections[x]; sel != nil && sel.Kind() == types.FieldVal {
			if base := recvPath(info, recv, x.X); base != "" {
				return base + "." + x.Sel.Name
			}
		}
	case *ast.StarExpr:
		return recvPath(info, recv, x.X)
	}
	return ""
}

// assignsPath reports whether body assigns the state that path names
// v (a plain assignment).
func assignsPath(info *types.Info, body *ast.BlockStmt, v string, path func(ast.Expr) string) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			if n.Tok != token.ASSIGN {
				return true
			}
			for _, lhs := range n.Lhs {
				if path(lhs) == v {
					found = true
				}
			}
		}
		return !found
	})
	return found
}
