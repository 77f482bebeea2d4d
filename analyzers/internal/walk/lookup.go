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
