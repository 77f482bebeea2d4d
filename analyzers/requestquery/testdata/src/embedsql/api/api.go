// Package api runs the statements that package queries embeds.
package api

import (
	"database/sql"
	"net/http"

	"embedsql/queries"
)

var db *sql.DB

func Users(w http.ResponseWriter, r *http.Request) {
	db.Query(queries.AllUsers) // want `^query "SELECT id, name FROM users ORDER BY name" reads the whole table`
}

func Orders(w http.ResponseWriter, r *http.Request) {
	db.Query(queries.Stmts["all-orders"])    // want `query "SELECT id, total FROM orders" reads the whole table`
	db.Query(queries.Stmts["recent-orders"]) // not reported: LIMIT 20
	db.Query(queries.Stmts["missing"])       // not reported: no such statement
	for _, id := range r.URL.Query()["order"] {
		db.Query(queries.Stmts["touch-order"], id) // want `writes once per iteration of this loop`
	}
}
