package fiberv3

import (
	"database/sql"

	"github.com/gofiber/fiber/v3"
)

var db *sql.DB

func items(c fiber.Ctx) error {
	db.Query("SELECT id FROM items ORDER BY RAND() LIMIT 5") // want `sorts the whole table to pick at random \(ORDER BY RANDOM\(\)\) on the request path of items`
	return nil
}

func Mount(app *fiber.App) {
	app.Get("/items", items)
}
