// Package events holds events until their transaction commits, in a
// map that only the holder of a key reaches, and keeps listeners in a
// map that a broadcast ranges over.
package events

import "sync"

type Event struct{ Name string }

type queue struct {
	mu     sync.Mutex
	events []Event
}

// pending is reached by key only: an entry is the state of the object
// whose identity keys it.
var pending sync.Map

func OnCommit(key any, e Event) {
	v, _ := pending.LoadOrStore(key, &queue{})
	q := v.(*queue)
	q.mu.Lock()
	q.events = append(q.events, e)
	q.mu.Unlock()
}

func Dispatch(key any) []Event {
	v, ok := pending.LoadAndDelete(key)
	if !ok {
		return nil
	}
	return v.(*queue).events
}

func Cleanup(key any) { pending.Delete(key) }

var (
	mu        sync.Mutex
	listeners = map[any]func(Event){}
)

// Listen adds a listener that Broadcast reaches: whatever its key, the
// map is shared by every request.
func Listen(key any, fn func(Event)) {
	mu.Lock()
	listeners[key] = fn
	mu.Unlock()
}

func Unlisten(key any) {
	mu.Lock()
	delete(listeners, key)
	mu.Unlock()
}

func Broadcast(e Event) {
	mu.Lock()
	defer mu.Unlock()
	for _, fn := range listeners {
		fn(e)
	}
}
