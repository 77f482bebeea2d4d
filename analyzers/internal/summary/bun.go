package summary

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
)

const bunPath = "github.com/uptrace/bun"

// bun works out the SQL, bounds and batching of a bun finisher from its
// builder chain: db.NewSelect().Model(&xs).Where(...).Limit(n).Scan(ctx).
func (c *classifier) bun(s *funcgraph.Site, call *ast.CallExpr, out *Op) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	chain, known := c.bunChain(s.Func, sel.X, 0)
	bounded, slice := false, false
	var model ast.Expr
	for _, b := range chain {
		fn, _ := typeutil.Callee(c.info, b).(*types.Func)
		switch fn.Name() {
		case "NewRaw":
			if len(b.Args) > 0 {
				if text, ok := c.constString(s.Func, b.Args[0], 0); ok {
					c.applySQL(text, out)
				}
			}
			return
		case "Model":
			if len(b.Args) == 1 {
				model = b.Args[0]
				slice = isSliceish(c.info.TypeOf(model))
			}
		case "Where", "WhereOr", "WhereGroup", "WherePK", "Limit", "Join", "Apply", "TableExpr", "ModelTableExpr":
			// Apply and the table expressions may add anything:
			// precision first.
			bounded = true
			for _, a := range b.Args {
				if text, ok := c.constString(s.Func, a, 0); ok && gormBatched(text) {
					out.Batched = true
				}
			}
		case "Bulk":
			out.Batched = true
		}
	}
	if out.Kind == catalog.Exec {
		if slice {
			out.Batched = true // a slice model: one multi-row statement
		}
		return
	}
	finisher := s.Callee.Name()
	if !known || bounded || finisher == "Exists" || model != nil && !slice && finisher != "Count" {
		return // a single struct model reads one row; Count counts them all whatever the model
	}
	if model == nil && len(call.Args) > 0 {
		for _, a := range call.Args[1:] {
			if !isSliceish(c.info.TypeOf(a)) {
				return // scanned into a value: one row
			}
		}
	}
	switch finisher {
	case "Count":
		out.Unbounded = "COUNT over the whole table"
	case "Scan", "ScanAndCount", "Rows", "Exec":
		out.Unbounded = "no WHERE, no LIMIT"
		if model != nil {
			out.Table = modelName(c.info.TypeOf(model))
		}
	}
}

// bunChain returns the bun builder calls below a finisher's receiver,
// outermost first, and whether the chain was followed to its root: a
// bun handle (a parameter, field or global of type *bun.DB, bun.Tx,
// bun.IDB...) or a New* call on one. A query built over several
// statements, or by a helper, is not known.
func (c *classifier) bunChain(f *funcgraph.Func, x ast.Expr, depth int) (chain []*ast.CallExpr, known bool) {
	if depth > 4 {
		return nil, false
	}
	for {
		switch e := ast.Unparen(x).(type) {
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(c.info, e).(*types.Func)
			if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != bunPath {
				return chain, false
			}
			chain = append(chain, e)
			inner, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
			if !ok {
				return chain, false
			}
			x = inner.X
		case *ast.Ident:
			v, ok := c.info.Uses[e].(*types.Var)
			if !ok {
				return chain, false
			}
			if isLocal(v) && !isParam(f, v) && !bunHandle(v.Type()) {
				defs := c.localDefs(f)[v]
				if len(defs) != 1 {
					return chain, false
				}
				more, k := c.bunChain(f, defs[0], depth+1)
				return append(chain, more...), k
			}
			return chain, bunHandle(v.Type())
		case *ast.SelectorExpr:
			return chain, bunHandle(c.info.TypeOf(e))
		default:
			return chain, false
		}
	}
}

// bunHandle reports whether t is a bun database handle.
func bunHandle(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != bunPath {
		return false
	}
	switch n.Obj().Name() {
	case "DB", "Tx", "Conn", "IDB", "IConn":
		return true
	}
	return false
}

// isSliceish reports whether t is a slice, an array or a pointer to one.
func isSliceish(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch t.Underlying().(type) {
	case *types.Slice, *types.Array:
		return true
	}
	return false
}
