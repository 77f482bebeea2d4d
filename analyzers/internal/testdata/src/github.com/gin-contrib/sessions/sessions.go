// Package sessions is a stub of github.com/gin-contrib/sessions for scalevet's analyzer tests: only the API shape matters.
package sessions

import (
	"github.com/gin-gonic/gin"
	"github.com/gorilla/sessions"
)

// Store is a gorilla store with options.
type Store interface {
	sessions.Store
	Options(Options)
}

// Options stores configuration for a session or session store.
type Options struct {
	Path     string
	Domain   string
	MaxAge   int
	Secure   bool
	HttpOnly bool
}

// ToGorillaOptions converts the options.
func (options Options) ToGorillaOptions() *sessions.Options { return &sessions.Options{} }

// Session wraps a gorilla session.
type Session interface {
	ID() string
	Get(key interface{}) interface{}
	Set(key interface{}, val interface{})
	Delete(key interface{})
	Clear()
	Options(Options)
	Save() error
}

// Sessions is the middleware that attaches the named session.
func Sessions(name string, store Store) gin.HandlerFunc { return nil }

// Default returns the request's session.
func Default(c *gin.Context) Session { return nil }
