package fiberv2

import (
	"database/sql"

	"github.com/gofiber/fiber/v2"
)

var db *sql.DB

func Mount(app *fiber.App) {
	app.Get("/items", func(c *fiber.Ctx) error {
		var ids []int
		c.BodyParser(&ids)
		for _, id := range ids {
			db.QueryRow("SELECT * FROM items WHERE id = $1", id) // want `db\.QueryRow runs a query once per iteration of this loop on the request path of Mount\.func1 \(N\+1: [^)]*\)`
		}
		return nil
	})
}
