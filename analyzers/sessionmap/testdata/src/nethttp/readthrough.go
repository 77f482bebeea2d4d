package nethttp

import (
	"database/sql"
	"net/http"
	"strings"
	"sync"
)

// Maps keyed by a session token that copy what the database holds for
// it: a read-through cache, filled after a lookup of the same key missed
// with what a query returned. The session lives in the database, where a
// second instance finds it.

type tokenCache struct {
	mu    sync.Mutex
	users map[string]int64
}

func (t *tokenCache) Get(tok string) (int64, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	id, ok := t.users[tok]
	return id, ok
}

func (t *tokenCache) Set(tok string, id int64) { // want Set:`^writes nethttp\.tokenCache\.users\[recv\] key\(p0\)$`
	t.mu.Lock()
	t.users[tok] = id
	t.mu.Unlock()
}

type session struct{ user int64 }

type Auth struct {
	db     *sql.DB
	tokens *tokenCache
	byTok  map[string]int64
	carts  map[string]*session
	fresh  map[string]*session
}

func (a *Auth) userOf(tok string) (int64, error) {
	var id int64
	err := a.db.QueryRow("SELECT user_id FROM tokens WHERE token = $1", tok).Scan(&id)
	return id, err
}

func (a *Auth) rowOf(tok string) (*int64, error) {
	id, err := a.userOf(tok)
	return &id, err
}

func (a *Auth) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")

	// not reported: the token's user, read from the database on a miss
	id, ok := a.byTok[tok]
	if !ok {
		a.db.QueryRow("SELECT user_id FROM tokens WHERE token = $1", tok).Scan(&id)
		a.byTok[tok] = id
	}

	// not reported: the same through a cache type and a helper that queries
	if _, ok := a.tokens.Get(tok); !ok {
		uid, err := a.userOf(tok)
		if err == nil {
			a.tokens.Set(tok, uid)
		}
	}

	// not reported: a copy of the row that a helper returns a pointer to
	if _, ok := a.byTok["cast:"+tok]; !ok {
		if row, err := a.rowOf(tok); err == nil {
			a.byTok["cast:"+tok] = *row
		}
	}

	c, _ := r.Cookie("sid")
	// reported: a session created here after the miss is the only copy
	s, ok := a.carts[c.Value]
	if !ok {
		s = &session{}
		a.carts[c.Value] = s // want `sessions stored in process memory \(map Auth.carts, written in Auth.ServeHTTP\)`
	}

	// reported: a value read from the database, but with no lookup of the
	// key first: the map is where the session is kept
	uid, _ := a.userOf(tok)
	a.fresh[tok] = &session{user: uid} // want `sessions stored in process memory \(map Auth.fresh, written in Auth.ServeHTTP\)`
	_ = s
}

// Fresh reads a session back by its token.
func (a *Auth) Fresh(tok string) *session { return a.fresh[tok] }
