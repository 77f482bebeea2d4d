// Package sessions keeps sessions in a package-level map: sessionmap
// reports that, so globalstate does not report the same write twice.
package sessions

import (
	"net/http"
	"sync"
)

type Session struct{ UserID int }

var (
	mu       sync.Mutex
	sessions = map[string]*Session{}
	logins   = map[string]int{} // not sessions: counted per user name
)

func Login(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	mu.Lock()
	sessions[c.Value] = &Session{UserID: 1} // not reported: a session, sessionmap's
	logins[r.FormValue("user")]++           // want `handler Login grows package-level map logins and nothing ever removes its entries`
	mu.Unlock()
}

// Current finds the request's session.
func Current(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	mu.Lock()
	defer mu.Unlock()
	_ = sessions[c.Value]
}
