package sqlxdb

import (
	"net/http"

	"github.com/jmoiron/sqlx"
)

var db *sqlx.DB

type User struct{ ID int }

func Users(w http.ResponseWriter, r *http.Request) {
	var ids []int
	var users []User
	for _, id := range ids {
		var u User
		db.Get(&u, "SELECT * FROM users WHERE id = $1", id)            // want `db\.Get runs a query once per iteration of this loop on the request path of Users \(N\+1: [^)]*\); .*; it also writes once per iteration: batch the writes$`
		db.QueryRowx("SELECT * FROM users WHERE id = $1", id)          // not reported: the same loop, one finding (its first query)
		db.NamedExec("UPDATE users SET seen = true WHERE id = :id", u) // not reported: the same loop, one finding (the N+1 names its writes)
	}
	for _, id := range ids {
		db.QueryRowx("SELECT * FROM users WHERE id = $1", id) // want `db\.QueryRowx runs a query once per iteration of this loop`
	}
	for _, id := range ids {
		db.QueryRow("SELECT 1 FROM users WHERE id = $1", id) // want `db\.QueryRow runs a query once per iteration of this loop`
	}
	db.Select(&users, "SELECT * FROM users") // want `query "SELECT \* FROM users" reads the whole table`

	q, args, _ := sqlx.In("SELECT * FROM users WHERE id IN (?)", ids)
	db.Select(&users, db.Rebind(q), args...) // not reported: sqlx.In batches the ids
	for _, chunk := range [][]int{ids, ids, ids} {
		db.Select(&users, "SELECT * FROM users WHERE id IN (?)", chunk) // not reported: a batched query per chunk
	}
}
