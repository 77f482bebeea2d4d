// Package nplusone has one N+1 on the request path and a safe look-alike.
package nplusone

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
			if err := db.QueryRow("SELECT name FROM users WHERE id = $1", id).Scan(&name); err != nil { // want `^db\.QueryRow runs a query once per iteration of this loop on the request path`
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

// Warm loads the names at start-up, off the request path.
// not reported: main and start-up code run once, not per request.
func Warm(db *sql.DB) {
	for id := 1; id <= 10; id++ {
		var name string
		_ = db.QueryRow("SELECT name FROM users WHERE id = $1", id).Scan(&name)
	}
}
