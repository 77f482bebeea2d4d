package libs

import (
	"net/http"

	"github.com/doug-martin/goqu/v9"
)

type GoquAPI struct{ db *goqu.Database }

// Users reads a user by the request's id through goqu, whose conditions
// live in builder calls: not judged.
func (a *GoquAPI) Users(w http.ResponseWriter, r *http.Request) {
	var p Plan
	a.db.From("users").Where(goqu.Ex{"id": r.URL.Query().Get("id")}).ScanStruct(&p) // not reported: the request's id, in the builder chain
}
