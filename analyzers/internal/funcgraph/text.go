package funcgraph

import (
	"go/ast"
	"go/types"
)

// Written renders the function called at s as the code writes it when
// s is a call through a short selector chain (db.QueryContext,
// s.store.Set), and returns "" otherwise, so that messages name calls
// the way the reader sees them.
func (s *Site) Written() string {
	if s.Call == nil || s.Ref != nil {
		return ""
	}
	return ShortText(s.Call.Fun)
}

// ShortText renders e when it is a name or a chain of at most three
// selectors on a name (a.b.c.d), and returns "" otherwise.
func ShortText(e ast.Expr) string {
	if !shortChain(e) {
		return ""
	}
	return types.ExprString(e)
}

// CalleeText renders the function called or referenced at s as written
// when that is short (repo.Plans, s.store.Plans), else by its name in
// this package's graph (Server.plans) or as package.Name.
func (s *Site) CalleeText() string {
	expr := s.Expr()
	if call, ok := expr.(*ast.CallExpr); ok {
		expr = call.Fun
	}
	switch {
	case shortChain(expr):
		return types.ExprString(expr)
	case s.Target != nil:
		return s.Target.Name
	case s.Callee != nil && s.Callee.Pkg() != nil:
		return s.Callee.Pkg().Name() + "." + s.Callee.Name()
	case s.Callee != nil:
		return s.Callee.Name()
	}
	return "a call"
}

// shortChain reports whether e is a name or a chain of at most three
// selectors on a name (a.b.c.d).
func shortChain(e ast.Expr) bool {
	for depth := 0; depth <= 3; depth++ {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return true
		case *ast.SelectorExpr:
			e = x.X
		default:
			return false
		}
	}
	return false
}
