// Package ids calls a store whose query is invariant when the id given
// is: the id passes through a helper of a third package.
package ids

import (
	"database/sql"
	"net/http"

	"ids/store"
)

type Server struct{ db *sql.DB }

func (s *Server) Login(w http.ResponseWriter, r *http.Request) {
	store.Org(s.db, "admin/built-in")     // want `store.Org runs query "SELECT theme FROM orgs WHERE owner = \$1 AND name = \$2"`
	store.Org(s.db, r.FormValue("id"))    // not reported: the id is the request's
	store.Stamped(s.db, "admin/built-in") // not reported: the helper stamps the time
}
