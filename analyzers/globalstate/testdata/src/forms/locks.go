package forms

import (
	"net/http"
	"sync"
)

// Each lock shape writes its own counter: the writes of one variable
// are one finding, in the worst category of them (merge.go).
var (
	mu                sync.Mutex
	rw                sync.RWMutex
	servedLocked      int
	servedDeferred    int
	servedAfterUnlock int
	servedCallerLocks int
	servedCallerHolds int
	seen              = map[string]bool{} // only grown
)

func Locked(w http.ResponseWriter, r *http.Request) {
	mu.Lock()
	servedLocked++ // want `handler Locked writes package-level variable servedLocked: it is synchronised`
	mu.Unlock()
}

func Deferred(w http.ResponseWriter, r *http.Request) {
	rw.Lock()
	defer rw.Unlock()
	servedDeferred++        // want `handler Deferred writes package-level variable servedDeferred: it is synchronised`
	seen[r.URL.Path] = true // want `^handler Deferred grows package-level map seen and nothing ever removes its entries: memory grows`
}

func AfterUnlock(w http.ResponseWriter, r *http.Request) {
	mu.Lock()
	mu.Unlock()
	servedAfterUnlock++ // want `handler AfterUnlock writes package-level variable servedAfterUnlock with no lock`
}

// CallerLocks holds the lock around a helper that writes, then calls
// it again without: the racy call is the one reported.
func CallerLocks(w http.ResponseWriter, r *http.Request) {
	mu.Lock()
	bump()
	mu.Unlock()
	bump()
}

// CallerHolds holds the lock around a helper that writes.
func CallerHolds(w http.ResponseWriter, r *http.Request) {
	mu.Lock()
	defer mu.Unlock()
	bumpLocked()
}

func bumpLocked() {
	servedCallerHolds-- // want `handler CallerHolds writes package-level variable servedCallerHolds \(CallerHolds → bumpLocked\): it is synchronised`
}

func bump() {
	servedCallerLocks++ // want `handler CallerLocks writes package-level variable servedCallerLocks \(CallerLocks → bump\) with no lock`
}

// Counter writes its receiver's field.
type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

// Bump has a value receiver: it writes its own copy.
func (c Counter) Bump() { c.n++ }

// SafeCounter locks around the write.
type SafeCounter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key]++
}

// Wrapper writes its receiver through the method of a field.
type Wrapper struct{ inner Counter }

func (w *Wrapper) Touch() { w.inner.Inc() }

var (
	requests Counter
	perKey   = &SafeCounter{n: map[string]int{}}
	wrapped  Wrapper
	copied   Counter // only called with a value receiver
)

func Methods(w http.ResponseWriter, r *http.Request) {
	requests.Inc()         // want `handler Methods writes package-level variable requests \(Methods → Counter.Inc\) with no lock`
	perKey.Inc(r.URL.Path) // want `handler Methods writes package-level variable perKey \(Methods → SafeCounter.Inc\): it is synchronised`
	wrapped.Touch()        // want `handler Methods writes package-level variable wrapped \(Methods → Wrapper.Touch → Counter.Inc\) with no lock`
	copied.Bump()          // not reported: a value receiver writes a copy
	var local Counter
	local.Inc() // not reported: a local
}

// registry guards two maps with its embedded mutex; forget evicts from
// old, nothing evicts from byID.
var registry struct {
	sync.Mutex
	byID map[string]string
	old  map[string]string
}

func Enroll(w http.ResponseWriter, r *http.Request) {
	registry.Lock()
	registry.byID[r.FormValue("id")] = r.FormValue("name") // want `handler Enroll grows package-level map registry.byID and nothing ever removes its entries`
	registry.old[r.FormValue("id")] = ""                   // want `handler Enroll writes package-level map registry.old: it is synchronised`
	registry.Unlock()
}

func forget(id string) { delete(registry.old, id) }
