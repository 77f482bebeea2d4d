// Package cache is a stub of github.com/patrickmn/go-cache for scalevet's analyzer tests: only the API shape matters.
package cache

import "time"

// The expiration constants.
const (
	NoExpiration      time.Duration = -1
	DefaultExpiration time.Duration = 0
)

// Cache is an in-memory key:value store with expiration times.
type Cache struct{}

// New returns a new cache with a given default expiration duration and cleanup interval.
func New(defaultExpiration, cleanupInterval time.Duration) *Cache { return &Cache{} }

// Get gets an item from the cache.
func (c *Cache) Get(k string) (interface{}, bool) { return nil, false }

// Set adds an item to the cache, replacing any existing item.
func (c *Cache) Set(k string, x interface{}, d time.Duration) {}

// SetDefault adds an item to the cache with the default expiration.
func (c *Cache) SetDefault(k string, x interface{}) {}

// Add adds an item only if an item doesn't already exist for the given key.
func (c *Cache) Add(k string, x interface{}, d time.Duration) error { return nil }

// Delete deletes an item from the cache.
func (c *Cache) Delete(k string) {}
