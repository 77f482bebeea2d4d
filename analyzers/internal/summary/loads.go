package summary

import (
	"go/ast"
	"go/types"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

// Loads reports whether call reads from a store that every instance
// shares: a database query or a call to another service, made by the
// call itself or by the function it runs (of this package, or of
// another by its summary). A copy of what it returns, kept in memory,
// is a cache of that store.
func (r *Result) Loads(call *ast.CallExpr) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.loads(call)
}

func (r *Result) loads(call *ast.CallExpr) bool {
	s := r.siteOf(call)
	if s == nil {
		return false
	}
	ops := r.imported[s]
	if op, ok := r.direct[s]; ok {
		ops = append(ops[:len(ops):len(ops)], op)
	}
	if s.Target != nil {
		ops = append(ops[:len(ops):len(ops)], r.funcs[s.Target]...)
	}
	for _, op := range ops {
		if op.Kind == catalog.Query || op.Kind == catalog.Remote {
			return true
		}
	}
	return false
}

// Loaded reports whether e, an expression of f, holds what a call that
// Loads returned: the call itself, or a local variable that such a call
// assigns (v, err := repo.Get(ctx, id)) or fills (db.Get(&v, q, id),
// db.QueryRow(q, id).Scan(&v)), directly or through one more local.
func (r *Result) Loaded(defs *walk.Defs, f *funcgraph.Func, e ast.Expr) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.loaded(defs, f, e, 2)
}

func (r *Result) loaded(defs *walk.Defs, f *funcgraph.Func, e ast.Expr, depth int) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if r.loads(e) {
			return true
		}
		// row.Scan(&v) on what a query returned: db.QueryRow(q, k).Scan(&v)
		sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
		return ok && r.loaded(defs, f, sel.X, depth)
	case *ast.UnaryExpr:
		return r.loaded(defs, f, e.X, depth)
	case *ast.StarExpr:
		return r.loaded(defs, f, e.X, depth)
	case *ast.Ident:
		v, ok := r.c.info.ObjectOf(e).(*types.Var)
		if depth == 0 || !ok || v.IsField() {
			return false
		}
		for _, def := range defs.Of(f)[v] {
			if _, whole := ast.Unparen(def.Lhs).(*ast.Ident); whole && (def.How == walk.Assign || def.How == walk.Tuple || def.How == walk.Addr) && def.Value != nil && r.loaded(defs, f, def.Value, depth-1) {
				return true
			}
		}
	}
	return false
}
