// Package echo is a stub of github.com/labstack/echo/v5 for scalevet's analyzer tests: only the API shape matters.
package echo

import "net/http"

// Context is a struct in echo v5; handlers receive a pointer.
type Context struct{}

// Request returns the request.
func (c *Context) Request() *http.Request { return nil }

// HandlerFunc serves one request.
type HandlerFunc func(c *Context) error
