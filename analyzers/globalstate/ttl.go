package globalstate

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

// ttlCaches returns the maps of the package whose entries are read back
// and judged by their age: an entry taken from the map (e, ok := m[k];
// e := m[k]; for _, e := range m) whose field is given to time.Since,
// or to time.Now().Sub. That is a hand-written TTL cache: its writes
// fill a cache whose divergence between instances is by design, as
// the read-through fills that memoFill finds.
func ttlCaches(info *types.Info, root inspector.Cursor) map[types.Object]bool {
	entries := make(map[types.Object]types.Object) // entry variable → its map
	for cur := range root.Preorder((*ast.AssignStmt)(nil), (*ast.RangeStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE || len(n.Rhs) != 1 {
				continue
			}
			ix, ok := ast.Unparen(n.Rhs[0]).(*ast.IndexExpr)
			if !ok || !isMapExpr(info, ix.X) {
				continue
			}
			if m := walk.NamedObject(info, ix.X); m != nil {
				if id, ok := n.Lhs[0].(*ast.Ident); ok && info.Defs[id] != nil {
					entries[info.Defs[id]] = m
				}
			}
		case *ast.RangeStmt:
			if !isMapExpr(info, n.X) || n.Value == nil {
				continue
			}
			if m := walk.NamedObject(info, n.X); m != nil {
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
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "time" || len(call.Args) != 1 || (fn.Name() != "Since" && fn.Name() != "Sub") {
			continue
		}
		sel, ok := ast.Unparen(call.Args[0]).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
			if m := entries[info.Uses[id]]; m != nil {
				out[m] = true
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
