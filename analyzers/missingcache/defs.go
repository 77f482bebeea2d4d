package missingcache

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/typematch"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

// localDef is one definition of a local variable, as invariance reads
// it: expr is what the variable then depends on, nil when that is
// unknown (written through a pointer, a comma-ok read...), and zero is
// set for a declaration without a value.
type localDef struct {
	expr   ast.Expr
	zero   bool
	byCall bool // x.M(args): the method may keep args in x
}

type varKey struct {
	f *funcgraph.Func
	v *types.Var
}

// localDefs returns the definitions of the local variables of the
// function that declares f (walk.Defs), read for invariance: writes
// through a field, an element, a pointer or a method call
// (q.Set("id", id), req.Header.Set(...)) count as assignments of the
// variable they start from, with what they add to it.
func (c *checker) localDefs(f *funcgraph.Func) map[*types.Var][]localDef {
	for f.Outer != nil {
		f = f.Outer
	}
	if d, ok := c.defs[f]; ok {
		return d
	}
	d := make(map[*types.Var][]localDef)
	for v, defs := range c.index.Of(f) {
		for _, def := range defs {
			if def.How == walk.Passed {
				d[v] = append(d[v], c.filled(v, def.Value.(*ast.CallExpr)))
				continue
			}
			if def.How == walk.Call && c.finisher(def.Value.(*ast.CallExpr)) {
				// db.Create(&row), db.Find(&rows): a finisher runs the
				// statement and fills its destination; the handle keeps
				// nothing of its arguments.
				d[v] = append(d[v], localDef{zero: true})
				continue
			}
			if def.How == walk.Call {
				d[v] = append(d[v], c.called(def.Value.(*ast.CallExpr)))
				continue
			}
			d[v] = append(d[v], invariance(def))
		}
	}
	c.defs[f] = d
	return d
}

// filled says what a pointer or a map passed to call may then hold:
// what the call fills it from, its other arguments and its receiver
// (util.JSONToStruct(body, req) and c.Bind(req) fill req from the
// request). A pure function reads what it is given, and a query or a
// builder the catalogue knows fills only its destination, whose
// address is taken: neither changes the variable.
func (c *checker) filled(v *types.Var, call *ast.CallExpr) localDef {
	if handle(v.Type()) {
		return localDef{zero: true}
	}
	fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if fn != nil {
		if _, ok := catalog.Lookup(fn); ok || pure(fn) {
			return localDef{zero: true}
		}
	}
	elts := slices.Clone(call.Args)
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && c.pass.TypesInfo.Selections[sel] != nil {
		elts = append(elts, sel.X)
	} else if fn == nil {
		return localDef{} // a function value: what it does is not known here
	}
	return localDef{expr: &ast.CompositeLit{Elts: elts}, byCall: true}
}

// called says what x.M(args), a statement, may add to x: its
// arguments, but not a function literal that returns nothing or only an
// error (db.Transaction(func(tx *gorm.DB) error {...})), which the
// method runs for its effects, not a condition it keeps; a callback that
// returns the query (bun's WhereGroup) adds what it reads.
func (c *checker) called(call *ast.CallExpr) localDef {
	var elts []ast.Expr
	for _, a := range call.Args {
		if lit, ok := ast.Unparen(a).(*ast.FuncLit); ok && effectOnly(c.pass.TypesInfo.TypeOf(lit)) {
			continue
		}
		elts = append(elts, a)
	}
	return localDef{expr: &ast.CompositeLit{Elts: elts}, byCall: true}
}

// effectOnly reports whether t is a function type with no result but
// possibly an error.
func effectOnly(t types.Type) bool {
	sig, ok := t.(*types.Signature)
	if !ok {
		return false
	}
	res := sig.Results()
	return res.Len() == 0 || res.Len() == 1 && types.Identical(res.At(0).Type(), types.Universe.Lookup("error").Type())
}

// handle reports whether t is a pointer to a type of a catalogued
// library (a *sql.DB, a *gorm.DB, an *http.Client): a handle passed
// around to be used, not a value a call fills in.
func handle(t types.Type) bool {
	p, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	n := typematch.NamedOf(p.Elem())
	if n == nil || n.Obj().Pkg() == nil {
		return false
	}
	return catalog.Relevant(n.Obj().Pkg().Path())
}

// finisher reports whether call is a catalogued operation that runs a
// statement or a command (a query, a write, a cache call), not a
// builder that keeps its arguments in the handle.
func (c *checker) finisher(call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return false
	}
	_, ok := catalog.Lookup(fn)
	return ok
}

// invariance says what a definition makes its variable depend on.
func invariance(def walk.Def) localDef {
	// grows reads x.f = v or x += v as x now holding v too.
	grows := func(v ast.Expr) ast.Expr { return &ast.BinaryExpr{X: def.Lhs, Op: token.ADD, Y: v} }
	_, plain := def.Lhs.(*ast.Ident)
	switch def.How {
	case walk.Assign:
		if !plain {
			return localDef{expr: grows(def.Value)}
		}
		return localDef{expr: def.Value}
	case walk.OpAssign:
		return localDef{expr: grows(def.Value)}
	case walk.Tuple:
		if _, ok := ast.Unparen(def.Value).(*ast.CallExpr); !ok {
			return localDef{} // v, ok := m[k], x.(T), <-ch
		}
		if !plain {
			return localDef{expr: grows(def.Value)}
		}
		return localDef{expr: def.Value} // v, err := call(...)
	case walk.IncDec:
		return localDef{expr: def.Lhs}
	case walk.Zero:
		return localDef{zero: true}
	case walk.Range:
		return localDef{expr: def.Value}
	}
	return localDef{} // &v: may be written through the pointer
}
