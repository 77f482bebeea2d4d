// Package middle calls upstream; one call is under its own lock.
package middle

import (
	"sync"

	"chain/upstream"
)

func Track(path string) { upstream.Record(path) }

var mu sync.Mutex

func TrackLocked(path string) {
	mu.Lock()
	upstream.Record(path)
	mu.Unlock()
}

func Note(key string) { upstream.Remember(key) }

// Read only reads.
func Read() int { return upstream.Peek() }
