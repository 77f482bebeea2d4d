package web // want package:`pending web.Handler.Open→store.Orders.List, web.Handler.Mine→store.Orders.List, web.Handler.Shipped→store.Orders.List, web.Handler.Any→store.Orders.List, web.Handler.Title→store.Orders.Slug, web.Handler.Total→store.Orders.Total, web.Handler.Mail→store.Sender.Send}$`

// The handlers see only the interfaces.

import (
	"net/http"

	"example.com/shop/cache"

	"example.com/shop/store"
)

// Handler serves orders.
type Handler struct {
	orders store.Orders
	mail   store.Sender
}

// New returns the handlers over orders.
func New(orders store.Orders, mail store.Sender) *Handler { // want New:`^returns if\(0,1\)$`
	return &Handler{orders: orders, mail: mail}
}

func (h *Handler) Open(w http.ResponseWriter, r *http.Request) {
	h.orders.List(r.Context(), "open") // the work is seen where the implementation is: in main
}

func (h *Handler) Mine(w http.ResponseWriter, r *http.Request) {
	h.orders.List(r.Context(), r.FormValue("status")) // not reported: the status is the request's
}

func (h *Handler) Title(w http.ResponseWriter, r *http.Request) {
	h.orders.Slug(r.FormValue("t")) // the compile does not depend on the title: reported in main
}

func (h *Handler) Mail(w http.ResponseWriter, r *http.Request) {
	h.mail.Send("ops@example.com") // not reported: no implementation anywhere
}

func (h *Handler) Shipped(w http.ResponseWriter, r *http.Request) {
	h.byStatus(r, "shipped") // the helper's call is invariant with this status: reported in routes
}

func (h *Handler) Any(w http.ResponseWriter, r *http.Request) {
	h.byStatus(r, r.FormValue("s")) // not reported: the status is the request's
}

func (h *Handler) byStatus(r *http.Request, status string) {
	h.orders.List(r.Context(), status)
}

// Cached puts a cache in front of the handlers' orders: visible here, it
// does no work of its own, and the calls go on up to meet the
// implementation that the wiring gives.
func (h *Handler) Cached() *Handler { return &Handler{orders: cache.New(h.orders), mail: h.mail} } // want Cached:`^returns if\(0\)$`

func (h *Handler) Total(w http.ResponseWriter, r *http.Request) {
	h.orders.Total(r.Context()) // its implementation asks a Counter that only main sees: reported there
}
