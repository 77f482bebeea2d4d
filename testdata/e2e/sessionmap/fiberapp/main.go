// Command fiberapp uses fiber v2's session middleware.
package main

import (
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
)

var lastSeen = map[string]time.Time{}

func touch(c *fiber.Ctx) error {
	if at, ok := lastSeen[c.Cookies("session_id")]; ok && time.Since(at) < time.Second {
		return nil
	}
	lastSeen[c.Cookies("session_id")] = time.Now() // want sessionmap
	return nil
}

// sharedStorage stands for a Redis or SQL storage.
type sharedStorage struct{}

func (sharedStorage) Get(key string) ([]byte, error)                      { return nil, nil }
func (sharedStorage) Set(key string, val []byte, exp time.Duration) error { return nil }
func (sharedStorage) Delete(key string) error                             { return nil }
func (sharedStorage) Reset() error                                        { return nil }
func (sharedStorage) Close() error                                        { return nil }

func main() {
	mem := session.New()                                            // want sessionmap
	shared := session.New(session.Config{Storage: sharedStorage{}}) // not reported: a shared storage
	_, _ = mem, shared
	app := fiber.New()
	app.Get("/touch", touch)
	app.Listen(":8080")
}
