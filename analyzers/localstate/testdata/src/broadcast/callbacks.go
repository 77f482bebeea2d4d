package broadcast

import (
	"fmt"
	"net/http"
	"sync"
)

// A topic whose subscribers are callbacks: each streaming request
// registers one that writes to its response, and a publish calls every
// one, over a copy taken under the lock.
type subscriberFunc func(msg string) error

type topicSub struct {
	user   string
	fn     subscriberFunc
	cancel func()
}

type Topic struct {
	mu   sync.Mutex
	subs map[int]*topicSub
	next int
}

func (t *Topic) Subscribe(fn subscriberFunc, user string, cancel func()) int {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.next++
	t.subs[t.next] = &topicSub{user: user, fn: fn, cancel: cancel}
	return t.next
}

func (t *Topic) copySubs() map[int]*topicSub {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make(map[int]*topicSub, len(t.subs))
	for k, s := range t.subs {
		out[k] = s
	}
	return out
}

func (t *Topic) Publish(msg string) {
	subs := t.copySubs()
	for _, s := range subs { // want `in-process broadcast to the subscribers in t.subs \(from Topic.Publish\)`
		go func(fn subscriberFunc) {
			fn(msg)
		}(s.fn)
	}
}

type API struct{ topic *Topic }

func (a *API) Stream(w http.ResponseWriter, r *http.Request) {
	done := make(chan struct{})
	a.topic.Subscribe(func(msg string) error {
		_, err := fmt.Fprintf(w, "data: %s\n\n", msg)
		return err
	}, r.FormValue("user"), func() { close(done) })
	<-done
}

func (a *API) Send(w http.ResponseWriter, r *http.Request) {
	a.topic.Publish(r.FormValue("msg"))
}

// Watchers registered by a request, called directly.
type Watchers struct {
	mu    sync.Mutex
	funcs []func(string)
}

func (ws *Watchers) Watch(w http.ResponseWriter, r *http.Request) {
	ws.mu.Lock()
	ws.funcs = append(ws.funcs, func(s string) { fmt.Fprint(w, s) })
	ws.mu.Unlock()
}

func (ws *Watchers) Notify(w http.ResponseWriter, r *http.Request) {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	for _, f := range ws.funcs { // want `in-process broadcast to the subscribers in ws.funcs \(from Watchers.Notify\)`
		f(r.URL.Path)
	}
}

// Hooks of the service's own parts, registered at start-up.
type Hooks struct {
	onSave []func(string)
}

func NewHooks(audit func(string)) *Hooks {
	h := &Hooks{}
	h.onSave = append(h.onSave, audit)
	return h
}

// not reported: the hooks are the service's own, registered at
// start-up
func (h *Hooks) Save(w http.ResponseWriter, r *http.Request) {
	for _, f := range h.onSave {
		f(r.URL.Path)
	}
}

// not reported: cancelling every subscription when the process stops
// runs off the request path
func (t *Topic) Close() {
	for _, s := range t.subs {
		s.cancel()
	}
}
