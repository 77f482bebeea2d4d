// Package nethttp exercises requestquery on net/http handlers and database/sql.
package nethttp

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
)

type Server struct{ db *sql.DB }

type Order struct {
	ID    int
	Items []string
}

// A method handler with the classic rows.Next N+1.
func (s *Server) ListOrders(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	rows, err := s.db.QueryContext(ctx, "SELECT id FROM orders WHERE user_id = $1", 1)
	if err != nil {
		return
	}
	defer rows.Close()
	for rows.Next() {
		var id int
		rows.Scan(&id)
		var name string
		s.db.QueryRowContext(ctx, "SELECT name FROM items WHERE order_id = $1", id).Scan(&name) // want `^s\.db\.QueryRowContext runs a query once per iteration of this loop on the request path of Server\.ListOrders \(N\+1: 100 rows mean 100 queries instead of 1\); fetch all rows in one query \(WHERE id IN \(\.\.\.\) or = ANY\(\$1\), a JOIN, or the ORM's Preload\)$`
	}
}

// A plain function handler; the query is in a helper of this package,
// reported at the query with the loop named.
func ListItems(w http.ResponseWriter, r *http.Request) {
	var orders []Order
	json.NewDecoder(r.Body).Decode(&orders)
	for i := range orders {
		orders[i].Items = itemsFor(r.Context(), db, orders[i].ID)
	}
}

var db *sql.DB

func itemsFor(ctx context.Context, db *sql.DB, id int) []string {
	rows, _ := db.QueryContext(ctx, "SELECT name FROM items WHERE order_id = $1", id) // want `db\.QueryContext runs a query once per iteration of the loop in ListItems at nplusone\.go:\d+ on the request path of ListItems \(N\+1: [^)]*\)`
	defer rows.Close()
	return nil
}

// A closure run in the loop (errgroup style) counts as in the loop.
func Fanout(w http.ResponseWriter, r *http.Request) {
	ids := []int{}
	json.NewDecoder(r.Body).Decode(&ids)
	for _, id := range ids {
		run(func() {
			db.QueryRow("SELECT name FROM users WHERE id = $1", id) // want `db\.QueryRow runs a query once per iteration of the loop in Fanout at nplusone\.go:\d+ on the request path of Fanout \(N\+1: [^)]*\)`
		})
	}
}

func run(f func()) { f() }

// A handler literal registered on a mux; the registration loop in
// Routes runs once at start-up and is not the loop reported.
func Routes(mux *http.ServeMux) {
	for _, p := range []string{"/a", "/b"} {
		mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			var ids []int
			for _, id := range ids {
				db.Exec("DELETE FROM carts WHERE id = $1", id) // want `db\.Exec writes once per iteration of this loop on the request path of Routes\.func1 \([^)]*writes instead of 1\); batch the writes`
			}
		})
	}
}

// A handler factory: its body runs once at registration (the loop over
// warm-up keys is not on the request path); the closure it returns is.
func NewHandler(db *sql.DB) http.HandlerFunc {
	for _, k := range loadKeys() {
		db.Exec("INSERT INTO warm(k) VALUES ($1)", k) // not reported: the factory body runs once, at start-up
	}
	return func(w http.ResponseWriter, r *http.Request) {
		var ids []int
		for _, id := range ids {
			db.QueryRow("SELECT 1 FROM users WHERE id = $1", id) // want `db\.QueryRow runs a query once per iteration of this loop on the request path of NewHandler\.func1 \(N\+1: [^)]*\)`
		}
	}
}

func loadKeys() []string { return nil }

// Middleware: the returned handler is per request, the wrapper is not.
func Audit(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for _, h := range r.Header["X-Trace"] {
			db.Exec("INSERT INTO audit(h) VALUES ($1)", h) // want `db\.Exec writes once per iteration of this loop on the request path of Audit\.func1 \([^)]*writes instead of 1\); batch the writes`
		}
		next.ServeHTTP(w, r)
	})
}

// ServeHTTP methods are handlers.
type Export struct{ db *sql.DB }

func (e Export) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	for _, u := range r.URL.Query()["user"] {
		for _, t := range r.URL.Query()["tag"] {
			e.db.Query("SELECT * FROM posts WHERE user_id = $1 AND tag = $2", u, t) // want `e\.db\.Query runs a query once per iteration of this loop on the request path of Export\.ServeHTTP \(N\+1: [^)]*\)`
		}
	}
}

// A user's own entry point.
//
//scalevet:handler
func Consume(ctx context.Context, batch []int) {
	for _, id := range batch {
		db.ExecContext(ctx, "UPDATE jobs SET done = true WHERE id = $1", id) // want `db\.ExecContext writes once per iteration of this loop on the request path of Consume \([^)]*writes instead of 1\); batch the writes`
	}
}

// Interface calls resolve to the only implementation in the package.
type store interface{ Get(id int) string }

type sqlStore struct{ db *sql.DB }

func (s sqlStore) Get(id int) string {
	var name string
	s.db.QueryRow("SELECT name FROM users WHERE id = $1", id).Scan(&name) // want `s\.db\.QueryRow runs a query once per iteration of the loop in Users at nplusone\.go:\d+ on the request path of Users \(N\+1: [^)]*\)`
	return name
}

func Users(w http.ResponseWriter, r *http.Request) {
	var st store = sqlStore{db}
	for _, id := range []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11} {
		st.Get(id)
	}
}
