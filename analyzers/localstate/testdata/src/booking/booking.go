package booking

import (
	"database/sql"
	"net/http"
	"sync"
)

type Server struct {
	db *sql.DB
	mu sync.Mutex

	cacheMu sync.Mutex
	seen    map[string]int
}

// One booking per seat, enforced by a lock that only this instance
// holds.
func (s *Server) Book(w http.ResponseWriter, r *http.Request) {
	seat := r.FormValue("seat")
	s.mu.Lock() // want `mutex s.mu held across a database read \(\(\*sql.DB\).QueryRow at booking.go:\d+\) and write \(\(\*sql.DB\).Exec at booking.go:\d+\) on the request path of Server.Book: it excludes only the requests of this instance, so two instances both read the old value and both write; enforce the rule in the database \(a transaction with SELECT ... FOR UPDATE, a unique constraint, or an advisory lock\)`
	defer s.mu.Unlock()
	var taken bool
	s.db.QueryRow("SELECT taken FROM seats WHERE id = ?", seat).Scan(&taken)
	if taken {
		http.Error(w, "taken", http.StatusConflict)
		return
	}
	s.db.Exec("UPDATE seats SET taken = true WHERE id = ?", seat)
}

var stockMu sync.Mutex

// Stock never negative, through a helper, with an explicit Unlock.
func Buy(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		stockMu.Lock() // want `mutex stockMu held across a database read`
		n := stock(db, r.FormValue("item"))
		if n > 0 {
			db.Exec("UPDATE items SET stock = stock - 1 WHERE id = ?", r.FormValue("item"))
		}
		stockMu.Unlock()
	}
}

func stock(db *sql.DB, item string) int {
	var n int
	db.QueryRow("SELECT stock FROM items WHERE id = ?", item).Scan(&n)
	return n
}

// not reported: the mutex guards in-memory data only
func (s *Server) Count(w http.ResponseWriter, r *http.Request) {
	s.cacheMu.Lock()
	s.seen[r.URL.Path]++
	s.cacheMu.Unlock()
	s.db.Exec("INSERT INTO hits(path) VALUES (?)", r.URL.Path)
}

// not reported: the read and the write are not both under the lock
func (s *Server) Rename(w http.ResponseWriter, r *http.Request) {
	var name string
	s.db.QueryRow("SELECT name FROM users WHERE id = ?", r.FormValue("id")).Scan(&name)
	s.mu.Lock()
	s.db.Exec("UPDATE users SET name = ? WHERE id = ?", name+"!", r.FormValue("id"))
	s.mu.Unlock()
}

// not reported: the database holds the row lock
func (s *Server) Reserve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var n int
	s.db.QueryRow("SELECT stock FROM items WHERE id = ? FOR UPDATE", r.FormValue("item")).Scan(&n)
	s.db.Exec("UPDATE items SET stock = ? WHERE id = ?", n-1, r.FormValue("item"))
}

// not reported: off the request path (a migration at start-up)
func (s *Server) Migrate() {
	s.mu.Lock()
	defer s.mu.Unlock()
	var v int
	s.db.QueryRow("SELECT version FROM schema").Scan(&v)
	s.db.Exec("UPDATE schema SET version = ?", v+1)
}
