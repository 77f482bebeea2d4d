// Package freecache is a stub of github.com/coocood/freecache for scalevet's analyzer tests: only the API shape matters.
package freecache

// Cache is a freecache instance.
type Cache struct{}

// NewCache returns a newly initialize cache by size.
func NewCache(size int) *Cache { return &Cache{} }

// Get returns the value or not found error.
func (c *Cache) Get(key []byte) (value []byte, err error) { return nil, nil }

// Set sets a key, value and expiration for a cache entry.
func (c *Cache) Set(key, value []byte, expireSeconds int) (err error) { return nil }

// Del deletes an item in the cache by key.
func (c *Cache) Del(key []byte) (affected bool) { return false }
