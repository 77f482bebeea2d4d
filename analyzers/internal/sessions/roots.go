package sessions

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/typematch"
)

// root is what keeps a map alive, found from the map expression.
type root struct {
	kind     rootKind
	captured *types.Var
	holders  []types.Object // the variables and fields from the root to the map
	last     types.Object   // the map variable or field itself
	name     string
}

// rootOf finds what keeps the value of e alive beyond a call of f: a
// package-level variable, f's receiver, or a variable captured from an
// enclosing function. Locals, and values returned by calls, do not
// outlive the request; a local that is a plain copy of another
// expression (st := h.store) is followed.
func (c *checker) rootOf(f *funcgraph.Func, e ast.Expr, depth int) (root, bool) {
	if depth > 4 {
		return root{}, false
	}
	info := c.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.StarExpr:
		return c.rootOf(f, e.X, depth+1)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return c.rootOf(f, e.X, depth+1)
		}
	case *ast.IndexExpr:
		if isMap(info.TypeOf(e.X)) {
			return root{}, false // an element of a map is a copy, or a pointer we cannot follow
		}
		return c.rootOf(f, e.X, depth+1) // shards[i].m
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		if !ok {
			return root{}, false
		}
		if funcgraph.IsPackageLevel(v) {
			return root{kind: rootGlobal, holders: []types.Object{v}, last: v, name: v.Name()}, true
		}
		if f.Decl != nil && f.Sig.Recv() == v {
			return root{kind: rootRecv, name: v.Name()}, true
		}
		if !within(v.Pos(), f) {
			if c.requestScoped(f, v) {
				return root{}, false // a local of a handler, captured by a literal in it
			}
			return root{kind: rootCaptured, captured: v, holders: []types.Object{v}, last: v, name: v.Name()}, true
		}
		if rhs := c.defs.Single(f, v); rhs != nil {
			return c.rootOf(f, rhs, depth+1)
		}
	case *ast.SelectorExpr:
		sel := info.Selections[e]
		if sel == nil {
			// A qualified identifier: pkg.Sessions.
			if v, ok := info.Uses[e.Sel].(*types.Var); ok && funcgraph.IsPackageLevel(v) {
				return root{kind: rootGlobal, holders: []types.Object{v}, last: v, name: v.Pkg().Name() + "." + v.Name()}, true
			}
			return root{}, false
		}
		if sel.Kind() != types.FieldVal {
			return root{}, false
		}
		r, ok := c.rootOf(f, e.X, depth+1)
		if !ok {
			return root{}, false
		}
		field := sel.Obj()
		r.holders = append(append([]types.Object(nil), r.holders...), field)
		r.last = field
		r.name = field.Name()
		if n := typematch.NamedOf(sel.Recv()); n != nil {
			r.name = n.Obj().Name() + "." + field.Name()
		}
		return r, true
	}
	return root{}, false
}

// requestScoped reports whether v, captured by f, is declared in a
// function that runs per request (so v dies with the request), rather
// than in a handler factory or middleware constructor run at start-up.
func (c *checker) requestScoped(f *funcgraph.Func, v *types.Var) bool {
	for o := f.Outer; o != nil; o = o.Outer {
		if within(v.Pos(), o) {
			return c.rp.ReachedFrom(o) != nil
		}
	}
	return false
}
