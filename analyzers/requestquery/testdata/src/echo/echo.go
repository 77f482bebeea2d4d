package echo

import (
	"database/sql"

	"github.com/labstack/echo/v4"
)

var db *sql.DB

func list(c echo.Context) error {
	for _, u := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"} {
		db.QueryRow("SELECT id FROM users WHERE name = $1", u) // want `db\.QueryRow runs a query once per iteration of this loop on the request path of list \(N\+1: [^)]*\)`
	}
	return nil
}

func Mount(e *echo.Echo) {
	e.GET("/list", list)
	g := e.Group("/admin")
	g.Use(func(next echo.HandlerFunc) echo.HandlerFunc {
		db.Query("SELECT * FROM admins") // not reported: the middleware constructor runs once
		return func(c echo.Context) error {
			db.Query("SELECT * FROM admin_log") // want `query "SELECT \* FROM admin_log" reads the whole table \(no WHERE, no LIMIT\) on the request path of Mount\.func1\.1`
			return next(c)
		}
	})
}
