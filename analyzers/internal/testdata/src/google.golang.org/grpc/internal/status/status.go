// Package status is a stub of google.golang.org/grpc/internal/status for scalevet's analyzer tests: only the API shape matters.
package status

import "google.golang.org/grpc/codes"

// Status represents an RPC status code, message, and details.
type Status struct{ _ int }

func (s *Status) Code() codes.Code { return codes.OK }
func (s *Status) Message() string  { return "" }
func (s *Status) Err() error       { return nil }
func (s *Status) Details() []any   { return nil }
func (s *Status) String() string   { return "" }
