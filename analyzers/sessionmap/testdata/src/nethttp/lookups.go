package nethttp

import (
	"net/http"
	"sync"
	"time"
)

// Me finds the request's session in the maps the handlers of maps.go
// write: what makes each of them a session store.
func (s *Server) Me(w http.ResponseWriter, r *http.Request) {
	sid := sessionID(r)
	mu.Lock()
	sess := sessions[sid]
	mu.Unlock()
	if v, ok := tokens.Load(r.Header.Get("Authorization")); ok {
		sess = v.(*Session)
	}
	s.mu.Lock()
	uid := s.users[sid]
	s.mu.Unlock()
	_, _, _ = sess, uid, carts[sid]
}

// A write-behind queue keyed by the session token: handlers record the
// last access, a ticker flushes the batch to the database. Nothing
// finds a session in it.
var (
	queueMu     sync.Mutex
	accessQueue = map[string]time.Time{}
)

func Touch(w http.ResponseWriter, r *http.Request) {
	queueMu.Lock()
	accessQueue[sessionID(r)] = time.Now() // not reported: a queue, never looked up by key
	queueMu.Unlock()
}

func flushAccess() {
	queueMu.Lock()
	batch := accessQueue
	accessQueue = map[string]time.Time{}
	queueMu.Unlock()
	for sid, at := range batch {
		_, _ = sid, at
	}
}

// The look-alike: the same queue that a handler also reads by key is
// where the request's session is found.
var (
	visitMu sync.Mutex
	visits  = map[string]time.Time{}
)

func Visit(w http.ResponseWriter, r *http.Request) {
	visitMu.Lock()
	defer visitMu.Unlock()
	if last, ok := visits[sessionID(r)]; ok && time.Since(last) < time.Second {
		return
	}
	visits[sessionID(r)] = time.Now() // want `map visits, written in Visit`
}
