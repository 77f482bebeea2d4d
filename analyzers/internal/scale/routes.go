package scale

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/typematch"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

// Route is a registration of a handler at a method and path.
type Route struct {
	Method string // "GET", or "ANY" when the registration takes every method
	// Path is the pattern as the framework writes it, with the
	// prefixes of the groups it is registered on that this function
	// knows; Base says where the rest comes from.
	Path    string
	Base    Base
	Handler string // the key of the handling function (Entry.Key or an alias), "" when not known
	Name    string // the handler as its code names it, for readers
	Pos     token.Pos
}

// Base is the router a route is registered on, when it is not a root
// this package builds: a parameter of a function (Slot ≥ 0, as
// funcgraph.ParamIndex counts) or its result (Slot -1). Func "" is a
// root.
type Base struct {
	Func string
	Slot int
}

// Mount says that the function Func gets, at Slot, a router at Prefix
// of Base: registerRoutes(api) with api := r.Group("/api"), or
// r.Mount("/admin", adminRouter()).
type Mount struct {
	Func   string
	Slot   int
	Prefix string
	Base   Base
	Pos    token.Pos // the call that hands the router on
}

// The frameworks whose registrations are read, by import path.
type framework uint8

const (
	netHTTP framework = iota + 1
	chi
	gorilla
	gin
	echo
	fiber
)

func frameworkOf(path string) framework {
	switch path {
	case "net/http":
		return netHTTP
	case "github.com/go-chi/chi/v5", "github.com/go-chi/chi":
		return chi
	case "github.com/gorilla/mux":
		return gorilla
	case "github.com/gin-gonic/gin":
		return gin
	case "github.com/labstack/echo/v4", "github.com/labstack/echo/v5", "github.com/labstack/echo":
		return echo
	case "github.com/gofiber/fiber/v2", "github.com/gofiber/fiber/v3":
		return fiber
	}
	return 0
}

// httpMethods are the methods a router method may be named after, as
// gin and echo spell them (upper case) and chi and fiber (title case).
var httpMethods = []string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "CONNECT", "OPTIONS", "TRACE"}

func methodNamed(name string) string {
	up := strings.ToUpper(name)
	if slices.Contains(httpMethods, up) {
		return up
	}
	return ""
}

// A router is what an expression that holds a router stands for: its
// base and the prefix this package adds to it.
type router struct {
	base   Base
	prefix string
}

// extractor reads the registrations of one package.
type extractor struct {
	pass *analysis.Pass
	g    *funcgraph.Graph
	info *types.Info
	defs *walk.Defs // local definitions, for a handler held in a variable
	vars map[*types.Var]router
	// methods gives the methods a gorilla/mux registration is
	// restricted to by a .Methods call on its result.
	methods map[*ast.CallExpr][]string
	routes  []Route
	mounts  []Mount
}

func newExtractor(pass *analysis.Pass, g *funcgraph.Graph) *extractor {
	return &extractor{pass: pass, g: g, info: pass.TypesInfo, defs: walk.NewDefs(pass.TypesInfo), vars: make(map[*types.Var]router), methods: make(map[*ast.CallExpr][]string)}
}

// run reads every function of the package, each call in source order,
// so that a group variable is known before the routes registered on it.
func (x *extractor) run() {
	for _, file := range x.pass.Files {
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			f := x.g.Of(x.info.Defs[fd.Name].(*types.Func))
			if f == nil {
				continue
			}
			x.function(f, fd.Body)
		}
	}
}

// function reads one declared function and the literals in it.
func (x *extractor) function(f *funcgraph.Func, body *ast.BlockStmt) {
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, l := range n.Lhs {
					x.bind(f, l, n.Rhs[i], n.Tok == token.DEFINE)
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, l := range n.Names {
					x.bind(f, l, n.Values[i], true)
				}
			}
		case *ast.IfStmt:
			x.dispatch(f, n)
		case *ast.CallExpr:
			// r.HandleFunc(p, h).Methods("GET"): the outer call is seen
			// first.
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Methods" {
				if in, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok {
					x.methods[in] = x.strs(n.Args)
				}
			}
			x.call(f, n)
		}
		return true
	})
}

// bind records the router a variable is given. A later plain
// assignment to a variable that holds a router already (r =
// r.PathPrefix(base).Subrouter() under a setting) does not replace it:
// the analysis does not follow which branch runs, and the first router
// is the one the rest of the function registers on when the branch is
// not taken.
func (x *extractor) bind(f *funcgraph.Func, lhs, rhs ast.Expr, define bool) {
	id, ok := lhs.(*ast.Ident)
	if !ok {
		return
	}
	v, ok := x.info.ObjectOf(id).(*types.Var)
	if !ok || !isRouter(v.Type()) {
		return
	}
	if _, bound := x.vars[v]; bound && !define {
		return
	}
	if r, ok := x.routerOf(f, rhs); ok {
		if r.base.Func == "" && r.prefix == "" && returned(f, v) {
			r.base = Base{Func: x.key(f), Slot: -1} // a router built and returned
		}
		x.vars[v] = r
	}
}

// returned reports whether a return statement of f's declared function
// gives v.
func returned(f *funcgraph.Func, v *types.Var) bool {
	for f.Outer != nil {
		f = f.Outer
	}
	for ret := range f.Returns() {
		for _, r := range ret.Results {
			if id, ok := ast.Unparen(r).(*ast.Ident); ok && id.Name == v.Name() && id.Pos() > v.Pos() {
				return true
			}
		}
	}
	return false
}

// key is the key of the declared function f is in.
func (x *extractor) key(f *funcgraph.Func) string { return Key(x.pass.Pkg, outermost(f)) }

// routerOf returns the router an expression stands for.
func (x *extractor) routerOf(f *funcgraph.Func, e ast.Expr) (router, bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := x.info.Uses[e].(*types.Var)
		if !ok {
			return router{}, false
		}
		if r, ok := x.vars[v]; ok {
			return r, true
		}
		if decl := outermost(f); decl.Obj != nil {
			if i := funcgraph.ParamIndex(decl.Sig, v); i >= 0 {
				return router{base: Base{Func: x.key(f), Slot: i}}, true
			}
		}
		if isRouter(v.Type()) {
			return router{}, true // a field or global: a root as far as this package knows
		}
	case *ast.SelectorExpr:
		if isRouter(x.info.TypeOf(e)) {
			if s := x.info.Selections[e]; s != nil && s.Kind() == types.FieldVal {
				return router{}, true
			}
		}
	case *ast.CallExpr:
		callee, _ := typeutil.Callee(x.info, e).(*types.Func)
		if callee == nil || !isRouter(x.info.TypeOf(e)) {
			return router{}, false
		}
		fw := frameworkOf(pkgPath(callee))
		sel, _ := e.Fun.(*ast.SelectorExpr)
		switch {
		case fw != 0 && sel != nil && callee.Signature().Recv() != nil:
			parent, _ := x.routerOf(f, sel.X) // a router it does not know is a root
			switch callee.Name() {
			case "Group", "Route":
				if len(e.Args) > 0 && fw != chi {
					if p, ok := x.prefix(e.Args[0]); ok {
						parent.prefix = join(parent.prefix, p)
					}
				}
			case "Subrouter":
				// mux: r.PathPrefix("/api").Subrouter()
				if in, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok {
					if p, ok := x.pathPrefix(in); ok {
						inner, _ := in.Fun.(*ast.SelectorExpr)
						parent, _ = x.routerOf(f, inner.X)
						parent.prefix = join(parent.prefix, p)
					}
				}
			}
			return parent, true
		case fw != 0:
			return router{}, true // a constructor: a new root
		default: // a function of the program that returns a router
			return router{base: Base{Func: callee.Origin().FullName(), Slot: -1}}, true
		}
	}
	return router{}, false
}

// pathPrefix returns the prefix of a gorilla/mux PathPrefix call.
func (x *extractor) pathPrefix(call *ast.CallExpr) (string, bool) {
	callee, _ := typeutil.Callee(x.info, call).(*types.Func)
	if callee == nil || frameworkOf(pkgPath(callee)) != gorilla || callee.Name() != "PathPrefix" && callee.Name() != "Path" || len(call.Args) != 1 {
		return "", false
	}
	return x.prefix(call.Args[0])
}

// prefix returns the text of a group's prefix: its constant value, or
// for a prefix built from settings ("/" + basePath) the constant parts
// with each variable as {name}.
func (x *extractor) prefix(e ast.Expr) (string, bool) {
	if s, ok := x.str(e); ok {
		return s, true
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		l, ok1 := x.prefix(e.X)
		r, ok2 := x.prefix(e.Y)
		return l + r, ok1 && ok2
	case *ast.Ident:
		return "{" + e.Name + "}", true
	case *ast.SelectorExpr:
		return "{" + e.Sel.Name + "}", true
	}
	return "", false
}

func outermost(f *funcgraph.Func) *funcgraph.Func {
	for f.Outer != nil {
		f = f.Outer
	}
	return f
}

func pkgPath(fn *types.Func) string {
	if fn.Pkg() == nil {
		return ""
	}
	return fn.Pkg().Path()
}

// isRouter reports whether t is a router type of a framework: a named
// type (or pointer to one) of a framework's package with a method that
// registers routes, or net/http's ServeMux.
func isRouter(t types.Type) bool {
	n := typematch.NamedOf(t)
	if n == nil || n.Obj().Pkg() == nil {
		return false
	}
	fw := frameworkOf(n.Obj().Pkg().Path())
	switch fw {
	case 0:
		return false
	case netHTTP:
		return n.Obj().Name() == "ServeMux"
	}
	ms := types.NewMethodSet(types.NewPointer(n))
	if types.IsInterface(n) {
		ms = types.NewMethodSet(n)
	}
	for _, name := range []string{"GET", "Get", "HandleFunc", "Handle"} {
		if ms.Lookup(n.Obj().Pkg(), name) != nil {
			return true
		}
	}
	return false
}

// str returns the constant string value of e.
func (x *extractor) str(e ast.Expr) (string, bool) {
	tv, ok := x.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// strs returns the constant strings of a []string literal or of
// variadic arguments.
func (x *extractor) strs(args []ast.Expr) []string {
	var out []string
	for _, a := range args {
		if lit, ok := ast.Unparen(a).(*ast.CompositeLit); ok {
			out = append(out, x.strs(lit.Elts)...)
			continue
		}
		if s, ok := x.str(a); ok {
			out = append(out, strings.ToUpper(s))
		}
	}
	return out
}

// join appends a path to a prefix as routers do, with one slash
// between them.
func join(prefix, path string) string {
	switch {
	case prefix == "":
		return path
	case path == "":
		return prefix
	case strings.HasSuffix(prefix, "/") && strings.HasPrefix(path, "/"):
		return prefix + path[1:]
	case !strings.HasSuffix(prefix, "/") && !strings.HasPrefix(path, "/"):
		return prefix + "/" + path
	}
	return prefix + path
}

// call reads one call: a registration of a framework, or a call of a
// function of the program that is handed a router (a Mount).
func (x *extractor) call(f *funcgraph.Func, call *ast.CallExpr) {
	callee, _ := typeutil.Callee(x.info, call).(*types.Func)
	if callee == nil {
		return
	}
	fw := frameworkOf(pkgPath(callee))
	if fw == 0 {
		x.mount(f, call, callee)
		return
	}
	name, args := callee.Name(), call.Args
	var on router // the router the call registers on
	sel, _ := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if sel != nil && callee.Signature().Recv() != nil {
		on, _ = x.routerOf(f, sel.X)
	}
	add := func(methods []string, path ast.Expr, h ast.Expr) {
		p, ok := x.str(path)
		if !ok {
			return
		}
		x.add(f, on, methods, p, h, call)
	}
	last := func(from int) ast.Expr {
		if len(args) <= from || call.Ellipsis.IsValid() {
			return nil
		}
		return args[len(args)-1]
	}
	if m := methodNamed(name); m != "" && fw != netHTTP && fw != gorilla && len(args) >= 2 && callee.Signature().Recv() != nil && isRouter(callee.Signature().Recv().Type()) {
		h := args[1]
		if fw == gin || fw == fiber {
			h = last(1) // middleware first, the handler last
		}
		add([]string{m}, args[0], h)
		return
	}
	switch fw {
	case netHTTP:
		if (name == "Handle" || name == "HandleFunc") && len(args) == 2 && (callee.Signature().Recv() == nil || isRouter(callee.Signature().Recv().Type())) {
			p, ok := x.str(args[0])
			if !ok {
				return
			}
			method := "ANY"
			if m, rest, ok := strings.Cut(p, " "); ok && methodNamed(m) != "" {
				method, p = m, strings.TrimLeft(rest, " \t")
			}
			x.add(f, on, []string{method}, p, args[1], call)
		}
	case chi:
		switch {
		case (name == "Handle" || name == "HandleFunc") && len(args) == 2:
			add([]string{"ANY"}, args[0], args[1])
		case (name == "Method" || name == "MethodFunc") && len(args) == 3:
			if m, ok := x.str(args[0]); ok {
				add([]string{strings.ToUpper(m)}, args[1], args[2])
			}
		case name == "Mount" && len(args) == 2:
			p, ok := x.str(args[0])
			if !ok {
				return
			}
			if sub, ok := x.routerOf(f, args[1]); ok && isRouter(x.info.TypeOf(args[1])) {
				if sub.base.Func != "" {
					x.mounts = append(x.mounts, Mount{Func: sub.base.Func, Slot: sub.base.Slot, Prefix: join(on.prefix, join(p, sub.prefix)), Base: on.base, Pos: call.Pos()})
				}
				return
			}
			x.add(f, on, []string{"ANY"}, join(p, "/*"), args[1], call)
		case name == "Route" && len(args) == 2:
			if p, ok := x.str(args[0]); ok {
				x.bindParam(args[1], router{base: on.base, prefix: join(on.prefix, p)})
			}
		case name == "Group" && len(args) == 1:
			x.bindParam(args[0], on)
		}
	case gorilla:
		x.gorilla(f, call, callee)
	case gin:
		switch {
		case name == "Any":
			add([]string{"ANY"}, args[0], last(1))
		case name == "Handle" && len(args) >= 3:
			if m, ok := x.str(args[0]); ok {
				add([]string{strings.ToUpper(m)}, args[1], last(2))
			}
		case name == "Match" && len(args) >= 3:
			add(x.strs(args[:1]), args[1], last(2))
		}
	case echo:
		switch {
		case name == "Any" && len(args) >= 2:
			add([]string{"ANY"}, args[0], args[1])
		case name == "Add" && len(args) >= 3:
			if m, ok := x.str(args[0]); ok {
				add([]string{strings.ToUpper(m)}, args[1], args[2])
			}
		case name == "Match" && len(args) >= 3:
			add(x.strs(args[:1]), args[1], args[2])
		}
	case fiber:
		switch {
		case name == "All" && len(args) >= 2:
			add([]string{"ANY"}, args[0], last(1))
		case name == "Add" && len(args) >= 3:
			add(x.strs(args[:1]), args[1], last(2))
		case name == "Route" && len(args) >= 2:
			if p, ok := x.str(args[0]); ok {
				x.bindParam(args[1], router{base: on.base, prefix: join(on.prefix, p)})
			}
		}
	}
}

// bindParam gives the router parameter of a literal (chi's r.Route(p,
// func(r chi.Router) { ... })) the router it is called with.
func (x *extractor) bindParam(e ast.Expr, r router) {
	lit, ok := ast.Unparen(e).(*ast.FuncLit)
	if !ok || len(lit.Type.Params.List) == 0 || len(lit.Type.Params.List[0].Names) == 0 {
		return
	}
	if v, ok := x.info.Defs[lit.Type.Params.List[0].Names[0]].(*types.Var); ok {
		x.vars[v] = r
	}
}

// gorilla reads a gorilla/mux registration: r.HandleFunc(p,
// h).Methods("GET"), and the route builders r.PathPrefix(p).Handler(h)
// and r.Methods("GET").Path(p).HandlerFunc(h).
func (x *extractor) gorilla(f *funcgraph.Func, call *ast.CallExpr, callee *types.Func) {
	name := callee.Name()
	sel, _ := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if sel == nil || len(call.Args) < 1 || callee.Signature().Recv() == nil {
		return // mux.Vars(r) and the like
	}
	recv := typematch.NamedOf(callee.Signature().Recv().Type())
	switch {
	case recv != nil && recv.Obj().Name() == "Router" && (name == "Handle" || name == "HandleFunc") && len(call.Args) == 2:
		on, _ := x.routerOf(f, sel.X)
		p, ok := x.str(call.Args[0])
		if !ok {
			return
		}
		methods := x.methods[call]
		if len(methods) == 0 {
			methods = []string{"ANY"}
		}
		x.add(f, on, methods, p, call.Args[1], call)
	case recv != nil && recv.Obj().Name() == "Route" && (name == "Handler" || name == "HandlerFunc") && len(call.Args) == 1:
		var methods []string
		path, prefix := "", false
		e := sel.X
		for {
			in, ok := ast.Unparen(e).(*ast.CallExpr)
			if !ok {
				return
			}
			c, _ := typeutil.Callee(x.info, in).(*types.Func)
			s, _ := ast.Unparen(in.Fun).(*ast.SelectorExpr)
			if c == nil || s == nil || frameworkOf(pkgPath(c)) != gorilla {
				return
			}
			switch c.Name() {
			case "Methods":
				methods = append(methods, x.strs(in.Args)...)
			case "Path", "PathPrefix":
				if p, ok := x.str(in.Args[0]); ok {
					path, prefix = p, c.Name() == "PathPrefix"
				}
			}
			e = s.X
			if isRouter(x.info.TypeOf(e)) {
				break
			}
		}
		if path == "" {
			return
		}
		on, _ := x.routerOf(f, e)
		if len(methods) == 0 {
			methods = []string{"ANY"}
		}
		if prefix {
			path += "*" // a prefix match: /static/ and all below
		}
		x.add(f, on, methods, path, call.Args[0], call)
	}
}

// mount records the routers a call of a function of the program hands
// it: registerRoutes(api), h.Register(v1).
func (x *extractor) mount(f *funcgraph.Func, call *ast.CallExpr, callee *types.Func) {
	off := 0
	if callee.Signature().Recv() != nil {
		off = 1
	}
	for i, a := range call.Args {
		if !isRouter(x.info.TypeOf(a)) {
			continue
		}
		r, ok := x.routerOf(f, a)
		if !ok || r.prefix == "" && r.base.Func == "" {
			continue
		}
		x.mounts = append(x.mounts, Mount{Func: callee.Origin().FullName(), Slot: funcgraph.Param(callee.Signature(), i) + off, Prefix: r.prefix, Base: r.base, Pos: call.Pos()})
	}
}

// add records a route.
func (x *extractor) add(f *funcgraph.Func, on router, methods []string, path string, h ast.Expr, call *ast.CallExpr) {
	if h == nil {
		return
	}
	key, name := x.handler(f, h, 0)
	for _, m := range methods {
		x.routes = append(x.routes, Route{Method: m, Path: join(on.prefix, path), Base: on.base, Handler: key, Name: name, Pos: call.Pos()})
	}
}
