// Package gin holds gin handlers with invariant work and look-alikes.
package gin

import (
	"database/sql"
	"regexp"

	"github.com/gin-gonic/gin"
)

type API struct{ db *sql.DB }

func (a *API) Plans(c *gin.Context) {
	a.db.QueryContext(c, "SELECT name FROM plans WHERE active") // want `query "SELECT name FROM plans WHERE active" does not depend on the request`
	regexp.MustCompile(`^\d+$`)                                 // want `regexp.MustCompile of a constant pattern runs on every request of API.Plans`
}

func (a *API) Plan(c *gin.Context) {
	// not reported: path and query parameters
	a.db.QueryContext(c, "SELECT name FROM plans WHERE id = $1", c.Param("id"))
	a.db.QueryContext(c, "SELECT name FROM plans WHERE tier = $1", c.Query("tier"))
}
