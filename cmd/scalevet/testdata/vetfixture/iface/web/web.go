// Package web has the handler; it sees only the interface.
package web

import "example.com/vetfixture/iface/store"

// Handler serves titles.
type Handler struct{ S store.Slugger }

// Title is an entry point that calls the interface.
//
//scalevet:handler
func (h *Handler) Title(title string) string { return h.S.Slug(title) }
