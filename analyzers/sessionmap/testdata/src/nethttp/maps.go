// Package nethttp has session maps written by net/http handlers, and
// look-alikes that are not session maps.
package nethttp

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"strings"
	"sync"

	"github.com/google/uuid"
)

type Session struct {
	UserID int
}

var (
	mu       sync.Mutex
	sessions = map[string]*Session{}
	tokens   sync.Map
)

// Login reads the session cookie and keeps the session in a package-level map.
func Login(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	mu.Lock()
	sessions[c.Value] = &Session{UserID: 1} // want `^sessions stored in process memory \(map sessions, written in Login\): a second instance behind a load balancer will not see them; keep sessions in a shared store or a signed cookie$`
	mu.Unlock()
}

// API keys a sync.Map by the bearer token.
func API(w http.ResponseWriter, r *http.Request) {
	auth := r.Header.Get("Authorization")
	tok := strings.TrimPrefix(auth, "Bearer ")
	tokens.Store(tok, &Session{}) // want `sessions stored in process memory \(map tokens, written in API\)`
}

// SignUp makes a fresh token, sends it as a cookie and remembers it.
func SignUp(w http.ResponseWriter, r *http.Request) {
	b := make([]byte, 32)
	rand.Read(b)
	sid := hex.EncodeToString(b)
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid})
	sessions[sid] = &Session{UserID: 2} // want `map sessions, written in SignUp`
}

// Guest uses a UUID sent back in a session header.
func Guest(w http.ResponseWriter, r *http.Request) {
	id := uuid.New().String()
	w.Header().Set("X-Session-Token", id)
	sessions["guest:"+id] = &Session{} // want `map sessions, written in Guest`
}

// Server is built once at start-up; its methods serve every request.
type Server struct {
	mu    sync.Mutex
	users map[string]int
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c, _ := r.Cookie("session")
	s.remember(fmt.Sprint(c.Value), 7) // want `^sessions stored in process memory \(map Server\.users, written by s\.remember in Server\.ServeHTTP\)`
}

// remember writes its receiver's map with its key parameter: the write is
// a session write where a handler passes a session identifier.
func (s *Server) remember(sid string, uid int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.users[sid] = uid
}

// Profile is a handler method value (mux.HandleFunc("/me", srv.Profile)).
func (s *Server) Profile(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie("sid"); err == nil {
		s.users[c.Value] = 0 // want `map Server\.users, written in Server\.Profile`
	}
}

// NewHandler is a factory: its map lives as long as the handler it returns.
func NewHandler() http.HandlerFunc {
	seen := make(map[string]bool)
	return func(w http.ResponseWriter, r *http.Request) {
		c, _ := r.Cookie("sid")
		if seen[c.Value] {
			return
		}
		seen[c.Value] = true // want `map seen, written in NewHandler\.func1`
	}
}

// Cart writes through a small helper of the package.
func Cart(w http.ResponseWriter, r *http.Request) {
	c, _ := r.Cookie("sid")
	put(c.Value) // want `map carts, written by put in Cart`
}

var carts = map[string][]string{}

func put(sid string) { carts[sid] = nil }

// Locked writes inside a literal it runs in place.
func Locked(w http.ResponseWriter, r *http.Request) {
	sid := sessionID(r)
	func() {
		mu.Lock()
		defer mu.Unlock()
		sessions[sid] = &Session{} // want `map sessions, written in Locked\.func1`
	}()
}

// sessionID returns the request's session cookie value.
func sessionID(r *http.Request) string {
	c, err := r.Cookie("sid")
	if err != nil {
		return ""
	}
	return c.Value
}

// Middleware is built once; the map it makes serves every request.
func Middleware(next http.Handler) http.Handler {
	var lastSeen sync.Map
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, ok := lastSeen.Load(sessionID(r)); !ok {
			w.Header().Set("X-First-Visit", "1")
		}
		lastSeen.Store(sessionID(r), r.URL.Path) // want `map lastSeen, written in Middleware\.func1`
		next.ServeHTTP(w, r)
	})
}
