// Package context is a stub of github.com/kataras/iris/v12/context for scalevet's analyzer tests: only the API shape matters.
package context

// Context carries one request.
type Context struct{}

// Params returns the path parameter.
func (c *Context) Params() string { return "" }

// Handler serves one request.
type Handler func(*Context)
