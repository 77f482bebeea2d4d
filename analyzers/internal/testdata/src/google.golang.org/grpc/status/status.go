// Package status is a stub of google.golang.org/grpc/status for scalevet's analyzer tests: only the API shape matters.
package status

import (
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/internal/status"
)

// Status is an alias of the internal type, as in the real library.
type Status = status.Status

// New returns a Status representing c and msg.
func New(c codes.Code, msg string) *Status { return &Status{} }

// Newf returns New(c, fmt.Sprintf(format, a...)).
func Newf(c codes.Code, format string, a ...any) *Status { return &Status{} }

// Error returns an error representing c and msg.
func Error(c codes.Code, msg string) error { return nil }

// Errorf returns Error(c, fmt.Sprintf(format, a...)).
func Errorf(c codes.Code, format string, a ...any) error { return nil }

// FromError returns a Status representation of err.
func FromError(err error) (s *Status, ok bool) { return nil, false }

// Convert is a convenience function which removes the need to handle the boolean return value from FromError.
func Convert(err error) *Status { return nil }

// Code returns the Code of the error if it is a Status error or if it wraps a Status error.
func Code(err error) codes.Code { return codes.OK }

// FromContextError converts a context error or wrapped context error into a Status.
func FromContextError(err error) *Status { return nil }
