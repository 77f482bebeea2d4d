package web

import (
	"net/http"

	"wrapped/store"
)

type H struct{ c *store.Conn }

func (h *H) Plans(w http.ResponseWriter, r *http.Request) {
	h.c.ListPlans()                                            // want `^h\.c\.ListPlans runs query "select name from plans order by rank limit 20" \(store\.Conn\.ListPlans → store\.Conn\.Query → \(\*sql\.DB\)\.Query at store\.go:\d+\) with arguments that do not depend on the request of H\.Plans`
	h.c.Plan(r.FormValue("id"))                                // not reported: the request's key
	h.c.Touch()                                                // not reported: a write
	h.c.Clock()                                                // not reported: reads no table
	h.c.Query(r.FormValue("q"))                                // not reported: the request's text
	h.c.Query(`select code from regions where active limit 9`) // want `^h\.c\.Query runs query "select code from regions where active limit 9"`
	h.c.Query(`delete from regions`)                           // not reported: a write
}
