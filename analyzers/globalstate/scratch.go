package globalstate

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/typematch"
)

// keyedOnly finds the unexported package-level maps and sync.Maps of
// the package whose entries are only ever reached by their key: every
// use indexes the map, deletes from it, takes its length, calls a
// sync.Map method that names one key, or assigns the variable. Nothing
// ranges over such a map or hands it out, so an entry is seen only by
// the code that holds its key. Keyed by the identity of an object (a
// transaction, a connection: a pointer), an entry is that object's
// scratch state, for as long as the object lives: it cannot be shared
// with another instance, and no request of this one sees another's
// entry. A map that is ranged over (a registry of connections that a
// broadcast walks) is shared state whatever its key.
func keyedOnly(pass *types.Package, info *types.Info, root inspector.Cursor) map[*types.Var]bool {
	out := make(map[*types.Var]bool)
	bad := make(map[*types.Var]bool)
	for cur := range root.Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		v, _ := info.Uses[id].(*types.Var)
		if v == nil || v.Pkg() != pass || v.Exported() || !funcgraph.IsPackageLevel(v) || bad[v] || !entryContainer(v.Type()) {
			continue
		}
		if keyedUse(info, cur) {
			out[v] = true
		} else {
			bad[v] = true
			delete(out, v)
		}
	}
	return out
}

// entryContainer reports whether t is a map or a sync.Map (or a
// pointer to one).
func entryContainer(t types.Type) bool {
	if _, ok := t.Underlying().(*types.Map); ok {
		return true
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n := typematch.NamedOf(t)
	return n != nil && typematch.IsNamed(n, "sync", "Map")
}

// keyedUse reports whether the use of a keyed-only candidate at cur
// reaches one entry by its key, or only its size, or replaces the map.
func keyedUse(info *types.Info, cur inspector.Cursor) bool {
	parent := cur.Parent()
	switch p := parent.Node().(type) {
	case *ast.IndexExpr:
		return cur.ParentEdgeKind() == edge.IndexExpr_X
	case *ast.AssignStmt:
		return cur.ParentEdgeKind() == edge.AssignStmt_Lhs
	case *ast.CallExpr:
		if cur.ParentEdgeKind() != edge.CallExpr_Args || len(p.Args) == 0 || p.Args[0] != cur.Node() {
			return false
		}
		return isBuiltin(info, p, "delete") || isBuiltin(info, p, "len")
	case *ast.SelectorExpr:
		if cur.ParentEdgeKind() != edge.SelectorExpr_X || parent.ParentEdgeKind() != edge.CallExpr_Fun {
			return false
		}
		switch p.Sel.Name {
		case "Load", "Store", "LoadOrStore", "LoadAndDelete", "Delete", "Swap", "CompareAndSwap", "CompareAndDelete":
			return len(parent.Parent().Node().(*ast.CallExpr).Args) > 0
		}
	}
	return false
}

// entryKey returns the key of the entry of a package-level variable v
// that e, a written expression (v[k], v[k].f, v[k][j]), changes, or
// nil.
func entryKey(info *types.Info, e ast.Expr) ast.Expr {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.IndexExpr:
			if id, ok := ast.Unparen(x.X).(*ast.Ident); ok {
				if v, ok := info.Uses[id].(*types.Var); ok && funcgraph.IsPackageLevel(v) {
					return x.Index
				}
			}
			e = x.X
		case *ast.SelectorExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// identity reports whether a key of type t names an object by its
// identity: a pointer or a channel, which no other process can hold.
func identity(t types.Type) bool {
	if t == nil {
		return false
	}
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Chan:
		return true
	}
	return false
}
