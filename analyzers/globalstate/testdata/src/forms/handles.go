package forms

import (
	"context"
	"net/http"
	"sync"
)

// Handles on this process's own goroutines: a shared store could not
// hold them, so a synchronised registry of them is not an instance's
// state to move.
type syncWorker struct {
	name string
	stop chan struct{}
}

// A collector this process runs in the background until stopped.
type collector interface {
	Start(onError func(error)) error
	Stop() error
}

// A connection's writer: not a handle, whatever it closes.
type pusher interface {
	Push(msg string) error
	Stop() error
}

var (
	collectors = map[string]collector{}
	pushers    = map[string]pusher{}
)

func newCollector(id string) collector { return nil }
func newPusher(id string) pusher       { return nil }

func StartCollector(w http.ResponseWriter, r *http.Request) {
	id := r.FormValue("id")
	c := newCollector(id)
	if c.Start(nil) != nil {
		return
	}
	handlesMu.Lock()
	defer handlesMu.Unlock()
	collectors[id] = c          // not reported: the handle of work this process runs
	pushers[id] = newPusher(id) // want `^handlers StartCollector and StopSync write package-level map pushers: it is synchronised`
}

var (
	handlesMu   sync.Mutex
	stopChans   = map[string]chan struct{}{}
	cancels     = map[string]context.CancelFunc{}
	workers     = map[string]*syncWorker{}
	subscribers = map[string]chan string{}
	racyStops   = map[string]chan struct{}{}
)

func StartSync(w http.ResponseWriter, r *http.Request) {
	id := r.FormValue("id")
	handlesMu.Lock()
	defer handlesMu.Unlock()
	stopChans[id] = make(chan struct{}) // not reported: the stop channel of a loop of this process
	_, cancel := context.WithCancel(context.Background())
	cancels[id] = cancel                                           // not reported: a cancel function
	workers[id] = &syncWorker{name: id, stop: make(chan struct{})} // not reported: a worker handle
}

func Subscribe(w http.ResponseWriter, r *http.Request) {
	handlesMu.Lock()
	defer handlesMu.Unlock()
	// A channel that carries messages is a subscriber: an in-process
	// fan-out that clients of another instance never get.
	subscribers[r.FormValue("id")] = make(chan string) // want `^handlers Subscribe and StopSync write package-level map subscribers: it is synchronised`
}

func StartRacy(w http.ResponseWriter, r *http.Request) {
	racyStops[r.FormValue("id")] = make(chan struct{}) // want `^handler StartRacy writes package-level map racyStops with no lock`
}

func StopSync(w http.ResponseWriter, r *http.Request) {
	id := r.FormValue("id")
	handlesMu.Lock()
	defer handlesMu.Unlock()
	delete(stopChans, id) // not reported: an eviction
	delete(cancels, id)
	delete(workers, id)
	delete(collectors, id)
	delete(pushers, id)
	delete(subscribers, id)
	delete(racyStops, id) // not reported: an eviction under the lock
}
