// Package echo holds echo handlers with invariant work and look-alikes.
package echo

import (
	"database/sql"

	"github.com/labstack/echo/v4"
)

type API struct{ db *sql.DB }

func (a *API) Plans(c echo.Context) error {
	_, err := a.db.Query("SELECT name FROM plans WHERE active") // want `query "SELECT name FROM plans WHERE active" does not depend on the request`
	return err
}

func (a *API) Plan(c echo.Context) error {
	// not reported: a path parameter
	_, err := a.db.Query("SELECT name FROM plans WHERE id = $1", c.Param("id"))
	return err
}
