// Package holders checks which variables and fields sessionmap's Result
// says hold sessions (the "holds sessions" diagnostics come from the
// test's probe analyzer, not from sessionmap).
package holders

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
	"github.com/gin-contrib/sessions/memstore"
)

var sessions = map[string]int{} // want "holds sessions"

var products = map[string]int{} // not a session map

type Store struct {
	m map[string]int // want "holds sessions"
}

func (s *Store) Set(k string, v int) { s.m[k] = v }

func (s *Store) Get(k string) int { return s.m[k] }

var store = &Store{m: map[string]int{}} // want "holds sessions"

var catalog = &Catalog{m: map[string]int{}} // not a session store

type Catalog struct {
	m map[string]int
}

func (c *Catalog) Set(k string, v int) { c.m[k] = v }

var mem = memstore.NewStore([]byte("k")) // want "holds sessions"

type Handler struct {
	users map[string]int      // want "holds sessions"
	sm    *scs.SessionManager // want "holds sessions"
	names map[string]string   // not a session map
}

func NewHandler() *Handler {
	return &Handler{sm: scs.New()}
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c, _ := r.Cookie("sid")
	sessions[c.Value] = 1
	store.Set(c.Value, 2)
	h.users[c.Value] = 3
	sku := r.URL.Query().Get("sku")
	products[sku] = 4
	catalog.Set(sku, 5)
	h.names[sku] = "x"
	_ = sessions[c.Value] + store.Get(c.Value) + h.users[c.Value]
}
