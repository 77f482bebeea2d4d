package walk

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/typematch"
)

// LookedUp reports whether body, before pos, reads the entry of key in
// container: container[key], or a method of container called with key
// first whose name says it reads (Get…, Load…, Lookup…, Peek…). It is
// the lookup a read-through cache makes before it fills the entry on a
// miss. The container and the key are the same when they name the same
// variable or field, or are written the same.
func LookedUp(info *types.Info, body *ast.BlockStmt, container, key ast.Expr, pos token.Pos) bool {
	same := func(a, b ast.Expr) bool { return sameExpr(info, a, b) }
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found || n == nil || n.Pos() >= pos {
			return false
		}
		switch n := n.(type) {
		case *ast.IndexExpr:
			found = same(n.X, container) && same(n.Index, key)
		case *ast.CallExpr:
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if !ok || len(n.Args) == 0 || info.Selections[sel] == nil {
				break
			}
			switch name := sel.Sel.Name; {
			case strings.HasPrefix(name, "Get"), strings.HasPrefix(name, "Load"), strings.HasPrefix(name, "Lookup"), strings.HasPrefix(name, "Peek"):
				found = same(sel.X, container) && same(n.Args[0], key)
			}
		}
		return !found
	})
	return found
}

// sameExpr reports whether a and b name the same variable or field, or
// are written the same.
func sameExpr(info *types.Info, a, b ast.Expr) bool {
	if oa, ob := typematch.NamedObject(info, a), typematch.NamedObject(info, b); oa != nil || ob != nil {
		return oa == ob && types.ExprString(a) == types.ExprString(b)
	}
	return types.ExprString(a) == types.ExprString(b)
}

// ComputedFrom reports whether value, an expression of f, is what a
// call given key returned: the call itself (regexp.Compile(pattern)),
// or a local that such a call assigns (re, err := regexp.Compile(p)),
// directly or through one more local. A value computed from its key is
// what a cache keeps; a value of its own (time.Now(), a new session) is
// state.
func (d *Defs) ComputedFrom(f *funcgraph.Func, value, key ast.Expr) bool {
	return d.computedFrom(f, value, key, 2)
}

func (d *Defs) computedFrom(f *funcgraph.Func, value, key ast.Expr, depth int) bool {
	switch e := ast.Unparen(value).(type) {
	case *ast.CallExpr:
		for _, a := range e.Args {
			if sameExpr(d.info, a, key) {
				return true
			}
		}
	case *ast.StarExpr:
		return d.computedFrom(f, e.X, key, depth)
	case *ast.UnaryExpr:
		return d.computedFrom(f, e.X, key, depth)
	case *ast.Ident:
		v, ok := d.info.ObjectOf(e).(*types.Var)
		if depth == 0 || !ok || v.IsField() {
			return false
		}
		for _, def := range d.Of(f)[v] {
			if _, whole := ast.Unparen(def.Lhs).(*ast.Ident); whole && (def.How == Assign || def.How == Tuple) && def.Value != nil && d.computedFrom(f, def.Value, key, depth-1) {
				return true
			}
		}
	}
	return false
}

// ReadThrough returns the method calls of body that serve a
// read-through cache written by hand: a lookup through a method of a
// value that outlives the call, guarding an early return
//
//	if v, ok := s.stats.get(); ok { return v, nil }
//	if v := s.cache.Get(ctx, k); v != nil { return v }
//
// (the method's last result a bool tested by the condition, or its
// first result compared with nil), and the calls of methods on the same
// value after that if statement (s.stats.set(v, ttl)), which fill it on
// a miss. Without such a fill the lookup is not a cache's and nothing
// is returned: a get-or-fail is no cache. Function literals are not
// entered.
func ReadThrough(info *types.Info, body *ast.BlockStmt) map[*ast.CallExpr]bool {
	var out map[*ast.CallExpr]bool
	if body == nil {
		return nil
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			x, lookup := guardedLookup(info, n)
			if x == nil {
				return true
			}
			var fills []*ast.CallExpr
			ast.Inspect(body, func(m ast.Node) bool {
				if _, ok := m.(*ast.FuncLit); ok {
					return false
				}
				if call, ok := m.(*ast.CallExpr); ok && call.Pos() >= n.End() {
					if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && isMethodVal(info, sel) && sameExpr(info, sel.X, x) {
						fills = append(fills, call)
					}
				}
				return true
			})
			if len(fills) > 0 {
				if out == nil {
					out = make(map[*ast.CallExpr]bool)
				}
				out[lookup] = true
				for _, c := range fills {
					out[c] = true
				}
			}
		}
		return true
	})
	return out
}

// guardedLookup returns the value and the call of an if statement that
// looks a value up through a method and returns when it is found (see
// ReadThrough); nil otherwise.
func guardedLookup(info *types.Info, ifs *ast.IfStmt) (ast.Expr, *ast.CallExpr) {
	as, ok := ifs.Init.(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 {
		return nil, nil
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return nil, nil
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || !isMethodVal(info, sel) || !outlives(info, sel.X) {
		return nil, nil
	}
	res := info.Selections[sel].Type().(*types.Signature).Results()
	if res.Len() != len(as.Lhs) || res.Len() == 0 {
		return nil, nil
	}
	lhs := func(i int) types.Object {
		if id, ok := as.Lhs[i].(*ast.Ident); ok {
			return info.ObjectOf(id)
		}
		return nil
	}
	last := res.Len() - 1
	hit := func(e ast.Expr) bool {
		switch e := ast.Unparen(e).(type) {
		case *ast.Ident: // ok
			b, isBool := res.At(last).Type().Underlying().(*types.Basic)
			return isBool && b.Kind() == types.Bool && lhs(last) != nil && info.Uses[e] == lhs(last)
		case *ast.BinaryExpr: // v != nil
			id, ok := ast.Unparen(e.X).(*ast.Ident)
			return ok && e.Op == token.NEQ && lhs(0) != nil && info.Uses[id] == lhs(0) && funcgraph.IsZeroValue(info, e.Y)
		}
		return false
	}
	cond := ifs.Cond
	if b, ok := ast.Unparen(cond).(*ast.BinaryExpr); ok && b.Op == token.LAND && hit(b.X) {
		cond = b.X
	}
	if !hit(cond) || !returnsIn(ifs.Body) {
		return nil, nil
	}
	return sel.X, call
}

// isMethodVal reports whether sel selects a method of a value.
func isMethodVal(info *types.Info, sel *ast.SelectorExpr) bool {
	s := info.Selections[sel]
	return s != nil && s.Kind() == types.MethodVal
}

// outlives reports whether x is a value kept between calls: a field, or
// a package-level variable.
func outlives(info *types.Info, x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.SelectorExpr:
		s := info.Selections[x]
		return s != nil && s.Kind() == types.FieldVal
	case *ast.Ident:
		v, ok := info.Uses[x].(*types.Var)
		return ok && funcgraph.IsPackageLevel(v)
	}
	return false
}

// returnsIn reports whether b holds a return statement outside
// function literals.
func returnsIn(b *ast.BlockStmt) bool {
	found := false
	ast.Inspect(b, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			found = true
		}
		return !found
	})
	return found
}
