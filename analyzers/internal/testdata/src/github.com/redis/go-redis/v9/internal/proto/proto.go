// Package proto is a stub of github.com/redis/go-redis/v9/internal/proto for scalevet's analyzer tests: only the API shape matters.
package proto

// RedisError is an error replied by Redis.
type RedisError string

func (e RedisError) Error() string { return string(e) }

func (RedisError) RedisError() {}

// Nil reply returned by Redis when key does not exist.
const Nil = RedisError("redis: nil") // nolint:errname
