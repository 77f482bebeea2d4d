// Package scs is a stub of github.com/alexedwards/scs/v2 for scalevet's analyzer tests: only the API shape matters.
package scs

import (
	"context"
	"net/http"
	"time"

	"github.com/alexedwards/scs/v2/memstore"
)

// Store is the interface for session stores.
type Store interface {
	Delete(token string) (err error)
	Find(token string) (b []byte, found bool, err error)
	Commit(token string, b []byte, expiry time.Time) (err error)
}

// SessionCookie contains the configuration settings for session cookies.
type SessionCookie struct {
	Name     string
	HttpOnly bool
	Persist  bool
	Secure   bool
}

// SessionManager holds the configuration settings for your sessions.
type SessionManager struct {
	IdleTimeout time.Duration
	Lifetime    time.Duration
	Store       Store
	Cookie      SessionCookie
}

// Session is the deprecated name of SessionManager.
type Session = SessionManager

// New returns a new session manager with the default options. It is safe for concurrent use.
// Its Store is memstore.New().
func New() *SessionManager {
	return &SessionManager{Store: memstore.New()}
}

// NewSession is deprecated: use New.
func NewSession() *SessionManager { return New() }

// LoadAndSave provides middleware which automatically loads and saves session data.
func (s *SessionManager) LoadAndSave(next http.Handler) http.Handler { return next }

// Put adds a key and corresponding value to the session data.
func (s *SessionManager) Put(ctx context.Context, key string, val interface{}) {}

// GetString returns the string value for a given key from the session data.
func (s *SessionManager) GetString(ctx context.Context, key string) string { return "" }

// RenewToken updates the session data to have a new session token.
func (s *SessionManager) RenewToken(ctx context.Context) error { return nil }
