// Package middle calls upstream: its facts carry the chain.
package middle

import (
	"sync"

	"facts/upstream"
)

func Track(p string) { upstream.Record(p) } // want Track:`^writes upstream.hits race@upstream.go:\d+ via middle.Track>upstream.Record$`

var mu sync.Mutex

func TrackLocked(p string) { // want TrackLocked:`^writes upstream.hits instance@upstream.go:\d+ via middle.TrackLocked>upstream.Record$`
	mu.Lock()
	defer mu.Unlock()
	upstream.Record(p)
}

var total upstream.Counter // want total:`^shrunk <>$`

func Count() { total.Inc() } // want Count:`^writes middle.total race@upstream.go:\d+ via middle.Count>upstream.Counter.Inc$`

type Service struct{ c upstream.Counter }

func (s *Service) Hit() { s.c.Inc() } // want Hit:`^recv race@upstream.go:\d+ via middle.Service.Hit>upstream.Counter.Inc$`
