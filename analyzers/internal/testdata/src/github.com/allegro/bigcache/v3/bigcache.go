// Package bigcache is a stub of github.com/allegro/bigcache/v3 for scalevet's analyzer tests: only the API shape matters.
package bigcache

import (
	"context"
	"time"
)

// Config for BigCache.
type Config struct {
	Shards      int
	LifeWindow  time.Duration
	CleanWindow time.Duration
}

// DefaultConfig initializes config with default values.
func DefaultConfig(eviction time.Duration) Config { return Config{LifeWindow: eviction} }

// BigCache is a fast, concurrent, evicting cache.
type BigCache struct{}

// New initializes a new instance of BigCache.
func New(ctx context.Context, config Config) (*BigCache, error) { return &BigCache{}, nil }

// Get reads entry for the key; it returns an ErrEntryNotFound when no entry exists.
func (c *BigCache) Get(key string) ([]byte, error) { return nil, nil }

// Set saves entry under the key.
func (c *BigCache) Set(key string, entry []byte) error { return nil }

// Delete removes the key.
func (c *BigCache) Delete(key string) error { return nil }
