package routes // want package:`pending web.Handler.Total→store.Counter.Count, admin.Admin.Closed→store.Orders.List, admin.Admin.Closed→store.Orders.List, web.Handler.Open→store.Orders.List, web.Handler.Mine→store.Orders.List, web.Handler.Shipped→store.Orders.List, web.Handler.Any→store.Orders.List, web.Handler.Title→store.Orders.Slug, web.Handler.Total→store.Orders.Total, web.Handler.Mail→store.Sender.Send}$` package:`impls \(\*example.com/shop/pg.Repo\).List, \(\*example.com/shop/pg.Repo\).Slug, \(\*example.com/shop/pg.Repo\).Total}$`

// Routes wires the implementations in: here the handlers' calls meet
// the work behind them, and it is reported once.

import (
	"database/sql"
	"net/http"

	"example.com/shop/admin"
	"example.com/shop/pg"
	"example.com/shop/store"
	"example.com/shop/web"
)

// Register serves the shop over db.
func Register(db *sql.DB, counter store.Counter) {
	repo := pg.New(db) // want `^the interface call store.Orders.List at web/web.go:\d+ runs query "SELECT id FROM orders WHERE status = \$1" \(pg.Repo.List → \(\*sql.DB\).QueryContext at pg.go:\d+\) with arguments that do not depend on the request of web.Handler.Open and web.Handler.Shipped: ` `^the interface call store.Orders.Slug at web/web.go:\d+ runs regexp.MustCompile of a constant pattern \(pg.Repo.Slug → regexp.MustCompile at pg.go:\d+\) on every request of web.Handler.Title: `
	repo.Counter = counter
	h := web.New(repo, nil)
	a := admin.New(db)
	http.HandleFunc("/open", h.Open)
	http.HandleFunc("/mine", h.Mine)
	http.HandleFunc("/title", h.Title)
	http.HandleFunc("/mail", h.Mail)
	http.HandleFunc("/closed", a.Closed)
	http.HandleFunc("/shipped", h.Shipped)
	http.HandleFunc("/any", h.Any)
	http.HandleFunc("/total", h.Total)
}
