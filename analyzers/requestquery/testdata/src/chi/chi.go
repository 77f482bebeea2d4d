package chi

import (
	"database/sql"
	"net/http"

	"github.com/go-chi/chi/v5"
)

var db *sql.DB

func Routes() http.Handler {
	r := chi.NewRouter()
	r.Get("/users/{id}/friends", func(w http.ResponseWriter, req *http.Request) {
		var ids []int
		for _, id := range ids {
			db.QueryRow("SELECT name FROM users WHERE id = $1", id) // want `db\.QueryRow runs a query once per iteration of this loop on the request path of Routes\.func1 \(N\+1: [^)]*\)`
		}
	})
	r.Get("/users/{id}", func(w http.ResponseWriter, req *http.Request) {
		db.QueryRow("SELECT name FROM users WHERE id = $1", chi.URLParam(req, "id")) // not reported: one bounded query
	})
	return r
}
