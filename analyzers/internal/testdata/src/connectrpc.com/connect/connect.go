// Package connect is a stub of connectrpc.com/connect for scalevet's analyzer tests: only the API shape matters.
package connect

// Request is a typed request.
type Request[T any] struct{ Msg *T }

// Response is a typed response.
type Response[T any] struct{ Msg *T }

// ServerStream sends a stream of responses.
type ServerStream[T any] struct{}

// NewResponse wraps a message.
func NewResponse[T any](m *T) *Response[T] { return &Response[T]{Msg: m} }
