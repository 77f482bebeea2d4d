// Package mem implements store.Seeds in process memory.
package mem

import "sync"

var (
	mu    sync.Mutex
	seeds = map[string]string{}
)

// Seeds is the in-memory implementation.
type Seeds struct{}

// Set records a seed; Reset forgets them all.
func (Seeds) Set(user, seed string) {
	mu.Lock()
	defer mu.Unlock()
	seeds[user] = seed
}

// Reset forgets every seed.
func Reset() {
	mu.Lock()
	defer mu.Unlock()
	clear(seeds)
}
