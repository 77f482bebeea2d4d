// Package huma is a stub of github.com/danielgtaylor/huma/v2 for scalevet's analyzer tests: only the API shape matters.
package huma

import "context"

// API is a registered API.
type API interface{ OpenAPI() any }

// Operation describes one operation.
type Operation struct {
	Method, Path string
}

// Register registers a handler for an operation.
func Register[I, O any](api API, op Operation, handler func(context.Context, *I) (*O, error)) {}
