package sessions

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/typematch"
)

// lookups returns the maps of the package (variables and fields) that
// its code reads by key: m[k] used as a value (v := m[k], v, ok :=
// m[k], m[k].F, m[k] += 1), or a sync.Map's Load, LoadOrStore or
// LoadAndDelete. A session store is looked up by the request's token;
// a map that is only written by key, ranged over and swapped is a
// queue or a buffer (a write-behind batch of last-access times), not
// where sessions are found.
func lookups(info *types.Info, in *inspector.Inspector) map[types.Object]bool {
	out := make(map[types.Object]bool)
	for cur := range in.Root().Preorder((*ast.IndexExpr)(nil), (*ast.CallExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.IndexExpr:
			if !isMap(info.TypeOf(n.X)) || writtenOnly(cur) {
				continue
			}
			if obj := typematch.NamedObject(info, n.X); obj != nil {
				out[obj] = true
			}
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(info, n).(*types.Func)
			if fn == nil || fn.Signature().Recv() == nil || !typematch.IsPointerTo(fn.Signature().Recv().Type(), "sync", "Map") {
				continue
			}
			switch fn.Name() {
			case "Load", "LoadOrStore", "LoadAndDelete":
				if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
					if obj := typematch.NamedObject(info, sel.X); obj != nil {
						out[obj] = true
					}
				}
			}
		}
	}
	return out
}

// writtenOnly reports whether the index expression at cur is only the
// target of a plain assignment (m[k] = v), which stores without
// reading.
func writtenOnly(cur inspector.Cursor) bool {
	for cur.ParentEdgeKind() == edge.ParenExpr_X {
		cur = cur.Parent()
	}
	if cur.ParentEdgeKind() != edge.AssignStmt_Lhs {
		return false
	}
	as := cur.Parent().Node().(*ast.AssignStmt)
	return as.Tok == token.ASSIGN || as.Tok == token.DEFINE
}

// neverLookedUp reports whether obj, a map this package declares and no
// other package can name, is never read by key here (lookups): it is
// not a session store whatever keys it.
func (c *checker) neverLookedUp(obj types.Object) bool {
	if obj == nil || obj.Exported() || obj.Pkg() != c.pass.Pkg {
		return false
	}
	if c.lookedUp == nil {
		c.lookedUp = lookups(c.pass.TypesInfo, c.in)
	}
	return !c.lookedUp[obj]
}
