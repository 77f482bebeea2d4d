package summary

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

// What a loop walks.
//
// A loop repeats its work once per element, but the work only grows
// when the elements do: the rows a query returns grow with the table,
// and what the request carries (a list of ids in the query string or
// the body) grows with what the client asks. A loop over the providers
// of the configuration, the agents enabled at start-up or the path
// segments of a name runs a count of times that no visitor changes.
// Remote calls are judged by this: one round trip per row of a query
// or per id of the request is the microservice form of an N+1; one per
// configured provider is the service's design.

// growth is where a collection comes from, as far as this package can
// tell.
type growth uint8

const (
	static  growth = iota // nothing shows it to grow: configuration, constants, or not known
	rows                  // the rows a query returns
	request               // what the request carries
)

// LoopGrows reports whether the loop around s ranges over a collection
// shown to grow with the data or the request: the rows a query
// returns, or what the request carries. params has a bit
// (funcgraph.ParamIndex) for each parameter of s's function that its
// caller filled with what the request carries (all of an entry point's
// parameters but its receiver). A loop that pages through a listing
// (a loop without a range that ends on an empty page or a missing
// next link) walks pages, not elements: false.
func (r *Result) LoopGrows(s *funcgraph.Site, params uint64) bool {
	if s.Loop == nil || s.LoopIn != nil {
		return false
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.c.loopGrowth(s.Func, s.Loop, params) != static
}

// ArgGrows reports whether args, what a call in f passes for one
// parameter, carry what the request carries: for funcgraph.ArgMask.
func (r *Result) ArgGrows(f *funcgraph.Func, args []ast.Expr, params uint64) bool {
	if len(args) != 1 {
		return false
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.c.growthOf(f, args[0], params, 0) == request
}

func (c *classifier) loopGrowth(f *funcgraph.Func, loop ast.Stmt, params uint64) growth {
	switch l := loop.(type) {
	case *funcgraph.RowLoop:
		return rows
	case *ast.RangeStmt:
		return c.growthOf(f, l.X, params, 0)
	case *ast.ForStmt:
		switch cond := ast.Unparen(l.Cond).(type) {
		case *ast.BinaryExpr:
			// i < len(x): once per element of x.
			if call, ok := ast.Unparen(cond.Y).(*ast.CallExpr); ok && (cond.Op == token.LSS || cond.Op == token.LEQ) && len(call.Args) == 1 {
				if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "len" {
					if _, ok := c.info.Uses[id].(*types.Builtin); ok {
						return c.growthOf(f, call.Args[0], params, 0)
					}
				}
			}
		case *ast.CallExpr:
			// for rows.Next(): once per row of the query that gave rows.
			if sel, ok := ast.Unparen(cond.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Next" && c.growthOf(f, sel.X, params, 0) == rows {
				return rows
			}
		}
	}
	return static
}

// growthOf tells where the value of e, in f, comes from.
func (c *classifier) growthOf(f *funcgraph.Func, e ast.Expr, params uint64, depth int) growth {
	if depth > 8 {
		return static
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := c.info.Uses[e].(*types.Var)
		if !ok || v.IsField() || funcgraph.IsPackageLevel(v) {
			return static
		}
		if i := funcgraph.ParamIndex(f.Sig, v); i >= 0 {
			if i < 64 && params&(1<<uint(i)) != 0 {
				return request
			}
			return static
		}
		return c.varGrowth(f, v, params, depth+1)
	case *ast.SelectorExpr:
		// A field of what the request carries is the request's; a
		// field of one row (an entity's children) is not shown to grow.
		if c.growthOf(f, e.X, params, depth+1) == request {
			return request
		}
	case *ast.IndexExpr:
		if c.growthOf(f, e.X, params, depth+1) == request {
			return request
		}
	case *ast.SliceExpr:
		return c.growthOf(f, e.X, params, depth+1)
	case *ast.CallExpr:
		return c.callGrowth(f, e, params, depth)
	}
	return static
}

// callGrowth tells where the result of call comes from: the rows of a
// query it runs, or the request it reads from (r.URL.Query(),
// strings.Split of a request's value, append of either).
func (c *classifier) callGrowth(f *funcgraph.Func, call *ast.CallExpr, params uint64, depth int) growth {
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := c.info.Uses[id].(*types.Builtin); ok {
			if b.Name() != "append" {
				return static
			}
			g := static
			for _, a := range call.Args {
				g = max(g, c.growthOf(f, a, params, depth+1))
			}
			return g
		}
	}
	fn := typeutil.StaticCallee(c.info, call)
	if fn != nil && fn.Pkg() != nil && fn.Signature().Recv() == nil {
		switch fn.Pkg().Path() + "." + fn.Name() {
		case "strings.Split", "strings.SplitN", "strings.Fields", "strings.FieldsFunc", "bytes.Split", "bytes.Fields":
			if len(call.Args) > 0 && c.growthOf(f, call.Args[0], params, depth+1) == request {
				return request
			}
			return static
		}
	}
	if c.readsRows(call) && holdsRows(c.info.TypeOf(call)) {
		return rows
	}
	// The standard library reading or decoding what the request
	// carries: json.NewDecoder(r.Body), io.ReadAll(r.Body).
	if fn != nil && fn.Pkg() != nil && !strings.Contains(fn.Pkg().Path(), ".") && fn.Signature().Recv() == nil {
		for _, a := range call.Args {
			if c.growthOf(f, a, params, depth+1) == request {
				return request
			}
		}
	}
	// A method of what the request carries: r.URL.Query(), c.QueryArray("id").
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if _, isMethod := c.info.Selections[sel]; isMethod && c.growthOf(f, sel.X, params, depth+1) == request {
			return request
		}
	}
	return static
}

// varGrowth tells where the local variable v of f gets its value, from
// its definitions (walk.Defs): what is assigned to it (x := ..., x, err
// := q(...)), what a range gives it (an element of what the range
// walks, gathered by append), or the call it is the destination of
// (db.Find(&x), json.NewDecoder(r.Body).Decode(&x), json.Unmarshal(body,
// &x)).
func (c *classifier) varGrowth(f *funcgraph.Func, v *types.Var, params uint64, depth int) growth {
	g := static
	for _, def := range c.defIndex().Of(f)[v] {
		if g == request {
			break
		}
		if _, plain := def.Lhs.(*ast.Ident); !plain {
			continue // x.f = ...: a field, not what x walks
		}
		switch def.How {
		case walk.Assign, walk.Range:
			g = max(g, c.growthOf(f, def.Value, params, depth))
		case walk.Tuple:
			if call, ok := ast.Unparen(def.Value).(*ast.CallExpr); ok {
				g = max(g, c.callGrowth(f, call, params, depth))
			}
		case walk.Addr:
			call, ok := def.Value.(*ast.CallExpr)
			if !ok {
				continue
			}
			if c.readsRows(call) {
				g = max(g, rows) // the destination of a query
				continue
			}
			// Bound from the request: c.Bind(&x), a decoder of the
			// request's body, json.Unmarshal(body, &x).
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				if _, isMethod := c.info.Selections[sel]; isMethod && c.growthOf(f, sel.X, params, depth) == request {
					g = request
					continue
				}
			}
			for _, b := range call.Args {
				if u, ok := ast.Unparen(b).(*ast.UnaryExpr); ok && u.Op == token.AND && u.X == def.Lhs {
					continue // x itself
				}
				if c.growthOf(f, b, params, depth) == request {
					g = request
				}
			}
		}
	}
	return g
}

// readsRows reports whether call runs a read of rows: a catalogued
// query, or a function whose summary has one, not repeated by a loop.
func (c *classifier) readsRows(call *ast.CallExpr) bool {
	s := c.res.siteOf(call)
	if s == nil {
		return false
	}
	if op, ok := c.res.direct[s]; ok {
		return op.Kind == catalog.Query
	}
	ops := c.res.imported[s]
	if ops == nil && s.Target != nil && c.visit != nil {
		ops = c.visit(s.Target)
	}
	for _, op := range ops {
		if op.Kind == catalog.Query && op.Loop == "" {
			return true
		}
	}
	return false
}

// holdsRows reports whether t, a call's result (its first when it has
// several), can hold the rows of a query: a slice, a map or a channel,
// or a cursor with a Next method (database/sql's and pgx's Rows, a mongo
// Cursor). A single struct is one row.
func holdsRows(t types.Type) bool {
	if tup, ok := t.(*types.Tuple); ok {
		if tup.Len() == 0 {
			return false
		}
		t = tup.At(0).Type()
	}
	switch t.Underlying().(type) {
	case *types.Slice, *types.Map, *types.Chan:
		return true
	}
	next, _, _ := types.LookupFieldOrMethod(t, true, nil, "Next")
	_, ok := next.(*types.Func)
	return ok
}

// siteOf returns the call site of the package for call, nil if none.
func (r *Result) siteOf(call *ast.CallExpr) *funcgraph.Site {
	if r.sites == nil {
		r.sites = make(map[*ast.CallExpr]*funcgraph.Site)
		for _, f := range r.c.graph.Funcs {
			for _, s := range f.Sites {
				if s.Call != nil && s.Ref == nil {
					r.sites[s.Call] = s
				}
			}
		}
	}
	return r.sites[call]
}
