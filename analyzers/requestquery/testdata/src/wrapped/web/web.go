package web

import (
	"net/http"

	"wrapped/store"
)

type H struct{ c *store.Conn }

func (h *H) Sessions(w http.ResponseWriter, r *http.Request) {
	h.c.ListSessions()                                 // want `^h\.c\.ListSessions runs query "select id, user_id, created_at from session;" that reads the whole table \(no WHERE, no LIMIT\) \(store\.Conn\.ListSessions → store\.Conn\.query → store\.Conn\.Query → \(\*sql\.DB\)\.Query at store\.go:\d+\) on the request path of H\.Sessions`
	h.c.GetSession(r.FormValue("id"))                  // not reported: a key lookup
	h.c.Search("SELECT id FROM session WHERE id = $1") // not reported: bounded
	h.c.Search(r.FormValue("q"))                       // not reported: text not known
	h.c.Search("SELECT id FROM audit")                 // want `^h\.c\.Search runs query "SELECT id FROM audit" that reads the whole table`
	find(h, "SELECT id FROM users")                    // want `^find runs query "SELECT id FROM users" that reads the whole table \(no WHERE, no LIMIT\) \(web\.find → store\.Conn\.Query → \(\*sql\.DB\)\.Query at store\.go:\d+\) on the request path of H\.Sessions`
	find(h, "SELECT id FROM users LIMIT 10")           // not reported: bounded
}

// find is a wrapper in the handler's package.
func find(h *H, q string) { h.c.Query(q) }

func (h *H) Import(w http.ResponseWriter, r *http.Request) {
	var items []store.Item
	for _, it := range items {
		h.c.Create(it) // want `^h\.c\.Create writes \(store\.Conn\.Create → store\.Conn\.CreateAll → \(\*sql\.DB\)\.Exec at store\.go:\d+\) once per iteration of this loop on the request path of H\.Import \([^)]*writes instead of 1\); batch the writes`
	}
	h.c.Create(store.Item{}) // not reported: CreateAll's loop runs once for the one item
	h.c.CreateAll(items)     // want `^h\.c\.CreateAll writes once per iteration of its loop at store\.go:\d+ \(store\.Conn\.CreateAll → \(\*sql\.DB\)\.Exec at store\.go:\d+\) on the request path of H\.Import and H\.ImportBoth \([^)]*writes instead of 1\);`
}

func (h *H) Unsubscribe(w http.ResponseWriter, r *http.Request) {
	h.c.Expire(r.FormValue("topic"))      // not reported: Expire's loop runs once for the one topic
	h.c.Expire("a", "b")                  // not reported: twice
	h.c.Expire(r.URL.Query()["topic"]...) // want `^h\.c\.Expire writes once per iteration of its loop at store\.go:\d+`
}

func (h *H) ImportBoth(w http.ResponseWriter, r *http.Request) {
	var items []store.Item
	h.c.CreateBoth(items) // not reported again: CreateAll's loop, one finding with H.Import's
	h.c.Sync(items)       // want `^h\.c\.Sync runs a query once per iteration of its loop at store\.go:\d+ .*\(N\+1: [^)]*\); .*; it also writes once per iteration: batch the writes$`
}
