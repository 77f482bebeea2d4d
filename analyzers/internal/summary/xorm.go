package summary

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/sqltext"
)

// xormPath reports whether path is xorm, at any of its import paths.
func xormPath(path string) bool { return catalog.IsXorm(path) }

// xorm works out the SQL, bounds and batching of an xorm finisher from
// its arguments (SQL text, condition beans, the beans of an Insert) and
// its receiver chain: s.Where(...).In(...).Find(&xs).
func (c *classifier) xorm(s *funcgraph.Site, call *ast.CallExpr, out *Op) {
	name := s.Callee.Name()
	switch name {
	case "Exec", "Query", "QueryString", "QueryInterface":
		if len(call.Args) > 0 && !(call.Ellipsis.IsValid() && len(call.Args) == 1) {
			if text, ok := c.constString(s.Func, call.Args[0], 0); ok {
				c.applySQL(text, out)
			}
		}
		return
	case "Insert":
		// Insert(&rows) of a slice, or of several beans, is one
		// multi-row INSERT per table.
		if len(call.Args) > 1 || call.Ellipsis.IsValid() || (len(call.Args) == 1 && isSliceValue(c.info.TypeOf(call.Args[0]))) {
			out.Kind = catalog.Batch
		}
		return
	}
	ch := c.xormChain(s.Func, call, 0)
	out.Batched = ch.batched
	if out.Kind != catalog.Query {
		return
	}
	if ch.raw != "" {
		if name == "Get" || name == "Exist" { // one row, whatever the text
			out.SQL = ShortSQL(sqltext.Compact(ch.raw))
			return
		}
		c.applySQL(ch.raw, out)
		return
	}
	if !ch.known || ch.bounded || ch.batched {
		return
	}
	// Condition beans: a non-zero field of a bean is a condition, so
	// only new(T) and T{} are known to select every row.
	var conds []ast.Expr
	switch name {
	case "Find", "FindAndCount":
		if len(call.Args) > 0 {
			conds = call.Args[1:]
		}
	case "Count":
		conds = call.Args
	case "Iterate", "Rows":
		if len(call.Args) > 0 {
			conds = call.Args[:1]
		}
	default:
		return // Get and Exist read one row; Sum is an aggregate
	}
	for _, a := range conds {
		if !EmptyBean(c.info, a) {
			return
		}
	}
	if name == "Count" {
		out.Unbounded = "COUNT over the whole table"
	} else {
		out.Unbounded = "no WHERE, no LIMIT"
	}
	if len(call.Args) > 0 {
		out.Table = modelName(c.info.TypeOf(call.Args[0]))
	}
}

// xormChainInfo is what the receiver chain of an xorm finisher tells.
type xormChainInfo struct {
	bounded bool   // a condition, an ID or a limit
	batched bool   // In with many keys
	raw     string // the constant text given to SQL
	known   bool   // followed to its root: a parameter, field or global
}

// xormChain walks the receiver chain of an xorm call, through local
// variables assigned once. A Session is mutable: a condition added to
// the chain's root variable by a statement of its own
// (sess.Where(...)) bounds the query too.
func (c *classifier) xormChain(f *funcgraph.Func, call *ast.CallExpr, depth int) xormChainInfo {
	var ch xormChainInfo
	if depth > 8 {
		return ch
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return ch
	}
	for x := ast.Unparen(sel.X); ; {
		switch e := x.(type) {
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(c.info, e).(*types.Func)
			if fn == nil || fn.Pkg() == nil || !xormPath(fn.Pkg().Path()) {
				return xormChainInfo{} // a helper we cannot see into
			}
			if !c.xormBuilder(f, fn.Name(), e, &ch) {
				return xormChainInfo{}
			}
			inner, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
			if !ok {
				return xormChainInfo{}
			}
			x = ast.Unparen(inner.X)
		case *ast.Ident:
			v, ok := c.info.Uses[e].(*types.Var)
			if !ok {
				return xormChainInfo{}
			}
			if c.xormConditioned(f, v) {
				ch.bounded = true
			}
			if isLocal(v) && !isParam(f, v) {
				defs := c.localDefs(f)[v]
				if len(defs) != 1 {
					return xormChainInfo{}
				}
				d, ok := ast.Unparen(defs[0]).(*ast.CallExpr)
				if !ok {
					return xormChainInfo{}
				}
				sub := c.xormChain(f, &ast.CallExpr{Fun: &ast.SelectorExpr{X: d, Sel: sel.Sel}}, depth+1)
				if !sub.known {
					return xormChainInfo{}
				}
				ch.bounded = ch.bounded || sub.bounded
				ch.batched = ch.batched || sub.batched
				if ch.raw == "" {
					ch.raw = sub.raw
				}
			}
			ch.known = true
			return ch
		case *ast.SelectorExpr:
			ch.known = true // a field: the service's engine
			return ch
		default:
			return xormChainInfo{}
		}
	}
}

// xormBuilder records what one builder call of a chain does. It
// reports false when the chain cannot be judged (SQL text that is not
// constant).
func (c *classifier) xormBuilder(f *funcgraph.Func, name string, call *ast.CallExpr, ch *xormChainInfo) bool {
	switch name {
	case "Where", "And", "Or":
		ch.bounded = true
		for _, arg := range call.Args {
			if text, ok := c.constString(f, arg, 0); ok && gormBatched(text) || xormBuilderIn(c.info, arg) {
				ch.batched = true
			}
		}
	case "ID", "Limit", "Join":
		ch.bounded = true // Join may filter: precision first
	case "In":
		ch.bounded = true
		if call.Ellipsis.IsValid() {
			ch.batched = true
		}
		for _, arg := range call.Args[min(1, len(call.Args)):] {
			if isSliceValue(c.info.TypeOf(arg)) {
				ch.batched = true
			}
		}
	case "SQL":
		if len(call.Args) == 0 {
			return false
		}
		text, ok := c.constString(f, call.Args[0], 0)
		if !ok {
			return false
		}
		ch.raw = text
	}
	return true
}

// xormConditioned reports whether a statement of f's function adds a
// condition, an ID, a limit or SQL text to the session in v:
// sess.And("owner_id = ?", id).
func (c *classifier) xormConditioned(f *funcgraph.Func, v *types.Var) bool {
	for f.Outer != nil {
		f = f.Outer
	}
	if vars, ok := c.xormConds[f]; ok {
		return vars[v]
	}
	vars := make(map[*types.Var]bool)
	if body := f.Body(); body != nil {
		ast.Inspect(body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok {
				return true
			}
			id, ok := ast.Unparen(sel.X).(*ast.Ident)
			if !ok {
				return true
			}
			fn, _ := typeutil.Callee(c.info, call).(*types.Func)
			if fn == nil || fn.Pkg() == nil || !xormPath(fn.Pkg().Path()) {
				return true
			}
			switch fn.Name() {
			case "Where", "And", "Or", "ID", "Limit", "Join", "In", "SQL":
				if rv, ok := c.info.Uses[id].(*types.Var); ok {
					vars[rv] = true
				}
			}
			return true
		})
	}
	if c.xormConds == nil {
		c.xormConds = make(map[*funcgraph.Func]map[*types.Var]bool)
	}
	c.xormConds[f] = vars
	return vars[v]
}

// xormBuilderIn reports whether e is builder.In(col, ...) of
// xorm.io/builder, a condition on many keys.
func xormBuilderIn(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "xorm.io/builder" && fn.Name() == "In"
}

// isSliceValue reports whether t is a slice or a pointer to one (not
// []byte, which is one value).
func isSliceValue(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return !ok || b.Kind() != types.Byte
}

// EmptyBean reports whether e is an ORM bean without conditions:
// new(T), T{} or &T{}.
func EmptyBean(info *types.Info, e ast.Expr) bool {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok {
		e = ast.Unparen(u.X)
	}
	switch e := e.(type) {
	case *ast.CompositeLit:
		return len(e.Elts) == 0
	case *ast.CallExpr:
		id, ok := ast.Unparen(e.Fun).(*ast.Ident)
		if !ok || len(e.Args) != 1 {
			return false
		}
		_, builtin := info.Uses[id].(*types.Builtin)
		return builtin && id.Name == "new"
	}
	return false
}
