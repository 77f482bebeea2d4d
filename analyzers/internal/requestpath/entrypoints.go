package requestpath

import (
	"go/types"
	"strings"

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
	GRPC      Framework = "grpc"
	Directive Framework = "directive" // //scalevet:handler
)

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
	case params.Len() == 1 && results.Len() == 0:
		if typematch.IsPointerTo(params.At(0).Type(), "github.com/gin-gonic/gin", "Context") {
			return Gin
		}
	case params.Len() == 1 && results.Len() == 1 && types.Identical(results.At(0).Type(), types.Universe.Lookup("error").Type()):
		p := params.At(0).Type()
		switch {
		case typematch.IsNamed(p, "github.com/labstack/echo/v4", "Context"):
			return Echo
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
