// Package fiberv2 holds fiber handlers with invariant work and look-alikes.
package fiberv2

import (
	"database/sql"
	"net/http"

	"github.com/gofiber/fiber/v2"
)

type API struct{ db *sql.DB }

func (a *API) Plans(c *fiber.Ctx) error {
	_, err := a.db.QueryContext(c.UserContext(), "SELECT name FROM plans WHERE active") // want `query "SELECT name FROM plans WHERE active" does not depend on the request`
	http.Get("https://status.example.com/")                                             // want `http.Get of a constant URL runs on every request of API.Plans`
	return err
}

func (a *API) Plan(c *fiber.Ctx) error {
	// not reported: a path parameter
	_, err := a.db.QueryContext(c.UserContext(), "SELECT name FROM plans WHERE id = $1", c.Params("id"))
	return err
}
