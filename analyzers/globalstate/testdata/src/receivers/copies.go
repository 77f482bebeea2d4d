package receivers

import (
	"database/sql"
	"net/http"
	"strconv"
	"sync"
)

// A service that keeps, per user, a copy of what the database holds: a
// cache of a shared store, whose divergence between instances is by
// design. What the request itself supplies is state.

type notes struct {
	mu sync.Mutex
	m  map[int64]string
}

func (n *notes) set(id int64, v string) {
	n.mu.Lock()
	n.m[id] = v
	n.mu.Unlock()
}

type Profiles struct {
	db     *sql.DB
	mu     sync.Mutex
	copies map[int64]string
	plans  *notes
	drafts *notes
}

func (p *Profiles) planOf(id int64) (string, error) {
	var plan string
	err := p.db.QueryRow("SELECT plan FROM accounts WHERE user_id = $1", id).Scan(&plan)
	return plan, err
}

func (p *Profiles) Show(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.FormValue("id"), 10, 64)
	plan, err := p.planOf(id)
	if err != nil {
		return
	}
	p.plans.set(id, plan) // not reported: a copy of the account row
	var name string
	p.db.QueryRow("SELECT name FROM users WHERE id = $1", id).Scan(&name)
	p.mu.Lock()
	p.copies[id] = name // not reported: a copy of the user row
	p.mu.Unlock()
}

func (p *Profiles) Draft(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.FormValue("id"), 10, 64)
	p.drafts.set(id, r.FormValue("text")) // want `^handler Profiles.Draft writes p.drafts`
	p.mu.Lock()
	p.copies[id] = r.FormValue("name") // want `^handler Profiles.Draft writes map p.copies`
	p.mu.Unlock()
}
