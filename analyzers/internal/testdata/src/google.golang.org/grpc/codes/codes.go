// Package codes is a stub of google.golang.org/grpc/codes for scalevet's analyzer tests: only the API shape matters.
package codes

// A Code is a status code defined according to the gRPC documentation.
type Code uint32

func (c Code) String() string { return "" }

func (c *Code) UnmarshalJSON(b []byte) error { return nil }

// The gRPC status codes.
const (
	OK                 Code = 0
	Canceled           Code = 1
	Unknown            Code = 2
	InvalidArgument    Code = 3
	DeadlineExceeded   Code = 4
	NotFound           Code = 5
	AlreadyExists      Code = 6
	PermissionDenied   Code = 7
	ResourceExhausted  Code = 8
	FailedPrecondition Code = 9
	Aborted            Code = 10
	OutOfRange         Code = 11
	Unimplemented      Code = 12
	Internal           Code = 13
	Unavailable        Code = 14
	DataLoss           Code = 15
	Unauthenticated    Code = 16
)
