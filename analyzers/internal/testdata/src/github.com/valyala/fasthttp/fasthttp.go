// Package fasthttp is a stub of github.com/valyala/fasthttp for scalevet's analyzer tests: only the API shape matters.
package fasthttp

import (
	"net"
	"time"
)

// RequestHandler must process incoming requests.
type RequestHandler func(ctx *RequestCtx)

// RequestCtx contains the incoming request and manages the outgoing
// response. Its Deadline, Done, Err and Value methods make *RequestCtx a
// context.Context.
type RequestCtx struct {
	Request  Request
	Response Response
}

func (ctx *RequestCtx) SetUserValue(key any, value any)         {}
func (ctx *RequestCtx) UserValue(key any) any                   { return nil }
func (ctx *RequestCtx) SetStatusCode(statusCode int)            {}
func (ctx *RequestCtx) RequestURI() []byte                      { return nil }
func (ctx *RequestCtx) Path() []byte                            { return nil }
func (ctx *RequestCtx) QueryArgs() *Args                        { return nil }
func (ctx *RequestCtx) Method() []byte                          { return nil }
func (ctx *RequestCtx) PostBody() []byte                        { return nil }
func (ctx *RequestCtx) SetBodyString(body string)               {}
func (ctx *RequestCtx) Write(p []byte) (int, error)             { return 0, nil }
func (ctx *RequestCtx) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }
func (ctx *RequestCtx) Done() <-chan struct{}                   { return nil }
func (ctx *RequestCtx) Err() error                              { return nil }
func (ctx *RequestCtx) Value(key any) any                       { return nil }

// Request represents an HTTP request.
type Request struct {
	Header RequestHeader
}

func (req *Request) Body() []byte        { return nil }
func (req *Request) SetBody(body []byte) {}
func (req *Request) URI() *URI           { return nil }

// Response represents an HTTP response.
type Response struct{ _ int }

func (resp *Response) StatusCode() int              { return 0 }
func (resp *Response) SetStatusCode(statusCode int) {}
func (resp *Response) Body() []byte                 { return nil }
func (resp *Response) SetBody(body []byte)          {}

// RequestHeader represents HTTP request header.
type RequestHeader struct{ _ int }

func (h *RequestHeader) Add(key, value string)  {}
func (h *RequestHeader) Set(key, value string)  {}
func (h *RequestHeader) Peek(key string) []byte { return nil }
func (h *RequestHeader) String() string         { return "" }

// Args represents query arguments.
type Args struct{ _ int }

func (a *Args) String() string         { return "" }
func (a *Args) Add(key, value string)  {}
func (a *Args) Set(key, value string)  {}
func (a *Args) Peek(key string) []byte { return nil }
func (a *Args) Has(key string) bool    { return false }

// URI represents URI.
type URI struct{ _ int }

func (u *URI) Path() []byte     { return nil }
func (u *URI) String() string   { return "" }
func (u *URI) QueryArgs() *Args { return nil }

// Server implements HTTP server.
type Server struct {
	Handler RequestHandler
}

func (s *Server) ListenAndServe(addr string) error { return nil }
func (s *Server) Serve(ln net.Listener) error      { return nil }
func (s *Server) Shutdown() error                  { return nil }
