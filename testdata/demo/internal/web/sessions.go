package web

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"net/http"
	"sync"
)

// sessions maps a session token to the signed-in user's id, in this
// process's memory: behind a load balancer, the next request may reach
// an instance that has never seen the token, and the user is logged out.
var (
	sessionsMu sync.Mutex
	sessions   = map[string]int64{}
)

// Login serves POST /login: it looks the user up by email, starts a
// session and sends its token as a cookie.
func (s *Server) Login(w http.ResponseWriter, r *http.Request) {
	var id int64
	err := s.DB.QueryRowContext(r.Context(), "SELECT id FROM users WHERE email = $1", r.FormValue("email")).Scan(&id)
	if err != nil {
		http.Error(w, "unknown user", http.StatusUnauthorized)
		return
	}
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	token := base64.RawURLEncoding.EncodeToString(b)
	sessionsMu.Lock()
	sessions[token] = id // reported: a session kept in process memory
	sessionsMu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: "session", Value: token, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	w.WriteHeader(http.StatusNoContent)
}

// Me serves GET /me: it finds the signed-in user by the session cookie.
func (s *Server) Me(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("session")
	if err != nil {
		http.Error(w, "not signed in", http.StatusUnauthorized)
		return
	}
	sessionsMu.Lock()
	id, ok := sessions[c.Value]
	sessionsMu.Unlock()
	if !ok {
		http.Error(w, "not signed in", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "%d\n", id)
}
