package summary

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
)

// HandleFact marks a function that returns the service's gorm handle
// as it is, with no condition or limit applied: a getter
// (database.GetDB(), r.DB(ctx) returning r.db.WithContext(ctx)). A
// builder chain that starts at a call of one starts at the handle, and
// is judged as if it started at the variable.
type HandleFact struct{}

// AFact marks HandleFact as an analysis fact.
func (*HandleFact) AFact() {}

func (*HandleFact) String() string { return "gorm handle" }

// getter reports whether fn returns a bare gorm handle (HandleFact):
// every return statement gives nil or a package-level variable, a
// field, another such getter's result, or one of these through gorm's
// WithContext, Session, Debug or Set, which add no condition. fn is of
// this package (its body is read) or of another (its fact is).
func (c *classifier) getter(fn *types.Func) bool {
	fn = fn.Origin()
	if v, ok := c.getters[fn]; ok {
		return v
	}
	if c.pass == nil {
		return false
	}
	if fn.Pkg() != c.pass.Pkg {
		return c.pass.ImportObjectFact(fn, new(HandleFact))
	}
	c.getters[fn] = false // on a cycle: not a getter
	f := c.graph.Of(fn)
	if f == nil || f.Body() == nil || !returnsHandle(fn.Signature()) {
		return false
	}
	n, ok := 0, true
	for ret := range f.Returns() {
		if len(ret.Results) == 0 {
			ok = false
			break
		}
		if funcgraph.IsNil(ret.Results[0]) {
			continue
		}
		n++
		if !c.bare(ret.Results[0]) {
			ok = false
			break
		}
	}
	c.getters[fn] = ok && n > 0
	return c.getters[fn]
}

// bare reports whether e is the gorm handle with no condition: a
// package-level variable or a field, a getter's result, or one of them
// through a builder that adds no condition.
func (c *classifier) bare(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := c.info.Uses[e].(*types.Var)
		return ok && funcgraph.IsPackageLevel(v)
	case *ast.SelectorExpr:
		if v, ok := c.info.Uses[e.Sel].(*types.Var); ok && funcgraph.IsPackageLevel(v) {
			return true // pkg.DB
		}
		sel := c.info.Selections[e]
		return sel != nil && sel.Kind() == types.FieldVal
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(c.info, e).(*types.Func)
		if fn == nil || fn.Pkg() == nil {
			return false
		}
		if gormPath(fn.Pkg().Path()) {
			switch fn.Name() {
			case "WithContext", "Session", "Debug", "Set", "InstantSet":
				if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
					return c.bare(sel.X)
				}
			}
			return false
		}
		return c.getter(fn)
	}
	return false
}

// returnsHandle reports whether sig returns a *gorm.DB first, and at
// most an error besides.
func returnsHandle(sig *types.Signature) bool {
	res := sig.Results()
	if res.Len() == 0 || res.Len() > 2 {
		return false
	}
	p, ok := res.At(0).Type().(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || !gormPath(n.Obj().Pkg().Path()) || n.Obj().Name() != "DB" {
		return false
	}
	return res.Len() == 1 || types.Identical(res.At(1).Type(), types.Universe.Lookup("error").Type())
}

// exportGetters records HandleFact on the package's getters of the
// gorm handle, for the chains of its importers.
func (c *classifier) exportGetters(pass *analysis.Pass, g *funcgraph.Graph) {
	for _, f := range g.Funcs {
		if f.Obj != nil && c.getter(f.Obj) {
			pass.ExportObjectFact(f.Obj, new(HandleFact))
		}
	}
}
