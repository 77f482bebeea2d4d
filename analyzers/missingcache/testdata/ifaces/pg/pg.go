package pg // want package:`impls \(\*example.com/shop/pg.Repo\).List, \(\*example.com/shop/pg.Repo\).Slug, \(\*example.com/shop/pg.Repo\).Total}$`

// The package implements store.Orders over database/sql.

import (
	"context"
	"database/sql"
	"regexp"

	"example.com/shop/store"
)

// Repo is the orders table.
type Repo struct {
	db      *sql.DB
	Counter store.Counter
}

// New returns the repository of db.
func New(db *sql.DB) *Repo { return &Repo{db: db} } // want New:`^returns if\(0\)$`

// List reads the orders of one status: the same rows for the same
// status.
func (r *Repo) List(ctx context.Context, status string) []string { // want List:`^query \(\*sql.DB\).QueryContext if\(0,2\) via pg.Repo.List; returns if\(\)$`
	r.db.QueryContext(ctx, "SELECT id FROM orders WHERE status = $1", status)
	return nil
}

// Slug compiles a constant pattern on every call, whatever the title.
func (r *Repo) Slug(title string) string { // want Slug:`^compile regexp.MustCompile via pg.Repo.Slug; returns if\(1\)$`
	return regexp.MustCompile(`[^a-z0-9]+`).ReplaceAllString(title, "-")
}

// Total asks the counter, whose implementation main wires in.
func (r *Repo) Total(ctx context.Context) int { return r.Counter.Count() } // want Total:`^pending store.Counter.Count via pg.Repo.Total$`
