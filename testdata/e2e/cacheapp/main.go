// Command cacheapp is a net/http service that reads counters from Redis
// (the real go-redis v9).
package main

import (
	"log"
	"net/http"
	"strings"

	"github.com/redis/go-redis/v9"
)

type app struct {
	rdb  *redis.Client
	home []string // the counters the home page shows, from the configuration
}

// Counters reads each counter the request names with a round trip of
// its own.
func (a *app) Counters(w http.ResponseWriter, r *http.Request) {
	names := strings.Split(r.URL.Query().Get("names"), ",")
	for _, n := range names {
		v, _ := a.rdb.Get(r.Context(), "counter:"+n).Result() // want requestquery
		w.Write([]byte(n + "=" + v + "\n"))
	}
	keys := make([]string, len(names))
	for i, n := range names {
		keys[i] = "counter:" + n
	}
	a.rdb.MGet(r.Context(), keys...) // not reported: one round trip for all the keys
	pipe := a.rdb.Pipeline()
	for _, k := range keys {
		pipe.Incr(r.Context(), k+":reads") // not reported: queued on a pipeline, sent with Exec
	}
	pipe.Exec(r.Context())
}

// Home reads the configured counters: a count no visitor changes.
func (a *app) Home(w http.ResponseWriter, r *http.Request) {
	for _, n := range a.home {
		a.rdb.Get(r.Context(), "counter:"+n) // not reported: the configured counters
	}
}

func main() {
	a := &app{rdb: redis.NewClient(&redis.Options{Addr: "localhost:6379"}), home: []string{"visits", "signups"}}
	http.HandleFunc("/counters", a.Counters)
	http.HandleFunc("/", a.Home)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
