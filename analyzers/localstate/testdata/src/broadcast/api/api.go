package api

import (
	"fmt"
	"net/http"

	"broadcast/notify"
	"broadcast/query"
)

func Listen(w http.ResponseWriter, r *http.Request) {
	ch := make(chan string, 1)
	notify.Register(r.FormValue("user"), ch) // want `in-process broadcast: notify.Register, on the request path of Listen, subscribes the client to notify.listeners, which notify.Broadcast \(notify/notify.go:26\) sends to in this instance only: a client connected to another instance behind a load balancer never gets the message`
	fmt.Fprint(w, <-ch)
}

// not reported: a publish is no subscription
func Publish(w http.ResponseWriter, r *http.Request) {
	notify.Broadcast(r.FormValue("msg"))
	notify.Dispatch(r.URL.Path)
}

// not reported: the workers are registered at start-up
func Start() {
	for range 4 {
		ch := make(chan string)
		notify.AddWorker(ch)
		go func() {
			for range ch {
			}
		}()
	}
}

// not reported: the query's conditions are callbacks of one request's
// builder, which no other request shares
func Search(w http.ResponseWriter, r *http.Request) {
	q := query.New().Where(func(w *[]string) { *w = append(*w, "name = ?") })
	fmt.Fprint(w, q.Run())
}
