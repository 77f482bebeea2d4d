// Package stats keeps counters in package-level variables; its writes
// are reported in the packages whose handlers reach them.
package stats

import "sync"

var hits = map[string]int{}

// Record counts a hit per path, with no lock.
func Record(path string) {
	hits[path]++
}

// Reset empties the counters, so they are not unbounded.
func Reset() { clear(hits) }

var (
	mu     sync.Mutex
	online = map[string]bool{}
)

// MarkOnline remembers a user, under a lock; nothing ever forgets one.
func MarkOnline(user string) {
	mu.Lock()
	defer mu.Unlock()
	online[user] = true
}
