// Package gopgdb uses go-pg v10's query builder: per-row queries and
// writes in loops, whole-table reads, and their batched and bounded
// forms.
package gopgdb

import (
	"net/http"

	"github.com/go-pg/pg/v10"
	"github.com/go-pg/pg/v10/orm"
)

type Story struct {
	ID       int64
	AuthorID int64
}

type Author struct {
	ID   int64
	Name string
}

type H struct{ db *pg.DB }

func (h *H) Stories(w http.ResponseWriter, r *http.Request) {
	var stories []Story
	h.db.Model(&stories).Order("id DESC").Limit(20).Select() // not reported: bounded
	for _, s := range stories {
		a := &Author{ID: s.AuthorID}
		h.db.Model(a).WherePK().Select() // want `runs a query once per iteration of this loop on the request path of H\.Stories \(N\+1: [^)]*\)`
	}
	for _, s := range stories {
		h.db.Model(&Author{ID: s.AuthorID}).Insert() // want `writes once per iteration of this loop on the request path of H\.Stories`
	}
	var authors []Author
	h.db.Model(&authors).Select()                                     // want `reads the whole table \(no WHERE, no LIMIT\)`
	h.db.Model((*Author)(nil)).Count()                                // want `counts every row of the table`
	h.db.Query(&authors, "SELECT * FROM authors")                     // want `query "SELECT \* FROM authors" reads the whole table`
	h.db.Model(&authors).First()                                      // not reported: one row
	h.db.Model(&authors).Insert()                                     // not reported: one multi-row INSERT
	h.db.Model(&authors).WhereIn("id IN (?)", []int64{1, 2}).Select() // not reported: batched and bounded
	ids := make([]int64, 0, len(stories))
	for _, s := range stories {
		ids = append(ids, s.AuthorID)
	}
	h.db.Model(&authors).Where("id IN (?)", pg.In(ids)).Select() // not reported: the fix, one query for all ids
}

// Through the orm.DB interface, as services that take a DB or a Tx do.
func count(db orm.DB, ids []int64) {
	for _, id := range ids {
		db.Model(&Story{}).Where("author_id = ?", id).Count() // want `runs a query once per iteration of this loop on the request path of H\.Counts`
	}
}

func (h *H) Counts(w http.ResponseWriter, r *http.Request) {
	count(h.db, nil)
}
