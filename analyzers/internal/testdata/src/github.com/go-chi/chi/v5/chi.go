// Package chi is a stub of github.com/go-chi/chi/v5 for scalevet's analyzer tests: only the API shape matters.
package chi

import (
	"context"
	"net/http"
)

// Router is an interface in the real library; *Mux implements it.
type Router interface {
	http.Handler
	Routes

	Use(middlewares ...func(http.Handler) http.Handler)
	With(middlewares ...func(http.Handler) http.Handler) Router
	Group(fn func(r Router)) Router
	Route(pattern string, fn func(r Router)) Router
	Mount(pattern string, h http.Handler)

	Handle(pattern string, h http.Handler)
	HandleFunc(pattern string, h http.HandlerFunc)
	Method(method, pattern string, h http.Handler)
	MethodFunc(method, pattern string, h http.HandlerFunc)

	Connect(pattern string, h http.HandlerFunc)
	Delete(pattern string, h http.HandlerFunc)
	Get(pattern string, h http.HandlerFunc)
	Head(pattern string, h http.HandlerFunc)
	Options(pattern string, h http.HandlerFunc)
	Patch(pattern string, h http.HandlerFunc)
	Post(pattern string, h http.HandlerFunc)
	Put(pattern string, h http.HandlerFunc)
	Query(pattern string, h http.HandlerFunc)
	Trace(pattern string, h http.HandlerFunc)

	NotFound(h http.HandlerFunc)
	MethodNotAllowed(h http.HandlerFunc)
}

// Routes is the introspection half of Router.
type Routes interface {
	Routes() []Route
	Middlewares() Middlewares
	Match(rctx *Context, method, path string) bool
	Find(rctx *Context, method, path string) string
}

// Middlewares is a slice of standard middleware handlers.
type Middlewares []func(http.Handler) http.Handler

func (mws Middlewares) Handler(h http.Handler) http.Handler         { panic("stub") }
func (mws Middlewares) HandlerFunc(h http.HandlerFunc) http.Handler { panic("stub") }

// Chain returns a Middlewares type from a slice of middleware handlers.
func Chain(middlewares ...func(http.Handler) http.Handler) Middlewares { panic("stub") }

// Route describes a registered route.
type Route struct {
	SubRoutes Routes
	Handlers  map[string]http.Handler
	Pattern   string
}

// Mux is the router implementation.
type Mux struct{ _ int }

// NewRouter returns a new Mux.
func NewRouter() *Mux { return &Mux{} }

// NewMux returns a new Mux.
func NewMux() *Mux { return &Mux{} }

func (mx *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request)              {}
func (mx *Mux) Use(middlewares ...func(http.Handler) http.Handler)            {}
func (mx *Mux) Handle(pattern string, handler http.Handler)                   {}
func (mx *Mux) HandleFunc(pattern string, handlerFn http.HandlerFunc)         {}
func (mx *Mux) Method(method, pattern string, handler http.Handler)           {}
func (mx *Mux) MethodFunc(method, pattern string, handlerFn http.HandlerFunc) {}
func (mx *Mux) Connect(pattern string, handlerFn http.HandlerFunc)            {}
func (mx *Mux) Delete(pattern string, handlerFn http.HandlerFunc)             {}
func (mx *Mux) Get(pattern string, handlerFn http.HandlerFunc)                {}
func (mx *Mux) Head(pattern string, handlerFn http.HandlerFunc)               {}
func (mx *Mux) Options(pattern string, handlerFn http.HandlerFunc)            {}
func (mx *Mux) Patch(pattern string, handlerFn http.HandlerFunc)              {}
func (mx *Mux) Post(pattern string, handlerFn http.HandlerFunc)               {}
func (mx *Mux) Put(pattern string, handlerFn http.HandlerFunc)                {}
func (mx *Mux) Query(pattern string, handlerFn http.HandlerFunc)              {}
func (mx *Mux) Trace(pattern string, handlerFn http.HandlerFunc)              {}
func (mx *Mux) NotFound(handlerFn http.HandlerFunc)                           {}
func (mx *Mux) MethodNotAllowed(handlerFn http.HandlerFunc)                   {}
func (mx *Mux) With(middlewares ...func(http.Handler) http.Handler) Router    { return mx }
func (mx *Mux) Group(fn func(r Router)) Router                                { return mx }
func (mx *Mux) Route(pattern string, fn func(r Router)) Router                { return mx }
func (mx *Mux) Mount(pattern string, handler http.Handler)                    {}
func (mx *Mux) Routes() []Route                                               { return nil }
func (mx *Mux) Middlewares() Middlewares                                      { return nil }
func (mx *Mux) Match(rctx *Context, method, path string) bool                 { return false }
func (mx *Mux) Find(rctx *Context, method, path string) string                { return "" }
func (mx *Mux) NotFoundHandler() http.HandlerFunc                             { return nil }

// Context is the routing context stored in the request context.
type Context struct {
	Routes        Routes
	RoutePath     string
	RouteMethod   string
	URLParams     RouteParams
	RoutePatterns []string
}

func (x *Context) Reset()                     {}
func (x *Context) Clone() *Context            { return x }
func (x *Context) URLParam(key string) string { return "" }
func (x *Context) RoutePattern() string       { return "" }

// RouteParams holds the URL parameters of a route.
type RouteParams struct {
	Keys, Values []string
}

func (s *RouteParams) Add(key, value string) {}

// NewRouteContext returns a new routing Context.
func NewRouteContext() *Context { return &Context{} }

// RouteContext returns chi's routing Context from ctx.
func RouteContext(ctx context.Context) *Context { return nil }

// URLParam returns the URL parameter key of r.
func URLParam(r *http.Request, key string) string { return "" }

// URLParamFromCtx returns the URL parameter key from ctx.
func URLParamFromCtx(ctx context.Context, key string) string { return "" }

// WalkFunc is called for each route by Walk.
type WalkFunc func(method string, route string, handler http.Handler, middlewares ...func(http.Handler) http.Handler) error

// Walk walks any router tree that implements Routes.
func Walk(r Routes, walkFn WalkFunc) error { return nil }
