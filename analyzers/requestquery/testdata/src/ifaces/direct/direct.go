// Package direct is a handler package that imports an implementation
// itself: the interface call resolves here, and is reported at the loop.
package direct

import (
	"net/http"

	"ifaces/mem"
	"ifaces/pg"
	"ifaces/store"
)

var _ = pg.NewUsers
var _ = mem.Orders{}

type Handler struct {
	Orders store.Orders
	Users  store.Users
}

func (h *Handler) List(w http.ResponseWriter, r *http.Request) {
	orders, _ := h.Orders.List(r.Context())
	for _, o := range orders {
		h.Users.Get(r.Context(), o.UserID) // want `h.Users.Get runs a query \(pg.UserRepo.Get → \(\*sql.DB\).QueryRowContext at pg.go:30\) once per iteration of this loop on the request path of Handler.List \(N\+1: [^)]*\)`
	}
}
