// Package sessstore is a wrapper session store of its own: a map behind
// methods. It has no handlers, so nothing is reported here; what its
// functions write travels to the handlers' package as facts.
package sessstore

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"strings"
	"sync"
)

type Session struct{ UserID int }

type Store struct {
	mu    sync.Mutex
	items map[string]*Session
}

func New() *Store { return &Store{items: make(map[string]*Session)} }

func (s *Store) Set(id string, sess *Session) { // want Set:`^writes sessstore\.Store\.items\[recv\] key\(p0\)$`
	s.mu.Lock()
	defer s.mu.Unlock()
	s.items[id] = sess
}

func (s *Store) Get(id string) *Session {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.items[id]
}

// Default is the package's store.
var Default = New()

// Remember reads the session cookie itself.
func Remember(r *http.Request, uid int) { // want Remember:`^writes sessstore\.Store\.items\[global\] key\(session\)$`
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	Default.Set(c.Value, &Session{UserID: uid})
}

// NewID returns a fresh random token.
func NewID() string { // want NewID:`^returns\(generated\)$`
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// Create starts a session and returns its token for the caller to send.
func Create(uid int) string { // want Create:`^writes sessstore\.Store\.items\[global\] key\(generated\); returns\(generated\)$`
	id := NewID()
	Default.Set(id, &Session{UserID: uid})
	return id
}

// Cache keeps other data in the same kind of store.
var Cache = New()

// ID returns the request's session id.
func ID(r *http.Request) string { // want ID:`^returns\(session\)$`
	c, err := r.Cookie("sid")
	if err != nil {
		return ""
	}
	return c.Value
}

// Clean passes its argument through.
func Clean(s string) string { // want Clean:`^returns\(p0\)$`
	return strings.TrimSpace(s)
}
