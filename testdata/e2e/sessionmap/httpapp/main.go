// Command httpapp keeps sessions with net/http and gorilla/sessions.
package main

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"sync"

	"github.com/gorilla/sessions"

	"example.com/e2e/sessionmap/sessstore"
)

var (
	mu     sync.Mutex
	active = map[string]string{}
)

type server struct {
	store *sessstore.Store
}

// login starts a session: a fresh token, sent as a cookie, kept in memory.
func login(w http.ResponseWriter, r *http.Request) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return
	}
	sid := hex.EncodeToString(b)
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, HttpOnly: true})
	mu.Lock()
	active[sid] = r.FormValue("user") // want sessionmap
	mu.Unlock()
}

func (s *server) me(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	s.store.Set(c.Value, &sessstore.Session{UserID: 1}) // want sessionmap
}

// user finds the signed-in user of a request.
func user(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	mu.Lock()
	name := active[c.Value]
	mu.Unlock()
	w.Write([]byte(name))
}

func product(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	seen := map[string]string{}
	seen[c.Value] = r.PathValue("sku") // not reported: the map dies with the request
}

func main() {
	key := []byte("0123456789abcdef0123456789abcdef")
	files := sessions.NewFilesystemStore("", key) // want sessionmap
	cookies := sessions.NewCookieStore(key)       // not reported: a signed cookie
	_, _ = files, cookies
	s := &server{store: sessstore.New()}
	http.HandleFunc("/login", login)
	http.HandleFunc("/user", user)
	http.HandleFunc("/me", s.me)
	http.HandleFunc("/products/{sku}", product)
	http.ListenAndServe(":8080", nil)
}
