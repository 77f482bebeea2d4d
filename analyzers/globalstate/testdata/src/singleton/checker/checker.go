// Package checker keeps submissions in an in-process cache behind a
// container that delegates to the current implementation of the same
// interface, and also fills a read-through cache.
package checker

import (
	"time"

	"github.com/patrickmn/go-cache"
)

// Checker is implemented by the in-memory checker and by the container
// that holds the current one.
type Checker interface {
	Remember(key string)
	Lookup(key string) string
}

type memChecker struct{ c *cache.Cache }

func (m *memChecker) Remember(key string) { m.c.Set(key, true, time.Minute) }

func (m *memChecker) Lookup(key string) string {
	if v, ok := m.c.Get(key); ok {
		return v.(string)
	}
	v := load(key)
	m.c.Set(key, v, time.Minute) // a read-through fill
	return v
}

func load(key string) string { return key }

// Container holds the current checker.
type Container struct{ current Checker }

func (c *Container) Remember(key string)      { c.current.Remember(key) }
func (c *Container) Lookup(key string) string { return c.current.Lookup(key) }

// Box is the process's container.
var Box = &Container{current: &memChecker{c: cache.New(time.Minute, time.Minute)}}
