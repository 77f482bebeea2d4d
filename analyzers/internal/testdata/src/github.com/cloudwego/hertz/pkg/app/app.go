// Package app is a stub of github.com/cloudwego/hertz/pkg/app for scalevet's analyzer tests: only the API shape matters.
package app

// RequestContext carries one request.
type RequestContext struct{}

// Param returns a path parameter.
func (c *RequestContext) Param(key string) string { return "" }

// HandlerFunc serves one request.
type HandlerFunc func(c interface{}, ctx *RequestContext)
