// Package bson is a stub of go.mongodb.org/mongo-driver/v2/bson for scalevet's analyzer tests: only the API shape matters.
// In driver v2 M, D, E, A and ObjectID are defined here (there is no primitive package).
package bson

import "time"

// M is an unordered representation of a BSON document.
type M map[string]any

func (m M) String() string { return "" }

// D is an ordered representation of a BSON document.
type D []E

func (d D) String() string { return "" }

// E represents a BSON element for a D.
type E struct {
	Key   string
	Value any
}

// A is an ordered representation of a BSON array.
type A []any

// Raw is a raw encoded BSON document.
type Raw []byte

// ObjectID is the BSON ObjectID type.
type ObjectID [12]byte

// NilObjectID is the zero value for ObjectID.
var NilObjectID ObjectID

func (id ObjectID) Timestamp() time.Time { return time.Time{} }
func (id ObjectID) Hex() string          { return "" }
func (id ObjectID) String() string       { return "" }
func (id ObjectID) IsZero() bool         { return id == NilObjectID }

// NewObjectID generates a new ObjectID.
func NewObjectID() ObjectID { return ObjectID{} }

// ObjectIDFromHex creates a new ObjectID from a hex string.
func ObjectIDFromHex(s string) (ObjectID, error) { return ObjectID{}, nil }

// Marshal returns the BSON encoding of val as a BSON document.
func Marshal(val any) ([]byte, error) { return nil, nil }

// Unmarshal parses the BSON-encoded data and stores the result in the value pointed to by val.
func Unmarshal(data []byte, val any) error { return nil }
