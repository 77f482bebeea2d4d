// Command fiberv3app uses fiber v3's session middleware, whose New
// returns the handler and whose stores are made by NewStore.
package main

import (
	"context"
	"time"

	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/session"
)

// sharedStorage stands for a Redis or SQL storage.
type sharedStorage struct{}

func (sharedStorage) GetWithContext(ctx context.Context, key string) ([]byte, error) {
	return nil, nil
}
func (sharedStorage) Get(key string) ([]byte, error) { return nil, nil }
func (sharedStorage) SetWithContext(ctx context.Context, key string, val []byte, exp time.Duration) error {
	return nil
}
func (sharedStorage) Set(key string, val []byte, exp time.Duration) error     { return nil }
func (sharedStorage) DeleteWithContext(ctx context.Context, key string) error { return nil }
func (sharedStorage) Delete(key string) error                                 { return nil }
func (sharedStorage) ResetWithContext(ctx context.Context) error              { return nil }
func (sharedStorage) Reset() error                                            { return nil }
func (sharedStorage) Close() error                                            { return nil }

type server struct {
	seen map[string]bool
}

func (s *server) hello(c fiber.Ctx) error {
	if s.seen[c.Cookies("session_id")] {
		return c.SendString("welcome back")
	}
	s.seen[c.Cookies("session_id")] = true // want sessionmap
	return c.SendString("hello")
}

func main() {
	app := fiber.New()
	app.Use(session.New())                                         // want sessionmap
	app.Use(session.New(session.Config{Storage: sharedStorage{}})) // not reported: a shared storage
	store := session.NewStore()                                    // want sessionmap
	app.Use(session.New(session.Config{Store: store}))             // not reported: its store is reported where it is made
	s := &server{seen: map[string]bool{}}
	app.Get("/", s.hello)
	app.Listen(":8080")
}
