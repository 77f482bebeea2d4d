// Package memstore is a stub of github.com/quasoft/memstore, an in-memory gorilla/sessions store, for scalevet's analyzer tests: only the API shape matters.
package memstore

import (
	"net/http"

	"github.com/gorilla/sessions"
)

// MemStore keeps sessions in process memory.
type MemStore struct {
	Options *sessions.Options
}

// NewMemStore returns a new MemStore.
func NewMemStore(keyPairs ...[]byte) *MemStore { return &MemStore{} }

func (m *MemStore) Get(r *http.Request, name string) (*sessions.Session, error) { return nil, nil }
func (m *MemStore) New(r *http.Request, name string) (*sessions.Session, error) { return nil, nil }
func (m *MemStore) Save(r *http.Request, w http.ResponseWriter, s *sessions.Session) error {
	return nil
}
