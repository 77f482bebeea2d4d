// Package monitors keeps the monitors of the process in a package-level
// map of pointers, handed out to callers.
package monitors

import (
	"sync"
	"time"
)

type Monitor struct {
	ID       int
	Uptime   float64
	LastSeen time.Time
	mu       sync.Mutex
	checks   int
}

var all = map[int]*Monitor{}

// Refresh recomputes the monitor's figures in place, with no lock.
func (m *Monitor) Refresh() *Monitor {
	m.Uptime = 99.9
	return m
}

// Touch records a check under the monitor's lock: a counter.
func (m *Monitor) Touch() {
	m.mu.Lock()
	m.checks++
	m.mu.Unlock()
}

// Find returns the shared monitor itself.
func Find(id int) (*Monitor, error) {
	m := all[id]
	if m == nil {
		return nil, nil
	}
	return m, nil
}

// Copy returns a copy: what the caller writes stays its own.
func Copy(id int) *Monitor {
	m := *all[id]
	return &m
}

// New returns a fresh monitor.
func New(id int) *Monitor { return &Monitor{ID: id} }

// Sorted refreshes every monitor it lists.
func Sorted() []Monitor {
	var out []Monitor
	for _, m := range all {
		m.Refresh()
		out = append(out, Monitor{ID: m.ID, Uptime: m.Uptime})
	}
	return out
}

// IDs ranges over the ids only: nothing is written.
func IDs() []int {
	var ids []int
	for id := range all {
		ids = append(ids, id)
	}
	return ids
}
