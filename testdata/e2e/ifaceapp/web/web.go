// Package web serves the blog through store's interfaces, on chi.
package web

import (
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"

	"example.com/e2e/ifaceapp/store"
)

// Handler serves posts.
type Handler struct {
	Posts   store.Posts
	Authors store.Authors
}

// Routes registers the handlers.
func (h *Handler) Routes(r chi.Router) {
	r.Get("/posts", h.List)
}

// List shows the recent posts with their authors' names: one query
// per post, through an interface wired in by the server.
func (h *Handler) List(w http.ResponseWriter, r *http.Request) {
	posts, err := h.Posts.Recent(r.Context(), 20)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	for i := range posts {
		posts[i].Author, _ = h.Authors.Name(r.Context(), posts[i].AuthorID)
	}
	json.NewEncoder(w).Encode(posts)
}
