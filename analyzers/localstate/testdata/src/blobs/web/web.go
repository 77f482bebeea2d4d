// Package web takes uploads through files.Store; it never imports an
// implementation.
package web

import (
	"io"
	"net/http"

	"blobs/files"
)

type Handler struct {
	Files files.Store
}

func (h *Handler) Upload(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	h.Files.Put(r.FormValue("name"), b) // pending here; reported where disk is wired in
}
