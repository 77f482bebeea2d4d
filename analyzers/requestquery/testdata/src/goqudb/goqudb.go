// Package goqudb uses goqu (github.com/doug-martin/goqu/v9): datasets
// built in a chain and run by a finisher or an executor.
package goqudb

import (
	"net/http"

	"github.com/doug-martin/goqu/v9"
)

type User struct {
	ID  int64
	Org string
}

type H struct{ db *goqu.Database }

func (h *H) Users(w http.ResponseWriter, r *http.Request) {
	var ids []int64
	for _, id := range ids {
		var u User
		h.db.From("users").Where(goqu.Ex{"id": id}).ScanStruct(&u) // want `\(\*goqu\.SelectDataset\)\.ScanStruct runs a query once per iteration of this loop on the request path of H\.Users`
	}
	var us []User
	h.db.From("users").Where(goqu.Ex{"id": ids}).ScanStructs(&us)                                   // not reported: one IN for every id
	h.db.From("users").Where(goqu.C("id").In(ids)).ScanStructs(&us)                                 // not reported: the same with In
	h.db.From("users").Where(goqu.C("org").Eq(r.URL.Query().Get("org"))).Limit(50).ScanStructs(&us) // not reported: a condition and a limit
	h.db.From("users").ScanStructs(&us)                                                             // want `^\(\*goqu\.SelectDataset\)\.ScanStructs reads the whole table \(no WHERE, no LIMIT\) on the request path of H\.Users`
	h.db.From("users").Count()                                                                      // want `counts every row of the table`
	h.db.From("users").Executor().ScanStructs(&us)                                                  // want `reads the whole table \(no WHERE, no LIMIT\)`
}

func (h *H) Import(w http.ResponseWriter, r *http.Request) {
	var us []User
	for _, u := range us {
		h.db.Insert("users").Rows(u).Executor().Exec() // want `exec\.QueryExecutor\)\.Exec writes once per iteration of this loop`
	}
	h.db.Insert("users").Rows(us).Executor().Exec() // not reported: one multi-row INSERT
	for _, u := range us {
		h.db.Update("users").Set(u).Where(goqu.Ex{"id": u.ID}).Executor().Exec() // want `writes once per iteration of this loop`
	}
}
