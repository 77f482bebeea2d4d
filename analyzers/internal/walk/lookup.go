package walk

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// LookedUp reports whether body, before pos, reads the entry of key in
// container: container[key], or a method of container called with key
// first whose name says it reads (Get…, Load…, Lookup…, Peek…). It is
// the lookup a read-through cache makes before it fills the entry on a
// miss. The container and the key are the same when they name the same
// variable or field, or are written the same.
func LookedUp(info *types.Info, body *ast.BlockStmt, container, key ast.Expr, pos token.Pos) bool {
	same := func(a, b ast.Expr) bool {
		if oa, ob := NamedObject(info, a), NamedObject(info, b); oa != nil || ob != nil {
			return oa == ob && types.ExprString(a) == types.ExprString(b)
		}
		return types.ExprString(a) == types.ExprString(b)
	}
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
