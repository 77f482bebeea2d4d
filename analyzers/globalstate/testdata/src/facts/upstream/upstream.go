// Package upstream writes package-level state; its facts say how.
package upstream

import "sync"

var hits int

func Record(path string) { hits++ } // want Record:`^writes upstream.hits race@upstream.go:\d+ via upstream.Record$`

var (
	mu   sync.Mutex
	seen = map[string]bool{}
)

func Remember(key string) { // want Remember:`^writes upstream.seen unbounded@upstream.go:\d+ via upstream.Remember$`
	mu.Lock()
	defer mu.Unlock()
	seen[key] = true
}

// Cache is evicted from by Evict: its fact says so.
var Cache = map[string]string{} // want Cache:`^shrunk <>$`

func Evict(key string) { delete(Cache, key) } // want Evict:`^writes upstream.Cache race@upstream.go:\d+ via upstream.Evict$`

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() { c.n++ } // want Inc:`^recv race@upstream.go:\d+ via upstream.Counter.Inc$`

func (c *Counter) SafeInc() { // want SafeInc:`^recv instance@upstream.go:\d+ via upstream.Counter.SafeInc$`
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func (c Counter) Copy() { c.n++ } // a value receiver: no fact

func Peek() int { return hits } // reads: no fact

func helper() { hits = 0 } // unexported: no fact

// Job is an entry of jobs, a map of pointers handed out to callers.
type Job struct{ State string }

var jobs = map[string]*Job{} // want jobs:`^shrunk <\[\]>$`

// Job returns the shared entry itself.
func JobByID(id string) *Job { // want JobByID:`^returns jobs\[\]$`
	j, ok := jobs[id]
	if !ok {
		return nil
	}
	return j
}

// Fresh returns a new entry or the shared one: not always shared, no
// fact.
func Fresh(id string) *Job {
	if j := jobs[id]; j != nil {
		return j
	}
	return &Job{}
}

// Mark writes every entry it ranges over.
func Mark() { // want Mark:`^writes upstream.jobs.State race@upstream.go:\d+ via upstream.Mark$`
	for _, j := range jobs {
		j.State = "seen"
	}
}
