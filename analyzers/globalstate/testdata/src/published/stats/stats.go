// Package stats keeps counters that it publishes through expvar, for
// handlers in other packages to bump.
package stats

import (
	"expvar"
	"sync"
)

var (
	Mu     sync.Mutex
	Hits   int // published below
	Misses int // not published
)

func init() {
	expvar.Publish("hits", expvar.Func(func() any { Mu.Lock(); defer Mu.Unlock(); return Hits }))
}
