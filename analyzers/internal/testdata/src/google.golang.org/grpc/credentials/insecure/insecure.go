// Package insecure is a stub of google.golang.org/grpc/credentials/insecure for scalevet's analyzer tests: only the API shape matters.
package insecure

import "google.golang.org/grpc/credentials"

// NewCredentials returns a credentials which disables transport security.
func NewCredentials() credentials.TransportCredentials { return nil }
