// Command server wires the handlers to the database: the first package
// that sees both the handlers' interface calls and pg's implementations.
package main

import (
	"database/sql"
	"net/http"

	"ifaces/lite"
	"ifaces/mem"
	"ifaces/pg"
	"ifaces/web"
)

func main() {
	db, _ := sql.Open("postgres", "")
	h := &web.Handler{
		Orders: pg.NewOrders(db), // want `pg.OrderRepo\).All runs query "SELECT id, user_id FROM orders" that reads the whole table .* through the interface call store.Orders.All at web/web.go:\d+ on the request path of web.Handler.Export and web.Handler.Report \(`
		Users:  pg.NewUsers(db),  // want `^\(\*pg.UserRepo\).Get runs a query once per iteration of the loop at web/web.go:22 on the request path of web.Handler.ListOrders, through the interface call store.Users.Get at web/web.go:23 \(web.Handler.ListOrders → pg.UserRepo.Get → \(\*sql.DB\).QueryRowContext at pg.go:30\) \(N\+1: [^)]*\); fix it at web/web.go:22: fetch all rows in one query \(WHERE id IN \(...\) or = ANY\(\$1\), a JOIN, or the ORM's Preload\)$` `\(\*pg.UserRepo\).PutAll writes once per iteration of its loop at pg.go:\d+ on the request path of web.Handler.Import, through the interface call store.Users.PutAll` `^\(\*pg.UserRepo\).Get runs a query once per iteration of the loop at web/web.go:49 on the request path of web.Handler.Sync, .*; it also writes once per iteration: batch the writes$`
	}
	h.Tags = pg.NewTags(db) // want `^\(\*lite.LiteTags\).SetAll and \(\*pg.TagRepo\).SetAll writes once per iteration of its loop at pg.go:67 on the request path of web.Handler.SetTags` `^\(\*lite.LiteTags\).SetAll and \(\*pg.TagRepo\).SetAll runs a query once per iteration of its loop at lite.go:18 on the request path of web.Handler.SetTags`
	if false {
		h.Tags = lite.NewTags(db)
	}
	_ = &mem.Orders{}
	http.ListenAndServe(":8080", h2(h))
}

func h2(h *web.Handler) http.Handler { return http.HandlerFunc(h.ListOrders) }
