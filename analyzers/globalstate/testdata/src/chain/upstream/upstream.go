// Package upstream keeps package-level state; it has no handlers, so
// nothing is reported here: its writes travel up as facts.
package upstream

import "sync"

var hits int

// Record counts a hit, with no lock.
func Record(path string) { hits++ }

var (
	mu   sync.Mutex
	seen = map[string]bool{}
)

// Remember grows seen under a lock; nothing removes entries.
func Remember(key string) {
	mu.Lock()
	defer mu.Unlock()
	seen[key] = true
}

// Hits is exported and written by importers directly.
var Hits int

// Seen is only ever grown, also by importers.
var Seen = map[string]bool{}

// Cache is evicted from by Evict.
var Cache = map[string]string{}

func Evict(key string) { delete(Cache, key) }

// Orders is evicted from by Cancel, which the request path calls.
var Orders = map[string]string{}

func Cancel(key string) { delete(Orders, key) }

// Counter writes its receiver.
type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

// Requests is a package-level Counter.
var Requests Counter

// Peek only reads.
func Peek() int { return hits }

// Settings is the service's configuration, shared by every request.
type Settings struct {
	Name  string
	Flags map[string]bool
}

// App points at the shared settings; Defaults is a value.
var (
	App      = &Settings{}
	Defaults Settings
	Services = map[string]*Settings{}
)

// templates is filled by Template with the names its callers pass.
var templates = map[string]string{}

func Template(name string) string {
	if t, ok := templates[name]; ok {
		return t
	}
	templates[name] = "<" + name + ">"
	return templates[name]
}

var (
	listenMu  sync.Mutex
	listeners []func()
	nextID    int
)

// Listen registers a listener under a lock and, through newID, bumps
// the id counter: two variables, two writing functions, one call.
func Listen(f func()) int {
	listenMu.Lock()
	defer listenMu.Unlock()
	listeners = append(listeners, f)
	return newID()
}

func newID() int {
	nextID++
	return nextID
}

// Unlisten removes the listeners.
func Unlisten() {
	listenMu.Lock()
	listeners = nil
	listenMu.Unlock()
}

// Drop and Tick each write a variable of their own.
var (
	dropped []string
	ticks   int
)

func Drop(key string) {
	listenMu.Lock()
	dropped = append(dropped[:0], key)
	listenMu.Unlock()
}

func Tick() {
	listenMu.Lock()
	defer listenMu.Unlock()
	ticks++
}

// Audit writes nothing itself: its helpers each keep a variable of
// their own, two causes.
var (
	audits   int
	auditLog []string
)

func Audit(key string) {
	countAudit()
	logAudit(key)
}

func countAudit() { audits++ }

func logAudit(key string) {
	listenMu.Lock()
	auditLog = append(auditLog[:0], key)
	listenMu.Unlock()
}
