// Package uuid is a stub of github.com/google/uuid for scalevet's analyzer tests: only the API shape matters.
package uuid

// UUID is a 128 bit (16 byte) Universal Unique IDentifier.
type UUID [16]byte

// New creates a new random UUID or panics.
func New() UUID { return UUID{} }

// NewString creates a new random UUID and returns it as a string or panics.
func NewString() string { return "" }

// NewRandom returns a random (version 4) UUID.
func NewRandom() (UUID, error) { return UUID{}, nil }

// Must returns uuid if err is nil and panics otherwise.
func Must(uuid UUID, err error) UUID { return uuid }

// String returns the string form of uuid.
func (uuid UUID) String() string { return "" }
