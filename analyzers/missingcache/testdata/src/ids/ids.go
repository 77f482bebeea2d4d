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
	store.Org(s.db, "admin/built-in")                  // want `store.Org runs query "SELECT theme FROM orgs WHERE owner = \$1 AND name = \$2"`
	store.Org(s.db, r.FormValue("id"))                 // not reported: the id is the request's
	store.Stamped(s.db, "admin/built-in")              // not reported: the helper stamps the time
	store.Orgs(s.db)                                   // not reported: no id, so no query
	store.Orgs(s.db, "admin/app")                      // want `store.Orgs runs query`
	store.Notify(s.db, r.FormValue("id"))              // not reported: the goroutine reads the request's id
	store.Member(s.db, "")                             // not reported: no id, so no query
	store.Guest(s.db, "")                              // not reported: no id, so an early return
	store.Member(s.db, "root")                         // want `store.Member runs query`
	store.Guest(s.db, "root")                          // want `store.Guest runs query`
	store.NewFactor(s.db, nil)                         // not reported: no configuration, so no provider to load
	store.NewFactor(s.db, &store.Props{Provider: "r"}) // want `store.NewFactor runs query`
	store.NewDefault(s.db, nil)                        // want `store.NewDefault runs query`
	store.NewNamed(s.db, nil)                          // want `store.NewNamed runs query`
	store.Each(nil, func(id string) {
		if id != "" {
			s.db.QueryRow("SELECT 1 FROM orgs WHERE name = 'root'") // want `query "SELECT 1 FROM orgs WHERE name = 'root'" does not depend on the request`
		}
	})
}
