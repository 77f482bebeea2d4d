// Package workers exports functions that run until stopped, and one
// that only drains; graph's go statements start them.
package workers

import "time"

// Poll runs until stopped, waiting on a ticker between rounds.
func Poll(stop chan struct{}) {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
		}
	}
}

// Drain loops with no condition but never waits: it ends when the
// work is done.
func Drain(n int) {
	for {
		if n == 0 {
			return
		}
		n--
	}
}
