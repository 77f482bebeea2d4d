// Package readpref is a stub of go.mongodb.org/mongo-driver/v2/mongo/readpref for scalevet's analyzer tests: only the API shape matters.
package readpref

// ReadPref determines which servers are considered suitable for read operations.
type ReadPref struct{ _ int }

// Primary constructs a read preference with a PrimaryMode.
func Primary() *ReadPref { return &ReadPref{} }

// SecondaryPreferred constructs a read preference with a SecondaryPreferredMode.
func SecondaryPreferred(opts ...Option) *ReadPref { return &ReadPref{} }

// Option configures a read preference.
type Option func(*ReadPref) error
