// Package grpc is a stub of google.golang.org/grpc for scalevet's analyzer tests: only the API shape matters.
package grpc

import (
	"context"
	"net"
	"net/http"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/metadata"
)

// SupportPackageIsVersion9 is referenced from generated protocol buffer files.
const SupportPackageIsVersion9 = true

// Version is the current grpc version.
const Version = "1.85.0"

// ServerOption is an INTERFACE with an unexported method in the real library.
type ServerOption interface {
	apply(*serverOptions)
}

type serverOptions struct{}

// DialOption is an INTERFACE with an unexported method in the real library.
type DialOption interface {
	apply(*dialOptions)
}

type dialOptions struct{}

// CallOption is an INTERFACE with unexported methods in the real library.
type CallOption interface {
	before(*callInfo) error
	after(*callInfo, *csAttempt)
}

type callInfo struct{}

type csAttempt struct{}

// EmptyCallOption does not alter the Call configuration.
type EmptyCallOption struct{}

func (EmptyCallOption) before(*callInfo) error      { return nil }
func (EmptyCallOption) after(*callInfo, *csAttempt) {}

// StaticMethodCallOption is a CallOption that specifies that a call comes from a static method.
type StaticMethodCallOption struct {
	EmptyCallOption
}

// StaticMethod returns a CallOption which specifies that a call is being made to a method that is static.
func StaticMethod() CallOption { return StaticMethodCallOption{} }

// WaitForReady configures the RPC's behavior when the client is in TRANSIENT_FAILURE.
func WaitForReady(waitForReady bool) CallOption { return EmptyCallOption{} }

// UnaryHandler defines the handler invoked by UnaryServerInterceptor to complete the normal execution of a unary RPC.
type UnaryHandler func(ctx context.Context, req any) (any, error)

// UnaryServerInfo consists of various information about a unary RPC on server side.
type UnaryServerInfo struct {
	Server     any
	FullMethod string
}

// UnaryServerInterceptor provides a hook to intercept the execution of a unary RPC on the server.
type UnaryServerInterceptor func(ctx context.Context, req any, info *UnaryServerInfo, handler UnaryHandler) (resp any, err error)

// StreamServerInfo consists of various information about a streaming RPC on server side.
type StreamServerInfo struct {
	FullMethod     string
	IsClientStream bool
	IsServerStream bool
}

// StreamServerInterceptor provides a hook to intercept the execution of a streaming RPC on the server.
type StreamServerInterceptor func(srv any, ss ServerStream, info *StreamServerInfo, handler StreamHandler) error

// UnaryInvoker is called by UnaryClientInterceptor to complete RPCs.
type UnaryInvoker func(ctx context.Context, method string, req, reply any, cc *ClientConn, opts ...CallOption) error

// UnaryClientInterceptor intercepts the execution of a unary RPC on the client.
type UnaryClientInterceptor func(ctx context.Context, method string, req, reply any, cc *ClientConn, invoker UnaryInvoker, opts ...CallOption) error

// MethodHandler is a function type that processes a unary RPC method call.
type MethodHandler func(srv any, ctx context.Context, dec func(any) error, interceptor UnaryServerInterceptor) (any, error)

// MethodDesc represents an RPC service's method specification.
type MethodDesc struct {
	MethodName string
	Handler    MethodHandler
}

// StreamHandler defines the handler called by gRPC server to complete the execution of a streaming RPC.
type StreamHandler func(srv any, stream ServerStream) error

// StreamDesc represents a streaming RPC service's method specification.
type StreamDesc struct {
	StreamName    string
	Handler       StreamHandler
	ServerStreams bool
	ClientStreams bool
}

// ServiceDesc represents an RPC service's specification.
type ServiceDesc struct {
	ServiceName string
	HandlerType any
	Methods     []MethodDesc
	Streams     []StreamDesc
	Metadata    any
}

// ServiceRegistrar wraps a single method that supports service registration.
// *Server implements it; generated RegisterXxxServer functions take it.
type ServiceRegistrar interface {
	RegisterService(desc *ServiceDesc, impl any)
}

// ServerStream defines the server-side behavior of a streaming RPC.
type ServerStream interface {
	SetHeader(metadata.MD) error
	SendHeader(metadata.MD) error
	SetTrailer(metadata.MD)
	Context() context.Context
	SendMsg(m any) error
	RecvMsg(m any) error
}

// ClientStream defines the client-side behavior of a streaming RPC.
type ClientStream interface {
	Header() (metadata.MD, error)
	Trailer() metadata.MD
	CloseSend() error
	Context() context.Context
	SendMsg(m any) error
	RecvMsg(m any) error
}

// ServerStreamingClient represents the client side of a server-streaming RPC.
type ServerStreamingClient[Res any] interface {
	Recv() (*Res, error)
	ClientStream
}

// ServerStreamingServer represents the server side of a server-streaming RPC.
type ServerStreamingServer[Res any] interface {
	Send(*Res) error
	ServerStream
}

// Server is a gRPC server to serve RPC requests.
type Server struct{ _ int }

// NewServer creates a gRPC server which has no service registered and has not started to accept requests yet.
func NewServer(opt ...ServerOption) *Server { return &Server{} }

func (s *Server) RegisterService(sd *ServiceDesc, ss any)          {}
func (s *Server) Serve(lis net.Listener) error                     { return nil }
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
func (s *Server) Stop()                                            {}
func (s *Server) GracefulStop()                                    {}

// UnaryInterceptor returns a ServerOption that sets the UnaryServerInterceptor for the server.
func UnaryInterceptor(i UnaryServerInterceptor) ServerOption { return nil }

// ChainUnaryInterceptor returns a ServerOption that specifies the chained interceptor for unary RPCs.
func ChainUnaryInterceptor(interceptors ...UnaryServerInterceptor) ServerOption { return nil }

// StreamInterceptor returns a ServerOption that sets the StreamServerInterceptor for the server.
func StreamInterceptor(i StreamServerInterceptor) ServerOption { return nil }

// Creds returns a ServerOption that sets credentials for server connections.
func Creds(c credentials.TransportCredentials) ServerOption { return nil }

// MaxRecvMsgSize returns a ServerOption to set the max message size in bytes the server can receive.
func MaxRecvMsgSize(m int) ServerOption { return nil }

// ClientConnInterface defines the functions clients need to perform unary and streaming RPCs.
// Generated NewXxxClient functions take it; *ClientConn implements it.
type ClientConnInterface interface {
	Invoke(ctx context.Context, method string, args any, reply any, opts ...CallOption) error
	NewStream(ctx context.Context, desc *StreamDesc, method string, opts ...CallOption) (ClientStream, error)
}

// ClientConn represents a virtual connection to a conceptual endpoint.
type ClientConn struct{ _ int }

func (cc *ClientConn) Invoke(ctx context.Context, method string, args, reply any, opts ...CallOption) error {
	return nil
}
func (cc *ClientConn) NewStream(ctx context.Context, desc *StreamDesc, method string, opts ...CallOption) (ClientStream, error) {
	return nil, nil
}
func (cc *ClientConn) Close() error { return nil }

// NewClient creates a new gRPC "channel" for the target URI provided. It
// does not connect: it is cheap, but a connection per request is still a leak.
func NewClient(target string, opts ...DialOption) (conn *ClientConn, err error) {
	return &ClientConn{}, nil
}

// Dial calls DialContext(context.Background(), target, opts...). Deprecated in the real library.
func Dial(target string, opts ...DialOption) (*ClientConn, error) { return &ClientConn{}, nil }

// DialContext creates a client connection to the given target. Deprecated in the real library.
func DialContext(ctx context.Context, target string, opts ...DialOption) (conn *ClientConn, err error) {
	return &ClientConn{}, nil
}

// WithTransportCredentials returns a DialOption which configures a connection level security credentials.
func WithTransportCredentials(creds credentials.TransportCredentials) DialOption { return nil }

// WithInsecure returns a DialOption which disables transport security. Deprecated in the real library.
func WithInsecure() DialOption { return nil }

// WithBlock returns a DialOption which makes callers of Dial block until the underlying connection is up.
func WithBlock() DialOption { return nil }

// WithUnaryInterceptor returns a DialOption that specifies the interceptor for unary RPCs.
func WithUnaryInterceptor(f UnaryClientInterceptor) DialOption { return nil }

// WithChainUnaryInterceptor returns a DialOption that specifies the chained interceptor for unary RPCs.
func WithChainUnaryInterceptor(interceptors ...UnaryClientInterceptor) DialOption { return nil }

// WithDefaultCallOptions returns a DialOption which sets the default CallOptions for calls over the connection.
func WithDefaultCallOptions(cos ...CallOption) DialOption { return nil }

// WithTimeout returns a DialOption that configures a timeout for dialing a ClientConn initially. Deprecated in the real library.
func WithTimeout(d time.Duration) DialOption { return nil }

// Errorf returns nil if c is OK. Deprecated in the real library: use status.Errorf.
func Errorf(c codes.Code, format string, a ...any) error { return nil }

// SetHeader sets the header metadata to be sent from the server to the client.
func SetHeader(ctx context.Context, md metadata.MD) error { return nil }

// Method returns the method string for the server context.
func Method(ctx context.Context) (string, bool) { return "", false }
