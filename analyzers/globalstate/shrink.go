package globalstate

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
)

// shrinks finds, for every package-level variable used in the package,
// the paths under it that something may shrink: delete and clear,
// reassignment outside init and main (v = v[1:], v = nil, v =
// make(...)), removal methods (sync.Map.Delete, list.Remove,
// heap.Pop), and, conservatively, any use that lets the container
// escape where eviction could happen (passed to a function, aliased,
// returned). A map or slice that nothing shrinks and the request path
// grows is unbounded.
func shrinks(info *types.Info, root inspector.Cursor) map[*types.Var]map[string]bool {
	out := make(map[*types.Var]map[string]bool)
	for cur := range root.Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		v, _ := info.Uses[id].(*types.Var)
		if v == nil || !funcgraph.IsPackageLevel(v) {
			continue
		}
		if cur.ParentEdgeKind() == edge.SelectorExpr_Sel {
			cur = cur.Parent() // pkg.V
		}
		if path, ok := shrunkAt(info, cur); ok {
			if out[v] == nil {
				out[v] = make(map[string]bool)
			}
			out[v][path] = true
		}
	}
	return out
}

// shrunkAt climbs from a use of a variable through field selectors,
// indexes and dereferences, and reports whether its context may shrink
// the container there, and that container's path.
func shrunkAt(info *types.Info, cur inspector.Cursor) (string, bool) {
	path := ""
	for {
		parent := cur.Parent()
		switch p := parent.Node().(type) {
		case *ast.ParenExpr, *ast.StarExpr:
			cur = parent
			continue
		case *ast.SelectorExpr:
			if cur.ParentEdgeKind() == edge.SelectorExpr_X {
				if sel := info.Selections[p]; sel != nil && sel.Kind() == types.FieldVal {
					path += "." + p.Sel.Name
					cur = parent
					continue
				}
				return path, methodShrinks(info, p)
			}
		case *ast.IndexExpr:
			if cur.ParentEdgeKind() == edge.IndexExpr_X {
				path += "[]"
				cur = parent
				continue
			}
			return path, false // used as a key
		}
		break
	}
	e := cur.Node().(ast.Expr)
	if _, basic := typeOf(info, e).(*types.Basic); basic {
		return path, false // a number or a string holds no entries
	}
	parent := cur.Parent()
	switch p := parent.Node().(type) {
	case *ast.AssignStmt:
		if cur.ParentEdgeKind() != edge.AssignStmt_Lhs {
			return path, escapes(info, e)
		}
		if p.Tok != token.ASSIGN {
			return path, false // x += 1
		}
		i := cur.ParentEdgeIndex()
		if len(p.Lhs) == len(p.Rhs) && isAppendTo(info, p.Rhs[i], e) {
			return path, false
		}
		return path, !inStartup(cur)
	case *ast.UnaryExpr:
		if p.Op == token.AND {
			if call, ok := parent.Parent().Node().(*ast.CallExpr); ok && parent.ParentEdgeKind() == edge.CallExpr_Args {
				return path, argShrinks(info, call, parent.ParentEdgeIndex())
			}
			return path, true // its address escapes
		}
		return path, false
	case *ast.CallExpr:
		if cur.ParentEdgeKind() == edge.CallExpr_Args {
			return path, argShrinks(info, p, cur.ParentEdgeIndex())
		}
		return path, false // calling a function value
	case *ast.IncDecStmt, *ast.BinaryExpr, *ast.RangeStmt, *ast.SliceExpr,
		*ast.IfStmt, *ast.SwitchStmt, *ast.ExprStmt:
		return path, false
	}
	return path, escapes(info, e)
}

// escapes reports whether using e elsewhere (aliased, returned, stored)
// may let other code shrink it: any value but a basic one.
func escapes(info *types.Info, e ast.Expr) bool {
	_, basic := typeOf(info, e).(*types.Basic)
	return !basic
}

// argShrinks reports whether passing a container as argument i of call
// may shrink it.
func argShrinks(info *types.Info, call *ast.CallExpr, i int) bool {
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := info.Uses[id].(*types.Builtin); ok {
			switch b.Name() {
			case "delete", "clear":
				return true
			case "append":
				return i != 0
			}
			return false // len, cap, copy, print...
		}
	}
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return true // a conversion: the value lives on under another type
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return true
	}
	if m, ok := libraryMutation(fn); ok {
		return i != 0 || m.shrink
	}
	return fn.Pkg() == nil || !readOnlyPackage(fn.Pkg().Path())
}

// methodShrinks reports whether calling the method selected by sel on
// a container may shrink it: the removal methods of sync.Map and
// container/list, and, conservatively, any method of a type of the
// program, which may evict.
func methodShrinks(info *types.Info, sel *ast.SelectorExpr) bool {
	s := info.Selections[sel]
	if s == nil {
		return true
	}
	fn, _ := s.Obj().(*types.Func)
	if fn == nil {
		return true
	}
	if m, ok := libraryMutation(fn); ok {
		return m.shrink
	}
	if fn.Pkg() == nil {
		return true
	}
	switch fn.Pkg().Path() {
	case "sync", "sync/atomic", "container/list":
		return false // Load, Range, Len, Front...
	}
	return true
}

// inStartup reports whether cur is in init, or in main of package main:
// a reassignment there sets a variable up rather than evicting.
func inStartup(cur inspector.Cursor) bool {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		d, ok := c.Node().(*ast.FuncDecl)
		if !ok {
			return false
		}
		return d.Recv == nil && (d.Name.Name == "init" || d.Name.Name == "main")
	}
	return false
}

// isShrunk reports whether something shrinks the container at path
// under v: at path itself or at any prefix of it (resetting a struct
// resets its maps).
func isShrunk(paths map[string]bool, fact []string, path string) bool {
	for p := range paths {
		if strings.HasPrefix(path, p) {
			return true
		}
	}
	return slices.ContainsFunc(fact, func(p string) bool { return strings.HasPrefix(path, p) })
}
