package globalstate

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/typematch"
)

// ttlCaches returns the maps (and sync.Maps) of the package whose
// entries are read back and judged by their age: an entry taken from
// the map (e, ok := m[k]; e := m[k]; for _, e := range m; v, ok :=
// sm.Load(k), then e, ok := v.(item)) whose field is given to
// time.Since or to Sub, or compared with After or Before
// (time.Now().After(e.expires)). That is a hand-written TTL cache: its
// writes fill a cache whose divergence between instances is by design,
// as the read-through fills that memoFill finds.
func ttlCaches(info *types.Info, root inspector.Cursor) map[types.Object]bool {
	entries := make(map[types.Object]types.Object) // entry variable → its map
	for cur := range root.Preorder((*ast.AssignStmt)(nil), (*ast.RangeStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE || len(n.Rhs) != 1 {
				continue
			}
			id, ok := n.Lhs[0].(*ast.Ident)
			if !ok || info.Defs[id] == nil {
				continue
			}
			var m types.Object
			switch r := ast.Unparen(n.Rhs[0]).(type) {
			case *ast.IndexExpr:
				if isMapExpr(info, r.X) {
					m = typematch.NamedObject(info, r.X)
				}
			case *ast.CallExpr: // v, ok := sm.Load(k)
				if fn, ok := typeutil.Callee(info, r).(*types.Func); ok && fn.Name() == "Load" && recvNamed(fn, "sync", "Map") {
					if sel, ok := ast.Unparen(r.Fun).(*ast.SelectorExpr); ok {
						m = typematch.NamedObject(info, sel.X)
					}
				}
			case *ast.TypeAssertExpr: // e, ok := v.(item), v an entry
				if x, ok := ast.Unparen(r.X).(*ast.Ident); ok {
					m = entries[info.Uses[x]]
				}
			}
			if m != nil {
				entries[info.Defs[id]] = m
			}
		case *ast.RangeStmt:
			if !isMapExpr(info, n.X) || n.Value == nil {
				continue
			}
			if m := typematch.NamedObject(info, n.X); m != nil {
				if id, ok := n.Value.(*ast.Ident); ok && info.Defs[id] != nil {
					entries[info.Defs[id]] = m
				}
			}
		}
	}
	out := make(map[types.Object]bool)
	if len(entries) == 0 {
		return out
	}
	for cur := range root.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn, ok := typeutil.Callee(info, call).(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "time" || len(call.Args) != 1 {
			continue
		}
		judged := []ast.Expr{call.Args[0]} // time.Since(e.at), now.Sub(e.at)
		switch fn.Name() {
		case "Since", "Sub":
		case "After", "Before": // time.Now().After(e.expires), e.expires.Before(now)
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				judged = append(judged, sel.X)
			}
		default:
			continue
		}
		for _, e := range judged {
			sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
			if !ok {
				continue
			}
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
				if m := entries[info.Uses[id]]; m != nil {
					out[m] = true
				}
			}
		}
	}
	return out
}

// isMapExpr reports whether e is a map.
func isMapExpr(info *types.Info, e ast.Expr) bool {
	_, ok := typeOf(info, e).(*types.Map)
	return ok
}

// ttlGuarded reports whether body judges the age of a time kept in v
// (time.Since(c.updated), time.Until(c.expires), now.Sub(c.at),
// c.expires.Before(now)): a hand-written TTL cache, whose fields the
// function refills when they are too old. Its writes fill a cache
// whose divergence between instances is by design.
func ttlGuarded(info *types.Info, body *ast.BlockStmt, v *types.Var) bool {
	if body == nil || v == nil {
		return false
	}
	in := func(e ast.Expr) bool {
		acc, ok := resolve(info, e)
		return ok && acc.v == v && len(acc.fields) > 0
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if found || !ok {
			return !found
		}
		fn, ok := typeutil.Callee(info, call).(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "time" {
			return true
		}
		switch fn.Name() {
		case "Since", "Until":
			found = len(call.Args) == 1 && in(call.Args[0])
		case "Sub", "Before", "After":
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && len(call.Args) == 1 {
				found = in(sel.X) || in(call.Args[0])
				if !found {
					// c.at.Add(ttl).Before(now)
					if inner, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok {
						if isel, ok := ast.Unparen(inner.Fun).(*ast.SelectorExpr); ok {
							found = in(isel.X)
						}
					}
				}
			}
		}
		return !found
	})
	return found
}

// lazyFill reports whether the write at pos to acc, a field of a
// method's receiver, fills it lazily: the function compares the same
// field with its zero value before (if r.id != "" { return r.id } ...
// r.id = load(); if r.t == nil { r.t = ... }). The receiver computes it
// once and keeps it, a cache of its own.
func lazyFill(info *types.Info, body *ast.BlockStmt, acc access, pos token.Pos) bool {
	if body == nil || len(acc.fields) == 0 {
		return false
	}
	same := func(e ast.Expr) bool {
		if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && len(call.Args) == 1 {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "len" {
				e = call.Args[0]
			}
		}
		a, ok := resolve(info, e)
		return ok && sameAccess(a, acc)
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found || n == nil || n.Pos() >= pos {
			return false
		}
		if b, ok := n.(*ast.BinaryExpr); ok && (b.Op == token.EQL || b.Op == token.NEQ) {
			found = same(b.X) && funcgraph.IsZeroValue(info, b.Y) || same(b.Y) && funcgraph.IsZeroValue(info, b.X)
		}
		return !found
	})
	return found
}

// drained returns the fields of the package's types that a function
// swaps out to drain them: it takes the value into a local (or copies
// it out) and puts a fresh one in its place (q := a.queue; a.queue =
// make(...), nil or a.queue[:0]), then works on what it took. Such a field is a write-behind buffer whose
// contents go elsewhere (a database, in batches), not state that
// requests read back; filling it is quiet.
func drained(info *types.Info, root inspector.Cursor) map[*types.Var]bool {
	out := make(map[*types.Var]bool)
	for cur := range root.Preorder((*ast.BlockStmt)(nil)) {
		taken := make(map[string]bool) // fields read into a local, by access path
		for _, st := range cur.Node().(*ast.BlockStmt).List {
			if es, ok := st.(*ast.ExprStmt); ok {
				// copy(elements, q.in): taken too.
				if call, ok := es.X.(*ast.CallExpr); ok && isBuiltin(info, call, "copy") && len(call.Args) == 2 {
					if acc, ok := resolve(info, call.Args[1]); ok && len(acc.fields) > 0 {
						taken[acc.v.Name()+acc.path] = true
					}
				}
				continue
			}
			as, ok := st.(*ast.AssignStmt)
			if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
				continue
			}
			if as.Tok == token.DEFINE {
				if acc, ok := resolve(info, as.Rhs[0]); ok && len(acc.fields) > 0 {
					taken[acc.v.Name()+acc.path] = true
				}
				continue
			}
			acc, ok := resolve(info, as.Lhs[0])
			if !ok || len(acc.fields) == 0 || !taken[acc.v.Name()+acc.path] || !fresh(info, as.Rhs[0]) {
				continue
			}
			out[acc.fields[len(acc.fields)-1].Origin()] = true
		}
	}
	return out
}

// fresh reports whether e is a new empty container: nil, make(...), a
// composite literal with no elements, or a slice cut to none (q[:0]).
func fresh(info *types.Info, e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return len(x.Elts) == 0
	case *ast.CallExpr:
		return isBuiltin(info, x, "make")
	case *ast.SliceExpr:
		return x.Low == nil && x.High != nil && funcgraph.IsZeroValue(info, x.High)
	}
	tv, ok := info.Types[e]
	return ok && tv.IsNil()
}

// tryLocks returns the atomic flags of the package used as a lock: a
// flag that an if statement swaps from its zero value and that gives up
// when it cannot (if !running.CompareAndSwap(false, true) { return }),
// or that runs its body only when it can (if running.CompareAndSwap(false,
// true) { defer running.Store(false); ... }). Such a flag guards work
// as a mutex does, per process by design; writing it keeps no state.
func tryLocks(info *types.Info, root inspector.Cursor) map[types.Object]bool {
	out := make(map[types.Object]bool)
	for cur := range root.Preorder((*ast.IfStmt)(nil)) {
		n := cur.Node().(*ast.IfStmt)
		cond, negated := ast.Unparen(n.Cond), false
		if u, ok := cond.(*ast.UnaryExpr); ok && u.Op == token.NOT {
			cond, negated = ast.Unparen(u.X), true
		}
		call, ok := cond.(*ast.CallExpr)
		if !ok || len(call.Args) != 2 || !funcgraph.IsZeroValue(info, call.Args[0]) || funcgraph.IsZeroValue(info, call.Args[1]) {
			continue
		}
		fn, ok := typeutil.Callee(info, call).(*types.Func)
		if !ok || fn.Name() != "CompareAndSwap" || fn.Pkg() == nil || fn.Pkg().Path() != "sync/atomic" {
			continue
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || negated && !returnsFrom(n.Body) {
			continue
		}
		if obj := typematch.NamedObject(info, sel.X); obj != nil {
			out[obj] = true
		}
	}
	return out
}

// returnsFrom reports whether block ends in a return statement.
func returnsFrom(block *ast.BlockStmt) bool {
	if len(block.List) == 0 {
		return false
	}
	_, ok := block.List[len(block.List)-1].(*ast.ReturnStmt)
	return ok
}
