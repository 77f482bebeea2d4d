// Package sessstore is a hand-written session store: a map behind
// methods. Nothing is reported here; handlers that call Set with a
// session id are reported in their own package.
package sessstore

import "sync"

// Session is what the store keeps per user.
type Session struct {
	UserID int
}

// Store keeps sessions in a map.
type Store struct {
	mu    sync.Mutex
	items map[string]*Session
}

// New returns an empty store.
func New() *Store { return &Store{items: make(map[string]*Session)} }

// Set keeps s under id.
func (st *Store) Set(id string, s *Session) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.items[id] = s
}

// Get returns the session under id.
func (st *Store) Get(id string) *Session {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.items[id]
}
