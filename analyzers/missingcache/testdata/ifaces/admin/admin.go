package admin // want package:`pending admin.Admin.Closed→store.Orders.List, admin.Admin.Closed→store.Orders.List}$` package:`impls \(\*example.com/shop/pg.Repo\).List, \(\*example.com/shop/pg.Repo\).Slug, \(\*example.com/shop/pg.Repo\).Total}$`

// Admin sees the implementation itself: the work is found at the call,
// and the call goes on up, to meet any other implementation wired in.

import (
	"database/sql"
	"net/http"

	"example.com/shop/pg"
	"example.com/shop/store"
)

// Admin serves the back office.
type Admin struct{ orders store.Orders }

// New returns the back office over db.
func New(db *sql.DB) *Admin { return &Admin{orders: pg.New(db)} } // want New:`^returns if\(0\)$`

func (a *Admin) Closed(w http.ResponseWriter, r *http.Request) {
	a.orders.List(r.Context(), "closed")              // want `^a.orders.List runs query "SELECT id FROM orders WHERE status = \$1" \(pg.Repo.List → \(\*sql.DB\).QueryContext at pg.go:\d+\) with arguments that do not depend on the request of Admin.Closed`
	a.orders.List(r.Context(), r.PathValue("status")) // not reported: the status is the request's
}
