package funcgraph

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// lazyInits records, for each function, the bodies of its lazy
// initialisations of package-level variables:
//
//	if v == nil { // or "", 0, false, len(v) == 0, !v; possibly && more
//		...
//		v = ...
//	}
//
// Such a branch runs once per process, on the first request that finds
// v unset (or a few times, when requests race to it): what it does is
// not redone per request, and every instance computes the same value,
// as with sync.Once.
func (b *builder) lazyInits(root inspector.Cursor) {
	for cur := range root.Preorder((*ast.IfStmt)(nil)) {
		n := cur.Node().(*ast.IfStmt)
		v := zeroTested(b.pass.TypesInfo, n.Cond)
		if v == nil || !assigns(b.pass.TypesInfo, n.Body, v) {
			continue
		}
		if f := b.enclosing(cur); f != nil {
			f.lazy = append(f.lazy, n.Body)
		}
	}
}

// InLazyInit reports whether pos, in f, is inside a lazy initialisation
// of a package-level variable (if v == nil { ...; v = ... }): it runs
// once per process, not per request.
func (f *Func) InLazyInit(pos token.Pos) bool {
	for _, body := range f.lazy {
		if body.Pos() <= pos && pos < body.End() {
			return true
		}
	}
	return false
}

// InLazyInit reports whether the site is inside a lazy initialisation
// (Func.InLazyInit).
func (s *Site) InLazyInit() bool { return s.Func.InLazyInit(s.Pos()) }

// zeroTested returns the package-level variable that cond tests for its
// zero value (v == nil, v == "", v == 0, len(v) == 0, !v, v == false),
// alone or as an operand of &&.
func zeroTested(info *types.Info, cond ast.Expr) *types.Var {
	switch e := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return packageVar(info, e.X)
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND:
			if v := zeroTested(info, e.X); v != nil {
				return v
			}
			return zeroTested(info, e.Y)
		case token.EQL:
			x, y := e.X, e.Y
			if isZeroValue(info, x) {
				x, y = y, x
			}
			if !isZeroValue(info, y) {
				return nil
			}
			if call, ok := ast.Unparen(x).(*ast.CallExpr); ok {
				if isLen(info, call) && len(call.Args) == 1 {
					return packageVar(info, call.Args[0])
				}
				return nil
			}
			return packageVar(info, x)
		}
	}
	return nil
}

// isZero reports whether e is nil or a constant zero value: 0, "", false.
func isZeroValue(info *types.Info, e ast.Expr) bool {
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
	switch s := tv.Value.ExactString(); s {
	case "0", `""`, "false":
		return true
	}
	return false
}

// packageVar returns the package-level variable e names, or nil.
func packageVar(info *types.Info, e ast.Expr) *types.Var {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel // a variable of another package: pkg.V
	default:
		return nil
	}
	v, _ := info.Uses[id].(*types.Var)
	if v == nil || !IsPackageLevel(v) {
		return nil
	}
	return v
}

// assigns reports whether body assigns v as a whole (v = ..., v, err = ...),
// outside function literals.
func assigns(info *types.Info, body *ast.BlockStmt, v *types.Var) bool {
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
				if packageVar(info, lhs) == v {
					found = true
				}
			}
		}
		return !found
	})
	return found
}
