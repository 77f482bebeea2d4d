// Package group registers routes on groups its callers hand it; the
// prefix comes from the caller (a Mount in the caller's package).
package group

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
)

// Register registers the order routes on g.
func Register(g *gin.RouterGroup) {
	g.POST("", create)       // want `^route POST  on Register/0 -> group.create$`
	g.DELETE("/:id", remove) // want `^route DELETE /:id on Register/0 -> group.remove$`
}

// Router builds a router that its caller mounts.
func Router() chi.Router {
	r := chi.NewRouter()
	r.Get("/invoices", invoices) // want `^route GET /invoices on Router/-1 -> group.invoices$`
	return r
}

// Local builds a router it serves itself: a root.
func Local() {
	r := chi.NewRouter()
	r.Get("/local", invoices) // want `^route GET /local -> group.invoices$`
	http.ListenAndServe(":0", r)
}

func create(c *gin.Context)                           {} // want `^entry group.create gin$`
func remove(c *gin.Context)                           {} // want `^entry group.remove gin$`
func invoices(w http.ResponseWriter, r *http.Request) {} // want `^entry group.invoices net/http$`
