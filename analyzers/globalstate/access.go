package globalstate

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
)

// access is an expression that reaches the memory of a variable: the
// variable itself, a field of it, an element of it, or what it points
// to, through any chain of selectors, indexes and dereferences.
type access struct {
	v        *types.Var   // the root variable
	fields   []*types.Var // the fields selected on the way
	path     string       // the selectors from the root: ".m", ".byID[].n"
	indirect bool         // goes through a pointer, map or slice: shared by copies of the root
	exempt   bool         // a type on the way is per instance by design (sync.Once, a logger, a metric)
}

// resolve returns the access that e is, if e is made of a variable and
// selectors, indexes and dereferences; calls and conversions break it.
func resolve(info *types.Info, e ast.Expr) (access, bool) {
	var acc access
	var ok bool
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, _ := info.Uses[x].(*types.Var)
		if v == nil || v.IsField() {
			return acc, false
		}
		acc, ok = access{v: v}, true
	case *ast.SelectorExpr:
		sel := info.Selections[x]
		if sel == nil { // a qualified identifier: pkg.V
			v, _ := info.Uses[x.Sel].(*types.Var)
			if v == nil || v.IsField() {
				return acc, false
			}
			acc, ok = access{v: v}, true
			break
		}
		if sel.Kind() != types.FieldVal {
			return acc, false
		}
		if acc, ok = resolve(info, x.X); !ok {
			return acc, false
		}
		f, _ := sel.Obj().(*types.Var)
		if f == nil {
			return acc, false
		}
		if sel.Indirect() {
			acc.indirect = true
		}
		acc.fields = append(acc.fields, f)
		acc.path += "." + f.Name()
	case *ast.IndexExpr:
		if acc, ok = resolve(info, x.X); !ok {
			return acc, false
		}
		switch typeOf(info, x.X).(type) {
		case *types.Map, *types.Slice, *types.Pointer:
			acc.indirect = true
		case nil:
			return acc, false
		}
		acc.path += "[]"
	case *ast.StarExpr:
		if acc, ok = resolve(info, x.X); !ok {
			return acc, false
		}
		acc.indirect = true
	case *ast.UnaryExpr:
		if x.Op != token.AND {
			return acc, false
		}
		return resolve(info, x.X)
	default:
		return acc, false
	}
	if exemptType(info.TypeOf(e)) {
		acc.exempt = true
	}
	return acc, ok
}

// typeOf returns the underlying type of e, or nil.
func typeOf(info *types.Info, e ast.Expr) types.Type {
	t := info.TypeOf(e)
	if t == nil {
		return nil
	}
	return t.Underlying()
}

// sameAccess reports whether a and b are the same variable and path.
func sameAccess(a, b access) bool { return a.v == b.v && a.path == b.path }

// isAppendTo reports whether rhs is append(lhs, ...): a slice grown in
// place.
func isAppendTo(info *types.Info, rhs, lhs ast.Expr) bool {
	call, ok := ast.Unparen(rhs).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 || !isBuiltin(info, call, "append") {
		return false
	}
	a, ok1 := resolve(info, call.Args[0])
	b, ok2 := resolve(info, lhs)
	return ok1 && ok2 && sameAccess(a, b)
}

func isBuiltin(info *types.Info, call *ast.CallExpr, name string) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := info.Uses[id].(*types.Builtin)
	return ok && b.Name() == name
}

// isConstant reports whether e is a constant: a map entry under a
// constant key is one entry, not a growing set.
func isConstant(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() != constant.Unknown
}

// lockEvents are the lock and unlock calls in a function body, outside
// its literals, in source order; deferred unlocks hold until return and
// are left out.
type lockEvents []lockEvent

type lockEvent struct {
	pos  token.Pos
	lock bool
	// until, when the call is in a block that ends by returning (if
	// found { mu.Unlock(); return v }), is where that block ends: the
	// code after it runs only when the block did not, so the call does
	// not count there.
	until token.Pos
}

func collectLocks(body *ast.BlockStmt, callee func(*ast.CallExpr) *types.Func) lockEvents {
	var evs lockEvents
	deferred := make(map[*ast.CallExpr]bool)
	var stack []ast.Node // the nodes around the one visited, innermost last
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case nil:
			stack = stack[:len(stack)-1]
			return true
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			deferred[n.Call] = true
		case *ast.CallExpr:
			if eff := funcgraph.LockEffect(callee(n)); eff != 0 && !deferred[n] {
				ev := lockEvent{pos: n.Pos(), lock: eff > 0}
				for i := len(stack) - 1; i >= 0; i-- {
					if b, ok := stack[i].(*ast.BlockStmt); ok && b != body && len(b.List) > 0 {
						if _, ret := b.List[len(b.List)-1].(*ast.ReturnStmt); ret {
							ev.until = b.End()
						}
						break // the innermost block decides
					}
				}
				evs = append(evs, ev)
			}
		}
		stack = append(stack, n)
		return true
	})
	slices.SortFunc(evs, func(a, b lockEvent) int { return int(a.pos) - int(b.pos) })
	return evs
}

// held reports whether a lock is held at pos: the last lock or unlock
// call before it takes a lock. It reads the code in order, ignoring
// branches, which is right for the Lock/defer Unlock and
// Lock…Unlock shapes.
func (evs lockEvents) held(pos token.Pos) bool {
	held := false
	for _, e := range evs {
		if e.pos >= pos {
			break
		}
		if e.until.IsValid() && pos >= e.until {
			continue // in a block that returned before pos
		}
		held = e.lock
	}
	return held
}
