// Package rest is a stub of github.com/zeromicro/go-zero/rest for scalevet's analyzer tests: only the API shape matters.
package rest

import "net/http"

// RestConf configures a server.
type RestConf struct {
	Host string
	Port int
}

// Server is a go-zero HTTP server.
type Server struct{}

// Route is one route: its handler is a plain http.HandlerFunc.
type Route struct {
	Method  string
	Path    string
	Handler http.HandlerFunc
}

// RouteOption configures routes.
type RouteOption func(*[]Route)

// MustNewServer returns a server.
func MustNewServer(c RestConf) *Server { return &Server{} }

// AddRoutes registers routes.
func (s *Server) AddRoutes(rs []Route, opts ...RouteOption) {}

// Start serves.
func (s *Server) Start() {}

// Stop stops.
func (s *Server) Stop() {}
