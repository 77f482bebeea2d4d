// Package ristretto is a stub of github.com/dgraph-io/ristretto/v2 for scalevet's analyzer tests: only the API shape matters.
package ristretto

import "time"

// Key is the generic type to represent the keys type in key-value pair of the cache.
type Key interface {
	uint64 | string | []byte | byte | int | int32 | uint32 | int64
}

// Config is passed to NewCache for creating new Cache instances.
type Config[K Key, V any] struct {
	NumCounters int64
	MaxCost     int64
	BufferItems int64
}

// Cache is a thread-safe implementation of a hashmap with a TinyLFU admission policy.
type Cache[K Key, V any] struct{}

// NewCache returns a new Cache instance.
func NewCache[K Key, V any](config *Config[K, V]) (*Cache[K, V], error) { return &Cache[K, V]{}, nil }

// Get returns the value (if any) and a boolean representing whether the value was found.
func (c *Cache[K, V]) Get(key K) (V, bool) {
	var zero V
	return zero, false
}

// Set attempts to add the key-value item to the cache.
func (c *Cache[K, V]) Set(key K, value V, cost int64) bool { return true }

// SetWithTTL works like Set but adds a key-value pair that expires after ttl.
func (c *Cache[K, V]) SetWithTTL(key K, value V, cost int64, ttl time.Duration) bool { return true }

// Del deletes the key-value item from the cache if it exists.
func (c *Cache[K, V]) Del(key K) {}

// Wait blocks until all buffered writes have been applied.
func (c *Cache[K, V]) Wait() {}
