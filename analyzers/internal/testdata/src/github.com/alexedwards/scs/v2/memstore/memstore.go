// Package memstore is a stub of github.com/alexedwards/scs/v2/memstore for scalevet's analyzer tests: only the API shape matters.
package memstore

import "time"

// MemStore keeps session data in process memory.
type MemStore struct{}

// New returns a new MemStore instance, with a background cleanup goroutine.
func New() *MemStore { return &MemStore{} }

// NewWithCleanupInterval returns a new MemStore with the given cleanup interval.
func NewWithCleanupInterval(cleanupInterval time.Duration) *MemStore { return &MemStore{} }

func (m *MemStore) Find(token string) ([]byte, bool, error)               { return nil, false, nil }
func (m *MemStore) Commit(token string, b []byte, expiry time.Time) error { return nil }
func (m *MemStore) Delete(token string) error                             { return nil }
