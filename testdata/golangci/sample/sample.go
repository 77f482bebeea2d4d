// Package sample has one N+1 on the request path, for the golangci-lint
// plugin test (run.sh): a query per row of another query, in a handler.
package sample

import (
	"database/sql"
	"fmt"
	"net/http"
)

// Names writes the name of each of the first ten users of a team, one
// query each.
func Names(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		rows, err := db.QueryContext(r.Context(), "SELECT id FROM users WHERE team = $1 ORDER BY id LIMIT 10", r.PathValue("team"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			var name string
			if err := db.QueryRow("SELECT name FROM users WHERE id = $1", id).Scan(&name); err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			fmt.Fprintln(w, name)
		}
		if err := rows.Err(); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	}
}
