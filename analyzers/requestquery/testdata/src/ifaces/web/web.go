// Package web serves requests through store's interfaces; it never
// imports an implementation.
package web

import (
	"io"
	"net/http"

	"ifaces/store"
)

type Handler struct {
	Orders store.Orders
	Users  store.Users
	Audit  store.Audit
	Tags   store.Tags
	Out    io.Writer
}

func (h *Handler) ListOrders(w http.ResponseWriter, r *http.Request) {
	orders, _ := h.Orders.List(r.Context())
	for _, o := range orders {
		h.Users.Get(r.Context(), o.UserID) // pending here; reported where pg is wired in
	}
}

func (h *Handler) Export(w http.ResponseWriter, r *http.Request) {
	h.Orders.All(r.Context()) // pending here; pg's All reads the whole table
}

func (h *Handler) Touch(w http.ResponseWriter, r *http.Request) {
	orders, _ := h.Orders.List(r.Context())
	for range orders {
		h.Audit.Record(r.Context(), "seen") // not reported: no implementation of Audit anywhere
		h.Out.Write([]byte("x"))            // not reported: a standard library interface
	}
}

func (h *Handler) One(w http.ResponseWriter, r *http.Request) {
	h.Users.Get(r.Context(), 1) // not reported: one query per request, no loop
}

func (h *Handler) Import(w http.ResponseWriter, r *http.Request) {
	h.Users.PutAll(r.Context(), nil) // pending here; pg's PutAll writes once per user in its own loop
}

func (h *Handler) Sync(w http.ResponseWriter, r *http.Request) {
	orders, _ := h.Orders.List(r.Context())
	for _, o := range orders {
		u, _ := h.Users.Get(r.Context(), o.UserID) // pending here; one finding for the loop, which also writes
		h.Users.Put(r.Context(), u)
	}
}

func (h *Handler) Report(w http.ResponseWriter, r *http.Request) {
	h.Orders.All(r.Context()) // the same whole-table read as Export's: one finding names both
}

// counted wraps any store.Users and counts its callers: a decorator that
// forwards Get to what it wraps, no implementation of its own. The
// handlers' calls stay pending through it.
type counted struct {
	store.Users
	n int
}

func (c *counted) Calls() int { return c.n }

func (h *Handler) SetTags(w http.ResponseWriter, r *http.Request) {
	h.Tags.SetAll(r.Context(), 1, r.Form["tag"]) // pending here; each implementation's loop inserts once per tag
}
