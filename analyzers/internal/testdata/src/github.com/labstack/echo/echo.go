// Package echo is a stub of github.com/labstack/echo (v3) for scalevet's analyzer tests: only the API shape matters.
package echo

import "net/http"

// Context is the request context of echo v3.
type Context interface {
	Request() *http.Request
	Param(name string) string
	JSON(code int, i interface{}) error
}

// HandlerFunc serves one request.
type HandlerFunc func(Context) error

// Echo is the application.
type Echo struct{}

// New returns an application.
func New() *Echo { return &Echo{} }

// GET registers a route.
func (e *Echo) GET(path string, h HandlerFunc) {}
