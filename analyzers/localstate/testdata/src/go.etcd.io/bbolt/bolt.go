// Package bbolt is a stub of go.etcd.io/bbolt for scalevet's analyzer tests: only the API shape matters.
package bbolt

import "os"

// DB is a bolt database.
type DB struct{}

// Options are open options.
type Options struct{}

// Open opens the database file at path.
func Open(path string, mode os.FileMode, options *Options) (*DB, error) { return &DB{}, nil }
