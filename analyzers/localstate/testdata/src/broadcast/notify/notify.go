// Package notify keeps the listeners of the notifications in process
// memory: the requests that listen register here, in another package.
package notify

import "sync"

type Listener struct {
	user string
	ch   chan<- string
}

var (
	mu        sync.Mutex
	listeners []*Listener
)

func Register(user string, ch chan<- string) { // want Register:`subscribes to notify.listeners \(broadcast by notify.Broadcast at notify/notify.go:26\)`
	mu.Lock()
	defer mu.Unlock()
	listeners = append(listeners, &Listener{user: user, ch: ch})
}

func Broadcast(msg string) {
	mu.Lock()
	defer mu.Unlock()
	for _, l := range listeners {
		l.ch <- msg
	}
}

// A registry of the service's own workers, which main fills.
var workers []chan string

func AddWorker(ch chan string) { // want AddWorker:`subscribes to notify.workers`
	workers = append(workers, ch)
}

func Dispatch(job string) {
	for _, w := range workers {
		w <- job
	}
}
