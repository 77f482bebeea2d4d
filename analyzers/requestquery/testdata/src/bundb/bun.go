// Package bundb uses bun's query builders: per-row queries and writes
// in loops, whole-table reads, and their batched and bounded forms.
package bundb

import (
	"net/http"

	"github.com/uptrace/bun"
)

type User struct {
	ID    int64
	Name  string
	Email string
}

type Order struct {
	ID     int64
	UserID int64
}

type H struct{ db *bun.DB }

func (h *H) Orders(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var orders []Order
	h.db.NewSelect().Model(&orders).Where("status = ?", "open").Limit(50).Scan(ctx) // not reported: bounded
	for _, o := range orders {
		u := new(User)
		h.db.NewSelect().Model(u).Where("id = ?", o.UserID).Scan(ctx) // want `runs a query once per iteration of this loop on the request path of H\.Orders \(N\+1: [^)]*\)`
	}
	for _, o := range orders {
		h.db.NewInsert().Model(&User{ID: o.UserID}).Exec(ctx) // want `writes once per iteration of this loop on the request path of H\.Orders`
	}

	var users []User
	h.db.NewSelect().Model(&users).Scan(ctx)        // want `reads the whole table \(no WHERE, no LIMIT\)`
	h.db.NewSelect().Model((*User)(nil)).Count(ctx) // want `counts every row of the table`
	one := new(User)
	h.db.NewSelect().Model(one).Scan(ctx)                                              // not reported: a struct model reads one row
	h.db.NewSelect().Model(&users).Count(ctx)                                          // want `counts every row of the table`
	h.db.NewRaw("SELECT * FROM users").Scan(ctx, &users)                               // want `query "SELECT \* FROM users" reads the whole table`
	h.db.NewSelect().Model(&users).WherePK().Scan(ctx)                                 // not reported: by primary key
	h.db.NewSelect().Model(&users).Where("id IN (?)", bun.In([]int64{1, 2})).Scan(ctx) // not reported: batched and bounded
	h.db.NewInsert().Model(&users).Exec(ctx)                                           // not reported: one multi-row INSERT
	h.db.NewUpdate().Model(&users).Bulk().Exec(ctx)                                    // not reported: one bulk UPDATE
	exists, _ := h.db.NewSelect().Model(&users).Exists(ctx)                            // not reported: one row
	_ = exists
	for _, o := range orders {
		var n int
		h.db.NewSelect().Model(&[]Order{}).Where("user_id = ?", o.UserID).Scan(ctx, &n) // want `runs a query once per iteration of this loop`
	}
	ids := make([]int64, 0, len(orders))
	for _, o := range orders {
		ids = append(ids, o.UserID)
	}
	h.db.NewSelect().Model(&users).Where("id IN (?)", bun.In(ids)).Scan(ctx) // not reported: the fix, one query for all ids
}
