// Package bson is a stub of go.mongodb.org/mongo-driver/bson for scalevet's analyzer tests: only the API shape matters.
package bson

import "go.mongodb.org/mongo-driver/bson/primitive"

// M, D, E and A are ALIASES of the primitive package's types in driver v1.
type (
	M = primitive.M
	D = primitive.D
	E = primitive.E
	A = primitive.A
)

// Raw is a raw encoded BSON document.
type Raw []byte

// Marshal returns the BSON encoding of val as a BSON document.
func Marshal(val interface{}) ([]byte, error) { return nil, nil }

// Unmarshal parses the BSON-encoded data and stores the result in the value pointed to by val.
func Unmarshal(data []byte, val interface{}) error { return nil }
