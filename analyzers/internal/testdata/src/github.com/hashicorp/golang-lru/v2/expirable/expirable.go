// Package expirable is a stub of github.com/hashicorp/golang-lru/v2/expirable for scalevet's analyzer tests: only the API shape matters.
package expirable

import "time"

// EvictCallback is used to get a callback when a cache entry is evicted.
type EvictCallback[K comparable, V any] func(key K, value V)

// LRU implements a thread-safe LRU with expirable entries.
type LRU[K comparable, V any] struct{}

// NewLRU returns a new thread-safe cache with expirable entries.
func NewLRU[K comparable, V any](size int, onEvict EvictCallback[K, V], ttl time.Duration) *LRU[K, V] {
	return &LRU[K, V]{}
}

// Add adds a value to the cache. Returns true if an eviction occurred.
func (c *LRU[K, V]) Add(key K, value V) (evicted bool) { return false }

// Get looks up a key's value from the cache.
func (c *LRU[K, V]) Get(key K) (value V, ok bool) { return value, false }

// Peek returns the key value without updating the recentness.
func (c *LRU[K, V]) Peek(key K) (value V, ok bool) { return value, false }

// Remove removes the key from the cache.
func (c *LRU[K, V]) Remove(key K) bool { return false }
