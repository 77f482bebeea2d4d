// Package orders has one N+1 on the request path.
package orders

import (
	"database/sql"
	"fmt"
	"net/http"
)

// List writes the total of each of a user's last orders, one query each.
func List(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		rows, err := db.QueryContext(r.Context(), "SELECT id FROM orders WHERE user_id = $1 LIMIT 20", r.URL.Query().Get("user"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		for rows.Next() {
			var id, total int64
			if err := rows.Scan(&id); err != nil {
				return
			}
			_ = db.QueryRowContext(r.Context(), "SELECT sum(price) FROM items WHERE order_id = $1", id).Scan(&total)
			fmt.Fprintln(w, id, total)
		}
		if err := rows.Err(); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	}
}
