// Package lru is a stub of github.com/hashicorp/golang-lru/v2 for scalevet's analyzer tests: only the API shape matters.
package lru

// Cache is a thread-safe fixed size LRU cache.
type Cache[K comparable, V any] struct{}

// New creates an LRU of the given size.
func New[K comparable, V any](size int) (*Cache[K, V], error) { return &Cache[K, V]{}, nil }

// Add adds a value to the cache. Returns true if an eviction occurred.
func (c *Cache[K, V]) Add(key K, value V) (evicted bool) { return false }

// Get looks up a key's value from the cache.
func (c *Cache[K, V]) Get(key K) (value V, ok bool) { return value, false }

// Peek returns the key value without updating the recentness.
func (c *Cache[K, V]) Peek(key K) (value V, ok bool) { return value, false }

// Contains checks if a key is in the cache.
func (c *Cache[K, V]) Contains(key K) bool { return false }

// ContainsOrAdd checks if a key is in the cache without updating the
// recent-ness or deleting it for being stale, and if not, adds the value.
func (c *Cache[K, V]) ContainsOrAdd(key K, value V) (ok, evicted bool) { return false, false }

// Remove removes the provided key from the cache.
func (c *Cache[K, V]) Remove(key K) (present bool) { return false }
