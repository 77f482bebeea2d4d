// Package typematch matches types by import path and name without
// allocating, so that analyzers recognise library types (net/http's
// Request, gin's Context, database/sql's Rows) by resolved object, never
// by the text of the code, and names the object an expression refers
// to (NamedObject). The idea of IsNamed is that of x/tools'
// internal/typesinternal/isnamed.go, which is not importable.
package typematch

import (
	"go/ast"
	"go/types"
)

// IsNamed reports whether t is the named type path.name, through aliases.
func IsNamed(t types.Type, path, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	obj := n.Obj()
	return obj.Name() == name && obj.Pkg() != nil && obj.Pkg().Path() == path
}

// IsPointerTo reports whether t is *path.name.
func IsPointerTo(t types.Type, path, name string) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	return ok && IsNamed(p.Elem(), path, name)
}

// NamedOf returns the named type of t or of *t, or nil.
func NamedOf(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	return n
}

// NamedObject returns the object that an identifier or a selector names
// (x, s.f, pkg.V), or nil for any other expression.
func NamedObject(info *types.Info, e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return info.ObjectOf(e)
	case *ast.SelectorExpr:
		return info.ObjectOf(e.Sel)
	}
	return nil
}
