// Package memstore is a stub of github.com/gin-contrib/sessions/memstore for scalevet's analyzer tests: only the API shape matters.
package memstore

import "github.com/gin-contrib/sessions"

// Store keeps sessions in process memory.
type Store interface {
	sessions.Store
}

// NewStore returns a Store backed by github.com/quasoft/memstore.
func NewStore(keyPairs ...[]byte) Store { return nil }
