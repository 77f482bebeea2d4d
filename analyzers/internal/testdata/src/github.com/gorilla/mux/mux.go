// Package mux is a stub of github.com/gorilla/mux for scalevet's analyzer tests: only the API shape matters.
package mux

import (
	"errors"
	"net/http"
	"net/url"
)

var (
	ErrMethodMismatch = errors.New("method is not allowed")
	ErrNotFound       = errors.New("no matching route was found")
	SkipRouter        = errors.New("skip this router")
)

// Router registers routes; HandleFunc takes a plain func, not http.HandlerFunc.
type Router struct {
	NotFoundHandler         http.Handler
	MethodNotAllowedHandler http.Handler
	KeepContext             bool
}

// NewRouter returns a new router instance.
func NewRouter() *Router { return &Router{} }

func (r *Router) Use(mwf ...MiddlewareFunc)                          {}
func (r *Router) Match(req *http.Request, match *RouteMatch) bool    { return false }
func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {}
func (r *Router) Get(name string) *Route                             { return nil }
func (r *Router) GetRoute(name string) *Route                        { return nil }
func (r *Router) StrictSlash(value bool) *Router                     { return r }
func (r *Router) SkipClean(value bool) *Router                       { return r }
func (r *Router) UseEncodedPath() *Router                            { return r }
func (r *Router) NewRoute() *Route                                   { return &Route{} }
func (r *Router) Name(name string) *Route                            { return &Route{} }
func (r *Router) Handle(path string, handler http.Handler) *Route    { return &Route{} }
func (r *Router) HandleFunc(path string, f func(http.ResponseWriter, *http.Request)) *Route {
	return &Route{}
}
func (r *Router) Headers(pairs ...string) *Route   { return &Route{} }
func (r *Router) Host(tpl string) *Route           { return &Route{} }
func (r *Router) MatcherFunc(f MatcherFunc) *Route { return &Route{} }
func (r *Router) Methods(methods ...string) *Route { return &Route{} }
func (r *Router) Path(tpl string) *Route           { return &Route{} }
func (r *Router) PathPrefix(tpl string) *Route     { return &Route{} }
func (r *Router) Queries(pairs ...string) *Route   { return &Route{} }
func (r *Router) Schemes(schemes ...string) *Route { return &Route{} }
func (r *Router) Walk(walkFn WalkFunc) error       { return nil }

// Route stores information to match a request and build URLs.
type Route struct{ _ int }

func (r *Route) Match(req *http.Request, match *RouteMatch) bool { return false }
func (r *Route) GetError() error                                 { return nil }
func (r *Route) Handler(handler http.Handler) *Route             { return r }
func (r *Route) HandlerFunc(f func(http.ResponseWriter, *http.Request)) *Route {
	return r
}
func (r *Route) GetHandler() http.Handler              { return nil }
func (r *Route) Name(name string) *Route               { return r }
func (r *Route) GetName() string                       { return "" }
func (r *Route) Headers(pairs ...string) *Route        { return r }
func (r *Route) Host(tpl string) *Route                { return r }
func (r *Route) MatcherFunc(f MatcherFunc) *Route      { return r }
func (r *Route) Methods(methods ...string) *Route      { return r }
func (r *Route) Path(tpl string) *Route                { return r }
func (r *Route) PathPrefix(tpl string) *Route          { return r }
func (r *Route) Queries(pairs ...string) *Route        { return r }
func (r *Route) Schemes(schemes ...string) *Route      { return r }
func (r *Route) Subrouter() *Router                    { return &Router{} }
func (r *Route) URL(pairs ...string) (*url.URL, error) { return nil, nil }
func (r *Route) GetPathTemplate() (string, error)      { return "", nil }
func (r *Route) GetMethods() ([]string, error)         { return nil, nil }

// RouteMatch stores information about a matched route.
type RouteMatch struct {
	Route    *Route
	Handler  http.Handler
	Vars     map[string]string
	MatchErr error
}

// MatcherFunc is the function signature used by custom matchers.
type MatcherFunc func(*http.Request, *RouteMatch) bool

func (m MatcherFunc) Match(r *http.Request, match *RouteMatch) bool { return m(r, match) }

// MiddlewareFunc is a function which receives an http.Handler and returns another http.Handler.
type MiddlewareFunc func(http.Handler) http.Handler

func (mw MiddlewareFunc) Middleware(handler http.Handler) http.Handler { return mw(handler) }

// WalkFunc is the type of the function called for each route visited by Walk.
type WalkFunc func(route *Route, router *Router, ancestors []*Route) error

// Vars returns the route variables for the current request, if any.
func Vars(r *http.Request) map[string]string { return nil }

// CurrentRoute returns the matched route for the current request, if any.
func CurrentRoute(r *http.Request) *Route { return nil }

// SetURLVars sets the URL variables for the given request, to be accessed via mux.Vars for testing route behaviour.
func SetURLVars(r *http.Request, val map[string]string) *http.Request { return r }
