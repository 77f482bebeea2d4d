package web

import (
	"net/http"

	"example.com/scalevet-golangci/sample/ifaces/store"
)

// Cloud serves the tag cloud.
type Cloud struct{ Tags store.Tags }

// Show reads the same tags for every visitor.
func (c *Cloud) Show(w http.ResponseWriter, r *http.Request) {
	c.Tags.Visible(r.Context())
}
