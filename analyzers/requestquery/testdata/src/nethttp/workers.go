package nethttp

import (
	"net/http"
	"time"
)

// A handler that starts a background worker: the worker's rounds run
// on its ticker, not once per request.
type feedPoller struct{ stop chan struct{} }

func (p *feedPoller) run() {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
			rows, _ := db.Query("SELECT id FROM feeds WHERE due")
			for rows.Next() {
				var id int
				rows.Scan(&id)
				db.Exec("UPDATE feeds SET polled = now() WHERE id = $1", id) // not reported: a background worker's round, not per request
			}
		}
	}
}

func AddFeed(w http.ResponseWriter, r *http.Request) {
	p := &feedPoller{stop: make(chan struct{})}
	go p.run()
}

// The look-alike: a goroutine started per request that does the work
// once and ends is per-request work.
func refreshFeeds() {
	rows, _ := db.Query("SELECT id FROM feeds WHERE due")
	for rows.Next() {
		var id int
		rows.Scan(&id)
		db.Exec("UPDATE feeds SET polled = now() WHERE id = $1", id) // want `writes once per iteration of this loop on the request path of RefreshFeeds \([^)]*writes instead of 1\);`
	}
}

func RefreshFeeds(w http.ResponseWriter, r *http.Request) {
	go refreshFeeds()
}
