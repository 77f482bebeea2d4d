// Package groupcache is a stub of github.com/golang/groupcache for scalevet's analyzer tests: only the API shape matters.
package groupcache

import "context"

// A Getter loads data for a key.
type Getter interface {
	Get(ctx context.Context, key string, dest Sink) error
}

// A GetterFunc implements Getter with a function.
type GetterFunc func(ctx context.Context, key string, dest Sink) error

// Get calls f.
func (f GetterFunc) Get(ctx context.Context, key string, dest Sink) error { return f(ctx, key, dest) }

// A Sink receives data from a Get call.
type Sink interface {
	SetString(s string) error
	SetBytes(v []byte) error
}

// StringSink returns a Sink that populates the provided string pointer.
func StringSink(sp *string) Sink { return nil }

// AllocatingByteSliceSink returns a Sink that allocates a byte slice to hold the value.
func AllocatingByteSliceSink(dst *[]byte) Sink { return nil }

// A Group is a cache namespace and associated data loaded spread over a group of machines.
type Group struct{}

// NewGroup creates a coordinated group-aware Getter from a Getter.
func NewGroup(name string, cacheBytes int64, getter Getter) *Group { return &Group{} }

// Get fills dest with the value for key, loading it with the getter on a miss.
func (g *Group) Get(ctx context.Context, key string, dest Sink) error { return nil }
