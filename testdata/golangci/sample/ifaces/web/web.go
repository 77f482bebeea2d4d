// Package web serves through store's interface; it never imports pg.
package web

import (
	"net/http"

	"example.com/scalevet-golangci/sample/ifaces/store"
)

// Handler serves posts.
type Handler struct{ Authors store.Authors }

// List names the author of each post asked for: one query per post.
func (h *Handler) List(w http.ResponseWriter, r *http.Request) {
	for _, id := range ids(r) {
		name, _ := h.Authors.Name(r.Context(), id)
		w.Write([]byte(name))
	}
}
