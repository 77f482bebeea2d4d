package gin

import (
	"database/sql"

	"github.com/gin-gonic/gin"
)

type API struct{ db *sql.DB }

func (a *API) Orders(c *gin.Context) {
	var ids []int
	c.ShouldBindJSON(&ids)
	for _, id := range ids {
		a.db.Exec("UPDATE orders SET seen = true WHERE id = $1", id) // want `a\.db\.Exec writes once per iteration of this loop on the request path of API\.Orders \([^)]*writes instead of 1\); batch the writes`
	}
}

func Register(r *gin.Engine, a *API) {
	r.GET("/orders", a.Orders)
	r.POST("/ping", func(c *gin.Context) {
		a.db.QueryRow("SELECT COUNT(*) FROM sessions") // want `query "SELECT COUNT\(\*\) FROM sessions" counts every row of the table on the request path of Register\.func1`
	})
	for _, path := range []string{"/a", "/b", "/c"} {
		r.GET(path, func(c *gin.Context) {
			a.db.QueryRow("SELECT 1 FROM pages WHERE path = $1", c.Param("p")) // not reported: the registration loop is start-up code
		})
	}
}
