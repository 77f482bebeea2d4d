// Package cookie is a stub of github.com/gin-contrib/sessions/cookie for scalevet's analyzer tests: only the API shape matters.
package cookie

import "github.com/gin-contrib/sessions"

// Store keeps sessions in signed cookies.
type Store interface {
	sessions.Store
}

// NewStore returns a Store backed by gorilla's CookieStore.
func NewStore(keyPairs ...[]byte) Store { return nil }
