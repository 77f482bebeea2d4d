package missingcache

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/requestpath"
	"github.com/scalevet/scalevet/analyzers/internal/typematch"
)

// dep is what a value depends on: the request (variant), or only the
// parameters of the function being analysed whose bits are set in mask
// (bit 0 is the receiver of a method, then the parameters in order).
// The zero dep is invariant: the same on every request.
type dep struct {
	variant bool
	mask    uint64
}

var variantDep = dep{variant: true}

func (d dep) or(e dep) dep { return dep{d.variant || e.variant, d.mask | e.mask} }

// eval reports what e, in function f, depends on.
func (c *checker) eval(f *funcgraph.Func, e ast.Expr) dep {
	return c.evalDepth(f, e, 0)
}

func (c *checker) evalDepth(f *funcgraph.Func, e ast.Expr, depth int) dep {
	if e == nil || depth > 24 {
		return variantDep
	}
	info := c.pass.TypesInfo
	if tv, ok := info.Types[e]; ok {
		if tv.Value != nil || tv.IsType() || tv.IsNil() {
			return dep{}
		}
		// A context is plumbing, not data: passing the request's
		// context does not make a query depend on the request; what is
		// read from it with Value does (a call, below).
		if typematch.IsNamed(tv.Type, "context", "Context") {
			return dep{}
		}
	}
	next := func(x ast.Expr) dep { return c.evalDepth(f, x, depth+1) }
	switch e := e.(type) {
	case *ast.ParenExpr:
		return next(e.X)
	case *ast.BasicLit:
		return dep{}
	case *ast.FuncLit:
		return c.captured(f, e, depth)
	case *ast.Ident:
		switch obj := info.Uses[e].(type) {
		case *types.Var:
			return c.evalVar(f, obj, depth)
		case nil:
			return variantDep
		default: // constants, functions, types, packages, builtins, nil
			return dep{}
		}
	case *ast.SelectorExpr:
		if sel := info.Selections[e]; sel != nil {
			return next(e.X) // a field or a method value of x
		}
		return next(e.Sel) // a qualified identifier
	case *ast.CompositeLit:
		isMap := false
		if t := info.TypeOf(e); t != nil {
			_, isMap = t.Underlying().(*types.Map)
		}
		var d dep
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if isMap {
					d = d.or(next(kv.Key))
				}
				elt = kv.Value
			}
			d = d.or(next(elt))
		}
		return d
	case *ast.UnaryExpr:
		return next(e.X)
	case *ast.StarExpr:
		return next(e.X)
	case *ast.BinaryExpr:
		return next(e.X).or(next(e.Y))
	case *ast.IndexExpr:
		return next(e.X).or(next(e.Index))
	case *ast.IndexListExpr:
		return next(e.X)
	case *ast.SliceExpr:
		d := next(e.X)
		for _, x := range []ast.Expr{e.Low, e.High, e.Max} {
			if x != nil {
				d = d.or(next(x))
			}
		}
		return d
	case *ast.TypeAssertExpr:
		return next(e.X)
	case *ast.KeyValueExpr:
		return next(e.Value)
	case *ast.CallExpr:
		return c.evalCall(f, e, depth)
	}
	return variantDep
}

// captured reports what a function literal of f depends on: the
// variables it reads from around it (a builder's WhereGroup callback
// that adds the request's id, an ent predicate's closure over its
// value). Its own parameters and locals are its business.
func (c *checker) captured(f *funcgraph.Func, lit *ast.FuncLit, depth int) dep {
	var d dep
	seen := make(map[*types.Var]bool)
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if d.variant || !ok {
			return !d.variant
		}
		v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
		if !ok || v.IsField() || seen[v] || lit.Pos() <= v.Pos() && v.Pos() < lit.End() {
			return true
		}
		seen[v] = true
		d = d.or(c.evalVar(f, v, depth+1))
		return true
	})
	return d
}

// evalVar reports what a variable read in f depends on.
func (c *checker) evalVar(f *funcgraph.Func, v *types.Var, depth int) dep {
	if v.IsField() || v.Pkg() == nil {
		return dep{}
	}
	if funcgraph.IsPackageLevel(v) {
		// Package-level configuration, unless the request path of this
		// package writes it.
		if c.writtenGlobals[v] {
			return variantDep
		}
		return dep{}
	}
	if typematch.IsNamed(v.Type(), "context", "Context") {
		return dep{}
	}
	if i := funcgraph.ParamIndex(f.Sig, v); i >= 0 {
		if e := c.rp.EntryOf(f); i == 0 && e != nil && e.LongLivedReceiver() {
			return dep{} // a handler's receiver is built at start-up
		}
		if i >= 64 {
			return variantDep
		}
		// The parameter, and what the function adds to it
		// (tx.Limit(*page.Limit) keeps the limit in tx; tx =
		// tx.Where(cond)).
		return c.defsDep(f, v, dep{mask: 1 << uint(i)}, depth)
	}
	for g := f.Outer; g != nil; g = g.Outer {
		i := funcgraph.ParamIndex(g.Sig, v)
		if i < 0 {
			continue
		}
		// Captured from an enclosing function: a factory's parameters
		// are start-up values; those of a function on the request path,
		// or of one that runs the literal in place (go func() { ...
		// }(), a call), are not known here.
		if !(i == 0 && g.Sig.Recv() != nil) && (c.onPath(g) || runsInPlace(f, g)) {
			return variantDep
		}
		return dep{}
	}
	if len(c.localDefs(f)[v]) == 0 {
		return variantDep // a parameter of a nested literal, a type-switch variable...
	}
	return c.defsDep(f, v, dep{}, depth)
}

// defsDep returns what the local or parameter v of f depends on: from,
// and every definition of v in f.
func (c *checker) defsDep(f *funcgraph.Func, v *types.Var, from dep, depth int) dep {
	k := varKey{f, v}
	if d, ok := c.varDeps[k]; ok {
		return d
	}
	c.varDeps[k] = from // optimistic on cycles (x = x + 1)
	d := from
	for _, def := range c.localDefs(f)[v] {
		if def.zero {
			continue
		}
		d = d.or(c.evalDepth(f, def.expr, depth+1))
		if d.variant {
			break
		}
	}
	c.varDeps[k] = d
	return d
}

// runsInPlace reports whether the literal of g that holds f (f itself
// or one of its enclosing literals) is run by g where it is written:
// called, deferred or started as a goroutine, not returned or stored.
func runsInPlace(f, g *funcgraph.Func) bool {
	lit := f
	for lit.Outer != nil && lit.Outer != g {
		lit = lit.Outer
	}
	for _, s := range g.Sites {
		if s.Target == lit && !s.Escapes {
			return true
		}
	}
	return false
}

// onPath reports whether f runs per request in this package.
func (c *checker) onPath(f *funcgraph.Func) bool {
	return c.rp.EntryOf(f) != nil || c.rp.ReachedFrom(f) != nil
}

// evalCall reports what a call's result depends on: a conversion, a
// builtin or a known pure function depends on its operands; any other
// call (time.Now, rand, uuid, ctx.Value, a session lookup, a method of
// the request) is treated as variant.
func (c *checker) evalCall(f *funcgraph.Func, call *ast.CallExpr, depth int) dep {
	info := c.pass.TypesInfo
	args := func(d dep) dep {
		for _, a := range call.Args {
			if d.variant {
				return d
			}
			d = d.or(c.evalDepth(f, a, depth+1))
		}
		return d
	}
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return args(dep{})
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if _, ok := info.Uses[id].(*types.Builtin); ok {
			return args(dep{})
		}
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return variantDep
	}
	if op, ok := catalog.Lookup(fn); ok && op.Kind == catalog.Query {
		return variantDep // rows read: the table's, which writes change
	}
	if !pure(fn) {
		if g := c.g.Of(fn); g != nil && fn.Pkg() == c.pass.Pkg {
			return c.throughResults(f, call, fn, c.results(g), depth)
		}
		if fact := c.facts.Of(fn.Origin()); fact != nil && fact.Returns {
			return c.throughResults(f, call, fn, dep{mask: fact.ResultMask}, depth)
		}
		return variantDep
	}
	d := dep{}
	if fn.Signature().Recv() != nil {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return variantDep
		}
		d = c.evalDepth(f, sel.X, depth+1)
	}
	return args(d)
}

// results reports what the results of a function of this package
// depend on, over its own parameters: a getter (r.DB(ctx) returning
// r.db.WithContext(ctx), s.settings() returning s.cfg) gives what it
// reads. A function on a call cycle, or with a bare return, is variant.
// Exported functions carry it to other packages in their fact
// (invariantFact.Returns): util.SplitID(id) is invariant for an
// invariant id.
func (c *checker) results(g *funcgraph.Func) dep {
	if d, ok := c.resultDeps[g]; ok {
		return d
	}
	c.resultDeps[g] = variantDep // until known: a call cycle
	var d dep
	if g.Body() == nil {
		d = variantDep
	}
	for ret := range g.Returns() {
		if len(ret.Results) == 0 && g.Sig.Results().Len() > 0 {
			d = variantDep // named results: not followed
		}
		for _, r := range ret.Results {
			if d.variant {
				break
			}
			d = d.or(c.eval(g, r))
		}
		if d.variant {
			break
		}
	}
	c.resultDeps[g] = d
	return d
}

// throughResults maps what a callee's results depend on (d, over its
// parameters) to the arguments of call, in f. What is computed from a
// value that carries the request (a framework's context, the
// *http.Request) is the request's, whatever the callee's body says.
func (c *checker) throughResults(f *funcgraph.Func, call *ast.CallExpr, fn *types.Func, d dep, depth int) dep {
	if d.variant {
		return d
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && c.pass.TypesInfo.Selections[sel] != nil && requestpath.CarriesRequest(c.pass.TypesInfo.TypeOf(sel.X)) {
		return variantDep
	}
	for _, a := range call.Args {
		if requestpath.CarriesRequest(c.pass.TypesInfo.TypeOf(a)) {
			return variantDep
		}
	}
	return c.argsDep(f, call, fn, d.mask, depth)
}

// purePackages are standard packages whose functions return the same
// result for the same arguments (or build values from them).
var purePackages = map[string]bool{
	"fmt": true, "strings": true, "strconv": true, "bytes": true, "path": true,
	"path/filepath": true, "errors": true, "unicode/utf8": true, "math": true,
	"slices": true, "maps": true, "net/url": true, "context": true, "regexp": true,
	"text/template": true, "html/template": true, "encoding/json": true,
}

// pure reports whether fn's result depends only on its receiver and
// arguments.
func pure(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	if catalog.Builds(fn) {
		return true // bun's, go-pg's, squirrel's, goqu's and ent's builders
	}
	path, name := fn.Pkg().Path(), fn.Name()
	recv := fn.Signature().Recv()
	switch path {
	case "os":
		// Configuration, and the content of a file at a path: the
		// service's files (templates, assets, settings) are the same on
		// every request.
		return recv == nil && (name == "Getenv" || name == "LookupEnv" || name == "ReadFile" || name == "Open")
	case "io":
		return recv == nil && name == "ReadAll" // what the reader given holds
	case "io/fs", "embed":
		// fs.ReadFile(fsys, name), fsys.Open(name), an embed.FS's
		// ReadFile: a file of a file system given at start-up.
		return name == "ReadFile" || name == "Open"
	case "net/http":
		return recv == nil && (name == "NewRequest" || name == "NewRequestWithContext")
	case "gorm.io/gorm", "github.com/jinzhu/gorm":
		// Builders (Model, Where, Order, Limit, Raw, WithContext...):
		// the finishers are catalogued.
		_, finisher := catalog.Lookup(fn)
		return recv != nil && !finisher
	case "xorm.io/xorm", "github.com/go-xorm/xorm", "github.com/xorm-io/xorm":
		// Builders (Where, In, Limit, SQL, Table...), but not
		// NewSession: a session is mutable, and conditions added to it
		// by later statements are not in the chain.
		_, finisher := catalog.Lookup(fn)
		return recv != nil && !finisher && name != "NewSession"
	case "go.mongodb.org/mongo-driver/mongo", "go.mongodb.org/mongo-driver/v2/mongo":
		return name == "Database" || name == "Collection"
	}
	if purePackages[path] {
		if recv != nil {
			// Methods of values built from constants: template
			// builders, compiled regexps. Not of strings.Builder and
			// the like, which accumulate.
			return path == "text/template" || path == "html/template" || path == "regexp"
		}
		return true
	}
	return false
}
