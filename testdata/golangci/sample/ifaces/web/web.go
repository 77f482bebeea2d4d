// Package web serves through store's interface; it never imports pg.
package web

import (
	"net/http"

	"example.com/scalevet-golangci/sample/ifaces/store"
)

// Handler serves posts.
type Handler struct{ Authors store.Authors }

// List names the author of each post: one query per post.
func (h *Handler) List(w http.ResponseWriter, r *http.Request) {
	for _, id := range []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12} {
		name, _ := h.Authors.Name(r.Context(), id)
		w.Write([]byte(name))
	}
}
