// Package redisstore is a stub of github.com/alexedwards/scs/redisstore for scalevet's analyzer tests: only the API shape matters.
package redisstore

import (
	"time"

	"github.com/gomodule/redigo/redis"
)

// RedisStore keeps session data in Redis.
type RedisStore struct{}

// New returns a new RedisStore instance for a redigo pool.
func New(pool *redis.Pool) *RedisStore { return &RedisStore{} }

func (r *RedisStore) Find(token string) ([]byte, bool, error)               { return nil, false, nil }
func (r *RedisStore) Commit(token string, b []byte, expiry time.Time) error { return nil }
func (r *RedisStore) Delete(token string) error                             { return nil }
