package requestpath

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/typematch"
)

// Framework names the kind of entry point, for messages and tests.
type Framework string

// The frameworks whose entry points are recognised.
const (
	NetHTTP   Framework = "net/http" // also chi and gorilla/mux, which use its types
	Gin       Framework = "gin"
	Echo      Framework = "echo"
	FiberV2   Framework = "fiber"
	FiberV3   Framework = "fiber/v3"
	EchoV3    Framework = "echo/v3"
	EchoV5    Framework = "echo/v5"
	Huma      Framework = "huma" // operations registered with huma.Register
	Hertz     Framework = "hertz"
	Iris      Framework = "iris"
	Beego     Framework = "beego"   // methods of a controller type
	Connect   Framework = "connect" // connect-go service methods
	GraphQL   Framework = "graphql" // gqlgen resolver methods
	GRPC      Framework = "grpc"
	Adapter   Framework = "adapter"   // a function handed to a handler adapter
	Template  Framework = "template"  // a function registered in a template.FuncMap
	Directive Framework = "directive" // //scalevet:handler
)

// Import paths of the frameworks recognised by type.
const (
	pathEchoV3  = "github.com/labstack/echo"
	pathEchoV4  = "github.com/labstack/echo/v4"
	pathEchoV5  = "github.com/labstack/echo/v5"
	pathHuma    = "github.com/danielgtaylor/huma/v2"
	pathHertz   = "github.com/cloudwego/hertz/pkg/app"
	pathIris    = "github.com/kataras/iris/v12/context"
	pathConnect = "connectrpc.com/connect"
	pathConnOld = "github.com/bufbuild/connect-go"
	pathGQLGen  = "github.com/99designs/gqlgen/graphql"

	pathBeegoCtx   = "github.com/beego/beego/v2/server/web/context"
	pathBeegoV1Ctx = "github.com/astaxie/beego/context"
)

// beegoControllers are the controller types a beego application's
// controllers embed; their exported methods serve requests.
var beegoControllers = [...][2]string{
	{"github.com/beego/beego/v2/server/web", "Controller"},
	{"github.com/astaxie/beego", "Controller"},
}

// handlerSignature recognises the signatures frameworks call once per
// request. A function with one of them is a handler wherever it is
// registered: registration (http.HandleFunc, router.GET, ...) only
// accepts these types, so the declaration is where it is known.
func handlerSignature(sig *types.Signature) Framework {
	params, results := sig.Params(), sig.Results()
	switch {
	case params.Len() == 2 && results.Len() == 0:
		if typematch.IsNamed(params.At(0).Type(), "net/http", "ResponseWriter") && typematch.IsPointerTo(params.At(1).Type(), "net/http", "Request") {
			return NetHTTP
		}
		if typematch.IsNamed(params.At(0).Type(), "context", "Context") && typematch.IsPointerTo(params.At(1).Type(), pathHertz, "RequestContext") {
			return Hertz
		}
	case params.Len() == 1 && results.Len() == 0:
		switch p := params.At(0).Type(); {
		case typematch.IsPointerTo(p, "github.com/gin-gonic/gin", "Context"):
			return Gin
		case typematch.IsPointerTo(p, pathIris, "Context"):
			return Iris
		case typematch.IsPointerTo(p, pathBeegoCtx, "Context"), typematch.IsPointerTo(p, pathBeegoV1Ctx, "Context"):
			return Beego // a filter: func(*context.Context)
		}
	case params.Len() == 1 && results.Len() == 1 && types.Identical(results.At(0).Type(), types.Universe.Lookup("error").Type()):
		p := params.At(0).Type()
		switch {
		case typematch.IsNamed(p, pathEchoV4, "Context"):
			return Echo
		case typematch.IsNamed(p, pathEchoV3, "Context"):
			return EchoV3
		case typematch.IsPointerTo(p, pathEchoV5, "Context"):
			return EchoV5
		case typematch.IsPointerTo(p, "github.com/gofiber/fiber/v2", "Ctx"):
			return FiberV2
		case typematch.IsNamed(p, "github.com/gofiber/fiber/v3", "Ctx"):
			return FiberV3
		}
	}
	return ""
}

// grpcMethods returns the methods of this package that serve gRPC
// requests: methods of a type that embeds a generated
// UnimplementedXxxServer, or that is passed to RegisterXxxServer, whose
// names are methods of the generated XxxServer interface.
func grpcMethods(g *funcgraph.Graph, info *types.Info) map[*funcgraph.Func]bool {
	var out map[*funcgraph.Func]bool
	mark := func(recv types.Type, iface *types.Interface) {
		for _, f := range g.Funcs {
			if f.Obj == nil || f.Sig.Recv() == nil || !sameNamed(f.Sig.Recv().Type(), recv) {
				continue
			}
			for m := range iface.Methods() {
				if m.Name() == f.Obj.Name() {
					if out == nil {
						out = make(map[*funcgraph.Func]bool)
					}
					out[f] = true
				}
			}
		}
	}
	seen := make(map[*types.Named]bool)
	for _, f := range g.Funcs {
		// Embedding: any method's receiver type may embed the
		// generated Unimplemented type.
		if f.Obj != nil && f.Sig.Recv() != nil {
			if n := typematch.NamedOf(f.Sig.Recv().Type()); n != nil && !seen[n] {
				seen[n] = true
				if iface := embeddedServer(n); iface != nil {
					mark(n, iface)
				}
			}
		}
		// Registration: RegisterXxxServer(s, impl).
		for _, s := range f.Sites {
			if s.Call == nil || s.Ref != nil || s.Callee == nil || len(s.Call.Args) != 2 {
				continue
			}
			name := s.Callee.Name()
			if !strings.HasPrefix(name, "Register") || !strings.HasSuffix(name, "Server") {
				continue
			}
			params := s.Callee.Signature().Params()
			if params.Len() != 2 {
				continue
			}
			iface, ok := params.At(1).Type().Underlying().(*types.Interface)
			if !ok {
				continue
			}
			if t := info.TypeOf(s.Call.Args[1]); t != nil {
				mark(t, iface)
			}
		}
	}
	return out
}

// embeddedServer returns the generated XxxServer interface when the
// struct n embeds UnimplementedXxxServer (or UnsafeXxxServer).
func embeddedServer(n *types.Named) *types.Interface {
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	for field := range st.Fields() {
		if !field.Embedded() {
			continue
		}
		en := typematch.NamedOf(field.Type())
		if en == nil || en.Obj().Pkg() == nil {
			continue
		}
		name := en.Obj().Name()
		var service string
		switch {
		case strings.HasPrefix(name, "Unimplemented") && strings.HasSuffix(name, "Server"):
			service = strings.TrimPrefix(name, "Unimplemented")
		case strings.HasPrefix(name, "Unsafe") && strings.HasSuffix(name, "Server"):
			service = strings.TrimPrefix(name, "Unsafe")
		default:
			continue
		}
		obj, ok := en.Obj().Pkg().Scope().Lookup(service).(*types.TypeName)
		if !ok {
			continue
		}
		iface, ok := obj.Type().Underlying().(*types.Interface)
		if !ok {
			continue
		}
		// Generated server interfaces carry mustEmbedUnimplementedXxxServer.
		for m := range iface.Methods() {
			if strings.HasPrefix(m.Name(), "mustEmbedUnimplemented") {
				return iface
			}
		}
	}
	return nil
}

// sameNamed reports whether a and b are the same named type, ignoring pointers.
func sameNamed(a, b types.Type) bool {
	na, nb := typematch.NamedOf(a), typematch.NamedOf(b)
	return na != nil && nb != nil && na.Origin() == nb.Origin()
}

// requestLike reports whether t is a type that carries one request: a
// handler's request, response writer or framework context. A function
// that takes one, handed to a handler adapter, serves requests.
func requestLike(t types.Type) bool {
	switch {
	case typematch.IsPointerTo(t, "net/http", "Request"),
		typematch.IsNamed(t, "net/http", "ResponseWriter"),
		typematch.IsPointerTo(t, "github.com/gin-gonic/gin", "Context"),
		typematch.IsNamed(t, pathEchoV4, "Context"),
		typematch.IsNamed(t, pathEchoV3, "Context"),
		typematch.IsPointerTo(t, pathEchoV5, "Context"),
		typematch.IsPointerTo(t, "github.com/gofiber/fiber/v2", "Ctx"),
		typematch.IsNamed(t, "github.com/gofiber/fiber/v3", "Ctx"),
		typematch.IsPointerTo(t, pathHertz, "RequestContext"),
		typematch.IsPointerTo(t, pathIris, "Context"),
		typematch.IsPointerTo(t, pathBeegoCtx, "Context"):
		return true
	}
	return false
}

// requestCarrier reports whether t is request-like, or a struct (or
// pointer to one) that embeds a request-like type: a service's own
// context type wrapping the framework's (`type WebContext struct {
// *gin.Context }`).
func requestCarrier(t types.Type) bool {
	if requestLike(t) {
		return true
	}
	n := typematch.NamedOf(t)
	if n == nil {
		return false
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for field := range st.Fields() {
		if field.Embedded() && requestLike(field.Type()) {
			return true
		}
	}
	return false
}

// CarriesRequest reports whether a value of type t carries one request:
// a handler's request or response writer, a framework's context, or a
// service's own type embedding one. What a function computes from it
// is the request's.
func CarriesRequest(t types.Type) bool { return requestCarrier(t) }

// takesRequest reports whether a signature has a request-like parameter.
func takesRequest(sig *types.Signature) bool {
	for v := range sig.Params().Variables() {
		if requestCarrier(v.Type()) {
			return true
		}
	}
	return false
}

// adapted returns the functions of this package handed to a handler
// adapter: a function value passed where the callee's parameter is a
// function type that takes a request (`mux.HandleFunc("/items",
// adapt(listItems))`, `s.route(listItems, roleViewer)`), when the
// function itself takes one. The adapter calls it once per request;
// its own signature is the service's, not a framework's, so it is
// recognised by what the adapter accepts rather than by name.
func adapted(g *funcgraph.Graph, info *types.Info) map[*funcgraph.Func]Framework {
	var out map[*funcgraph.Func]Framework
	for _, f := range g.Funcs {
		for _, s := range f.Sites {
			if s.Ref == nil || s.Call == nil || s.Target == nil || s.Escapes {
				continue
			}
			if registersOperation(info, s.Call) {
				if out == nil {
					out = make(map[*funcgraph.Func]Framework)
				}
				out[s.Target] = Huma
				continue
			}
			if !takesRequest(s.Target.Sig) {
				continue
			}
			param := paramOf(info, s.Call, s.Ref)
			if param == nil {
				continue
			}
			if psig, ok := param.Underlying().(*types.Signature); ok && takesRequest(psig) {
				if out == nil {
					out = make(map[*funcgraph.Func]Framework)
				}
				out[s.Target] = Adapter
			}
		}
	}
	return out
}

// registersOperation reports whether call is huma.Register, whose
// handler argument (a func(context.Context, *In) (*Out, error)) serves
// one operation per request.
func registersOperation(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	return ok && fn.Name() == "Register" && fn.Pkg() != nil && fn.Pkg().Path() == pathHuma
}

// paramOf returns the type of the parameter that arg is passed to in
// call, or nil when arg is not one of its arguments or the call is a
// conversion.
func paramOf(info *types.Info, call *ast.CallExpr, arg ast.Expr) types.Type {
	if tv, ok := info.Types[call.Fun]; !ok || tv.IsType() {
		return nil // a conversion
	}
	sig, ok := info.TypeOf(call.Fun).Underlying().(*types.Signature)
	if !ok {
		return nil
	}
	for i, a := range call.Args {
		if ast.Unparen(a) != arg {
			continue
		}
		params := sig.Params()
		if i >= params.Len() && !sig.Variadic() {
			return nil
		}
		t := params.At(funcgraph.Param(sig, i)).Type()
		if sig.Variadic() && i >= params.Len()-1 && !call.Ellipsis.IsValid() {
			t = t.Underlying().(*types.Slice).Elem() // one of the values a ...T parameter collects
		}
		return t
	}
	return nil
}

// controllerMethods returns the methods of this package that beego
// routes requests to: exported methods, declared here, of a type that
// embeds a beego Controller.
func controllerMethods(g *funcgraph.Graph) map[*funcgraph.Func]bool {
	var out map[*funcgraph.Func]bool
	for _, f := range g.Funcs {
		if f.Obj == nil || f.Sig.Recv() == nil || !f.Obj.Exported() {
			continue
		}
		n := typematch.NamedOf(f.Sig.Recv().Type())
		if n == nil || !embedsAny(n, beegoControllers[:]) {
			continue
		}
		if out == nil {
			out = make(map[*funcgraph.Func]bool)
		}
		out[f] = true
	}
	return out
}

// embedsAny reports whether struct n embeds one of the named types.
func embedsAny(n *types.Named, named [][2]string) bool {
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for field := range st.Fields() {
		if !field.Embedded() {
			continue
		}
		for _, pn := range named {
			if typematch.IsNamed(field.Type(), pn[0], pn[1]) || typematch.IsPointerTo(field.Type(), pn[0], pn[1]) {
				return true
			}
		}
	}
	return false
}

// connectMethod reports whether a method serves a connect-go RPC: it
// takes a context and a *connect.Request[T] or one of connect's stream
// types.
func connectMethod(f *funcgraph.Func) bool {
	if f.Obj == nil || f.Sig.Recv() == nil || !f.Obj.Exported() {
		return false
	}
	params := f.Sig.Params()
	if params.Len() != 2 || !typematch.IsNamed(params.At(0).Type(), "context", "Context") {
		return false
	}
	n := typematch.NamedOf(params.At(1).Type())
	if n == nil || n.Obj().Pkg() == nil {
		return false
	}
	switch n.Obj().Pkg().Path() {
	case pathConnect, pathConnOld:
	default:
		return false
	}
	switch n.Obj().Name() {
	case "Request", "ClientStream", "ServerStream", "BidiStream":
		return true
	}
	return false
}

// resolverMethods returns the methods of this package that gqlgen
// calls once per field of a query: methods of a concrete type that
// implements a XxxResolver interface declared by a package that
// imports gqlgen's runtime (the generated executor), in this package or
// one it imports. For a field resolver (its second parameter is the
// object the field belongs to) of a type that some resolver returns as
// a list, the value is that type's name: gqlgen resolves the field
// once per element of the list, so a query in it is an N+1 of the
// list. Root resolvers (Query, Mutation) map to "".
func resolverMethods(g *funcgraph.Graph, pkg *types.Package) map[*funcgraph.Func]string {
	ifaces := resolverIfaces(pkg)
	if len(ifaces) == 0 {
		return nil
	}
	listed := listedTypes(ifaces)
	var out map[*funcgraph.Func]string
	impl := make(map[*types.Named]*types.Interface)
	for _, f := range g.Funcs {
		if f.Obj == nil || f.Sig.Recv() == nil {
			continue
		}
		n := typematch.NamedOf(f.Sig.Recv().Type())
		if n == nil {
			continue
		}
		it, seen := impl[n]
		if !seen {
			for _, cand := range ifaces {
				if types.Implements(types.NewPointer(n), cand) {
					it = cand
					break
				}
			}
			impl[n] = it
		}
		if it == nil {
			continue
		}
		for m := range it.Methods() {
			if m.Name() != f.Obj.Name() {
				continue
			}
			if out == nil {
				out = make(map[*funcgraph.Func]string)
			}
			out[f] = ""
			if params := f.Sig.Params(); params.Len() >= 2 {
				if obj := typematch.NamedOf(params.At(1).Type()); obj != nil && listed[obj.Origin()] {
					out[f] = obj.Obj().Name()
				}
			}
		}
	}
	return out
}

// resolverIfaces returns the XxxResolver interfaces that gqlgen's
// generated executor declares, in pkg or a package it imports.
func resolverIfaces(pkg *types.Package) []*types.Interface {
	var ifaces []*types.Interface
	for _, p := range append([]*types.Package{pkg}, pkg.Imports()...) {
		if !importsAny(p, []string{pathGQLGen}) {
			continue
		}
		scope := p.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || !strings.HasSuffix(name, "Resolver") {
				continue
			}
			if it, ok := tn.Type().Underlying().(*types.Interface); ok && it.NumMethods() > 0 {
				ifaces = append(ifaces, it)
			}
		}
	}
	return ifaces
}

// promotedResolvers returns the resolver methods that a type of this
// package gets from a type of another package that it embeds: a root
// resolver that embeds one resolver per domain (`type resolver struct {
// timespan.ResolverForTimeSpan; ... }`). The domain's package sees no
// resolver interface, so its methods are not entry points there; here
// they are, with the embedded field as the place to report.
func promotedResolvers(pkg *types.Package, fset *token.FileSet) []*Promoted {
	ifaces := resolverIfaces(pkg)
	if len(ifaces) == 0 {
		return nil
	}
	listed := listedTypes(ifaces)
	var out []*Promoted
	seen := make(map[*types.Func]bool)
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		ptr := types.NewPointer(tn.Type())
		for _, it := range ifaces {
			if !types.Implements(ptr, it) {
				continue
			}
			for m := range it.Methods() {
				obj, index, _ := types.LookupFieldOrMethod(ptr, true, pkg, m.Name())
				fn, ok := obj.(*types.Func)
				if !ok || len(index) < 2 || fn.Pkg() == nil || fn.Pkg() == pkg || seen[fn] {
					continue
				}
				seen[fn] = true
				field := st.Field(index[0])
				p := &Promoted{Method: fn, Framework: GraphQL, Pos: field.Pos(), Holder: tn.Name()}
				if params := fn.Signature().Params(); params.Len() >= 2 {
					if obj := typematch.NamedOf(params.At(1).Type()); obj != nil && listed[obj.Origin()] {
						p.PerElement = obj.Obj().Name()
					}
				}
				out = append(out, p)
			}
		}
	}
	slices.SortFunc(out, func(a, b *Promoted) int {
		pa, pb := fset.Position(a.Pos), fset.Position(b.Pos)
		return cmp.Or(cmp.Compare(pa.Filename, pb.Filename), cmp.Compare(pa.Offset, pb.Offset), cmp.Compare(a.Method.Name(), b.Method.Name()))
	})
	return out
}

// listedTypes returns the named types that a resolver method returns as
// a list ([]*T or []T).
func listedTypes(ifaces []*types.Interface) map[*types.Named]bool {
	listed := make(map[*types.Named]bool)
	for _, it := range ifaces {
		for m := range it.Methods() {
			for v := range m.Signature().Results().Variables() {
				if sl, ok := v.Type().Underlying().(*types.Slice); ok {
					if n := typematch.NamedOf(sl.Elem()); n != nil {
						listed[n.Origin()] = true
					}
				}
			}
		}
	}
	return listed
}

// inboundShape reports whether a signature can only serve an incoming
// request: it takes both an http.ResponseWriter and an *http.Request
// (`func(w, r, user) error`), or a framework's request context or a
// struct that embeds one. An *http.Request alone is not enough: outgoing
// requests have that type too.
func inboundShape(sig *types.Signature) bool {
	var w, r bool
	for v := range sig.Params().Variables() {
		t := v.Type()
		switch {
		case typematch.IsNamed(t, "net/http", "ResponseWriter"):
			w = true
		case typematch.IsPointerTo(t, "net/http", "Request"):
			r = true
		case requestCarrier(t):
			return true
		}
	}
	return w && r
}

// registeredElsewhere returns the functions of this package that have
// a service's own handler shape (inboundShape) and that nothing in the
// package calls: a handler registered by another package, through an
// adapter there (`r.GET("/accounts", bindAPI(api.Accounts.List))` in
// main, the handler declared in package api). A helper that takes the
// request is called by the package's handlers, and is not one.
func registeredElsewhere(g *funcgraph.Graph) map[*funcgraph.Func]bool {
	called := make(map[*funcgraph.Func]bool)
	for _, f := range g.Funcs {
		for _, s := range f.Sites {
			if s.Ref == nil && s.Target != nil {
				called[s.Target] = true
			}
		}
	}
	var out map[*funcgraph.Func]bool
	for _, f := range g.Funcs {
		if f.Obj == nil || !f.Obj.Exported() || called[f] || !inboundShape(f.Sig) {
			continue
		}
		if out == nil {
			out = make(map[*funcgraph.Func]bool)
		}
		out[f] = true
	}
	return out
}
