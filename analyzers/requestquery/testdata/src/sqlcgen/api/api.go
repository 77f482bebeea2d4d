// Package api calls sqlc-generated queries through their DBTX interface.
package api

import (
	"net/http"

	"sqlcgen/db"
)

type API struct{ q *db.Queries }

func (a *API) Authors(w http.ResponseWriter, r *http.Request) {
	var ids []int64
	for _, id := range ids {
		a.q.GetAuthor(r.Context(), id) // want `^a\.q\.GetAuthor runs a query \(db\.Queries\.GetAuthor → \(db\.DBTX\)\.QueryRowContext at query\.sql\.go:\d+\) once per iteration of this loop on the request path of API\.Authors \(N\+1: [^)]*\)`
	}
	a.q.ListAuthors(r.Context()) // want `a\.q\.ListAuthors runs query "SELECT id, name, bio FROM authors ORDER BY name" that reads the whole table \(no WHERE, no LIMIT\)`
	for _, n := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"} {
		a.q.CreateAuthor(r.Context(), n) // want `a\.q\.CreateAuthor writes`
	}
}
