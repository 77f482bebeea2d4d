package scale

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

// maxHandlerDepth bounds how far handler follows wrappers and local
// variables.
const maxHandlerDepth = 4

// handler returns the key of the function that a registration's
// handler expression runs, and its name for readers: a function or
// method value, a literal, a value whose type serves HTTP, the
// function a middleware or adapter wraps (auth(h.List)), or what a
// factory returns (h.ListOrders(), "F#return"). key is "" when no
// function of the program is known.
func (x *extractor) handler(f *funcgraph.Func, e ast.Expr, depth int) (key, name string) {
	if depth > maxHandlerDepth {
		return "", shortExpr(e)
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		if lf := x.g.OfLit(e); lf != nil {
			return Key(x.pass.Pkg, lf), x.pass.Pkg.Name() + "." + lf.Name
		}
	case *ast.Ident, *ast.SelectorExpr:
		id, _ := e.(*ast.Ident)
		if sel, ok := e.(*ast.SelectorExpr); ok {
			id = sel.Sel
		}
		switch obj := x.info.Uses[id].(type) {
		case *types.Func:
			return obj.Origin().FullName(), FuncName(obj)
		case *types.Var:
			if !obj.IsField() && !funcgraph.IsPackageLevel(obj) {
				if v := x.localValue(f, obj); v != nil {
					return x.handler(f, v, depth+1)
				}
			}
		}
		if m := serveHTTP(x.info.TypeOf(e)); m != nil {
			return m.Origin().FullName(), FuncName(m)
		}
	case *ast.UnaryExpr, *ast.CompositeLit:
		if m := serveHTTP(x.info.TypeOf(e)); m != nil {
			return m.Origin().FullName(), FuncName(m)
		}
	case *ast.CallExpr:
		if tv, ok := x.info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return x.handler(f, e.Args[0], depth+1) // http.HandlerFunc(h)
		}
		if a := x.wrapped(e, 0); a != nil {
			return x.handler(f, a, depth+1) // a middleware or an adapter
		}
		if callee, ok := typeutil.Callee(x.info, e).(*types.Func); ok && frameworkOf(pkgPath(callee)) == 0 {
			name := FuncName(callee) + "()"
			if callee.Pkg() != x.pass.Pkg && standard(callee) {
				name = shortExpr(e) // http.StripPrefix("/s", fs): its arguments say more
			}
			return callee.Origin().FullName() + returnSuffix, name
		}
	}
	return "", shortExpr(e)
}

// wrapped returns the function a chain of middleware or adapters
// wraps: the first function reference among the call's arguments, or
// among the arguments of calls in them (auth(sync(h.Delete))); nil when
// there is none (a factory's call, h.Orders()).
func (x *extractor) wrapped(call *ast.CallExpr, depth int) ast.Expr {
	if depth > maxHandlerDepth {
		return nil
	}
	for _, a := range call.Args {
		if x.funcRef(a) {
			return a
		}
	}
	for _, a := range call.Args {
		if in, ok := ast.Unparen(a).(*ast.CallExpr); ok {
			if r := x.wrapped(in, depth+1); r != nil {
				return r
			}
		}
	}
	return nil
}

// funcRef reports whether e is a function literal or names a function
// or method.
func (x *extractor) funcRef(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		return true
	case *ast.Ident:
		_, ok := x.info.Uses[e].(*types.Func)
		return ok
	case *ast.SelectorExpr:
		_, ok := x.info.Uses[e.Sel].(*types.Func)
		return ok
	}
	return false
}

// localValue returns the value the first plain definition of the
// local v gives it (walk.Defs); for x, err := call(), the call.
func (x *extractor) localValue(f *funcgraph.Func, v *types.Var) ast.Expr {
	for _, d := range x.defs.Of(f)[v] {
		if _, plain := d.Lhs.(*ast.Ident); plain && (d.How == walk.Assign || d.How == walk.Tuple) {
			return d.Value
		}
	}
	return nil
}

// serveHTTP returns the ServeHTTP method of a type that serves HTTP.
func serveHTTP(t types.Type) *types.Func {
	if t == nil {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "ServeHTTP")
	fn, _ := obj.(*types.Func)
	return fn
}

// standard reports whether fn looks like the standard library's: the
// first element of its package path has no dot. Only names depend on
// it.
func standard(fn *types.Func) bool {
	p := pkgPath(fn)
	return p != "" && !strings.Contains(strings.SplitN(p, "/", 2)[0], ".")
}

// FuncName names a declared function for readers: "web.Server.List".
func FuncName(fn *types.Func) string {
	if fn.Pkg() == nil {
		return fn.Name()
	}
	return fn.Pkg().Name() + "." + funcgraph.DeclName(fn)
}

func shortExpr(e ast.Expr) string {
	const max = 48
	s := types.ExprString(e)
	if len(s) > max {
		s = s[:max-1] + "…"
	}
	return s
}

// holds reports whether e gives the literal of f, directly or through
// conversions and calls (return http.HandlerFunc(func(...) {...})), not
// from inside another literal.
func holds(e ast.Expr, f *funcgraph.Func) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok {
			found = found || lit == f.Lit
			return false
		}
		return !found
	})
	return found
}

// rpcName returns the full name of the gRPC method f serves,
// "/pkg.Service/Method": the generated constant
// Service_Method_FullMethodName of the server interface f's type
// implements, or "/Service/Method" from the interface's name when the
// generator wrote no such constant.
func rpcName(pkg *types.Package, f *funcgraph.Func) string {
	if f.Obj == nil || f.Sig.Recv() == nil {
		return ""
	}
	recv := f.Sig.Recv().Type()
	if p, ok := recv.(*types.Pointer); ok {
		recv = p.Elem()
	}
	ptr := types.NewPointer(recv)
	for _, p := range append([]*types.Package{pkg}, pkg.Imports()...) {
		scope := p.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || !strings.HasSuffix(name, "Server") || !types.IsInterface(tn.Type()) {
				continue
			}
			iface := tn.Type().Underlying().(*types.Interface)
			if !hasMethod(iface, f.Obj.Name()) || !types.Implements(ptr, iface) {
				continue
			}
			svc := strings.TrimSuffix(name, "Server")
			if c, ok := scope.Lookup(svc + "_" + f.Obj.Name() + "_FullMethodName").(*types.Const); ok && c.Val().Kind() == constant.String {
				return constant.StringVal(c.Val())
			}
			return "/" + svc + "/" + f.Obj.Name()
		}
	}
	return ""
}

func hasMethod(iface *types.Interface, name string) bool {
	for m := range iface.Methods() {
		if m.Name() == name {
			return true
		}
	}
	return false
}
