// Package tables holds whole-table reads, which are requestquery's
// unbounded reads unless the table is declared small, and conditions
// filled from the request through a pointer.
package tables

import (
	"database/sql"
	"encoding/json"
	"io"
	"net/http"

	"gorm.io/gorm"
)

type Setting struct{ Key, Value string }

type Order struct {
	Customer string
	Status   string
}

type Server struct {
	db *sql.DB
	g  *gorm.DB
}

func (s *Server) Settings(w http.ResponseWriter, r *http.Request) {
	// not reported: the whole table, which requestquery reports as an
	// unbounded read; a copy would go stale with every write
	s.db.QueryContext(r.Context(), "SELECT key, value FROM settings")
	var all []Setting
	s.g.Find(&all) // not reported: the whole table, as above
	// The bounded twin is reported.
	s.db.QueryContext(r.Context(), "SELECT key, value FROM settings WHERE public") // want `query "SELECT key, value FROM settings WHERE public" does not depend on the request`
}

func (s *Server) Roles(w http.ResponseWriter, r *http.Request) {
	// The whole of a table declared small (-missingcache.small=roles in
	// TestSmall) is configuration to cache, as a bounded read is.
	s.db.QueryContext(r.Context(), "SELECT name FROM roles") // want `query "SELECT name FROM roles" does not depend on the request`
}

// all reads the whole table whose name the caller gives.
func (s *Server) all(r *http.Request, query string) {
	s.db.QueryContext(r.Context(), query)
}

func (s *Server) Wrapped(w http.ResponseWriter, r *http.Request) {
	s.all(r, "SELECT key, value FROM settings") // not reported: the whole table, through a wrapper
}

// decode fills v from the request body.
func decode(body io.Reader, v any) error { return json.NewDecoder(body).Decode(v) }

// defaults fills the fields a search leaves empty.
func defaults(o *Order) { o.Status = "open" }

func (s *Server) Search(w http.ResponseWriter, r *http.Request) {
	// not reported: the condition struct is filled from the request body
	// by a call that takes its pointer
	cond := &Order{}
	decode(r.Body, cond)
	var orders []Order
	s.g.Where(cond).Find(&orders)

	// The look-alike filled only from constants is reported.
	open := &Order{Customer: "house"}
	defaults(open)
	s.g.Where(open).Find(&orders) // want `\(\*gorm.DB\).Find reads the same rows on every request of Server.Search`
}
