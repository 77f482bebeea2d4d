// Package redis is a stub of github.com/gin-contrib/sessions/redis for scalevet's analyzer tests: only the API shape matters.
package redis

import "github.com/gin-contrib/sessions"

// Store keeps sessions in Redis.
type Store interface {
	sessions.Store
}

// NewStore returns a Store backed by Redis.
func NewStore(size int, network, address, username, password string, keyPairs ...[]byte) (Store, error) {
	return nil, nil
}
