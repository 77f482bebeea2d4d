// Package api registers handlers that call ctrl's controllers.
package api

import (
	"controllers/ctrl"

	"github.com/gin-gonic/gin"
)

type H struct{ files *ctrl.Files }

func (h *H) Trash(c *gin.Context) {
	h.files.Trash(c, nil) // not reported: Files.Trash is an entry point of ctrl, whose loop is reported there
}

func (h *H) All(c *gin.Context) {
	h.files.All(c) // not reported: the same, for its whole-table read
}

func (h *H) Owners(c *gin.Context) {
	for range ctrl.Split(c.Query("ids")) {
		h.files.Owner(c, 1) // want `^h.files.Owner runs a query .* once per iteration of this loop on the request path of H.Owners`
	}
}

func Register(r *gin.Engine, h *H) {
	r.GET("/trash", h.Trash)
	r.GET("/all", h.All)
	r.GET("/owners", h.Owners)
}
