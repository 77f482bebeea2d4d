package nethttp

import (
	"net/http"
	"strings"
	"sync"

	"golang.org/x/time/rate"

	"github.com/google/uuid"
)

var (
	products = map[string]string{}
	hits     = map[string]int{}
	requests = map[string]string{}
	admins   = map[string]bool{}
)

func init() {
	// not reported: written at start-up
	admins["root"] = true
}

// Products caches non-session data: the key is a product id.
func Products(w http.ResponseWriter, r *http.Request) {
	sku := r.URL.Query().Get("sku")
	products[sku] = "cached" // not reported: not keyed by a session
}

// Local keeps a map for the request only.
func Local(w http.ResponseWriter, r *http.Request) {
	c, _ := r.Cookie("sid")
	m := map[string]int{}
	m[c.Value] = 1 // not reported: dies with the request
	var s Server
	s.users = map[string]int{}
	s.remember(c.Value, 1) // not reported: a local value's map
}

// Count counts per session: a rate counter, not a session.
func Count(w http.ResponseWriter, r *http.Request) {
	c, _ := r.Cookie("sid")
	hits[c.Value]++    // not reported: a counter
	hits[c.Value] += 2 // not reported: a counter
}

// Trace generates a request id and sends it back, not a session.
func Trace(w http.ResponseWriter, r *http.Request) {
	id := uuid.NewString()
	w.Header().Set("X-Request-Id", id)
	requests[id] = r.URL.Path // not reported: a request id, not a session
}

// Fresh generates an id that it never sends: not a session key.
func Fresh(w http.ResponseWriter, r *http.Request) {
	id := uuid.NewString()
	requests[id] = "job" // not reported: the client never gets the id
}

// Verify checks a stateless token per request and keeps nothing.
func Verify(w http.ResponseWriter, r *http.Request) {
	tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	claims := parseJWT(tok) // not reported: nothing kept
	_ = claims
}

func parseJWT(s string) map[string]any { return map[string]any{"sub": s} }

// main-like start-up code reading no request.
func Setup() {
	products["a"] = "b" // not reported: off the request path
}

// Tool is a single-instance admin tool that says so.
func Tool(w http.ResponseWriter, r *http.Request) {
	c, _ := r.Cookie("sid")
	//scalevet:ignore sessionmap -- a single-instance admin tool
	admins[c.Value] = true
	if admins[c.Value] {
		w.WriteHeader(http.StatusOK)
	}
}

// Inner runs a handler literal per request: the map it captures is the
// outer request's.
func Inner(w http.ResponseWriter, r *http.Request) {
	perRequest := map[string]bool{}
	http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, _ := r.Cookie("sid")
		perRequest[c.Value] = true // not reported: dies with the outer request
	}).ServeHTTP(w, r)
}

// Prefs keys a map by a value that is not a session identifier.
func Prefs(w http.ResponseWriter, r *http.Request) {
	lang := r.Header.Get("Accept-Language")
	products[lang] = "seen" // not reported: not a session or token header
}

var (
	limiters       = map[string]*rate.Limiter{}
	cookieLimiters sync.Map
)

// Limit keeps a rate limiter per token: per-client state, but not a
// session (globalstate reports limiters kept per instance).
func Limit(w http.ResponseWriter, r *http.Request) {
	tok := r.Header.Get("Authorization")
	limiters[tok] = rate.NewLimiter(1, 5) // not reported: a rate limiter, not a session
	c, _ := r.Cookie("sid")
	cookieLimiters.Store(c.Value, rate.NewLimiter(1, 5)) // not reported: a rate limiter
}
