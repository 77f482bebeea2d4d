// Package primitive is a stub of go.mongodb.org/mongo-driver/bson/primitive for scalevet's analyzer tests: only the API shape matters.
package primitive

import "time"

// M is an unordered representation of a BSON document.
type M map[string]interface{}

// D is an ordered representation of a BSON document.
type D []E

// Map creates a map from the elements of the D.
func (d D) Map() M { return nil }

// E represents a BSON element for a D.
type E struct {
	Key   string
	Value interface{}
}

// A is an ordered representation of a BSON array.
type A []interface{}

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
