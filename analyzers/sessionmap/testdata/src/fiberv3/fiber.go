// Package fiberv3 has fiber v3 handlers with session maps, and v3's
// session middleware and stores.
package fiberv3

import (
	"sync"

	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/session"
	"github.com/gofiber/storage/redis/v3"
)

type Server struct {
	sessions sync.Map
}

func (s *Server) Login(c fiber.Ctx) error {
	s.sessions.Store(c.Cookies("session_id"), "user") // want `^sessions stored in process memory \(map Server\.sessions, written in Server\.Login\)`
	return nil
}

func Setup(app *fiber.App) {
	app.Use(session.New())                                               // want `^sessions stored in process memory \(session\.New without a Storage\)`
	_, store := session.NewWithStore(session.Config{CookieSecure: true}) // want `session\.NewWithStore without a Storage`
	_ = store
	mem := session.NewStore()                                        // want `session\.NewStore without a Storage`
	app.Use(session.New(session.Config{Store: mem}))                 // not reported: its Store is judged where it is made
	app.Use(session.New(session.Config{Storage: redis.New()}))       // not reported: a shared storage
	shared := session.NewStore(session.Config{Storage: redis.New()}) // not reported
	app.Use(session.New(session.Config{Store: shared}))              // not reported
}

func Visit(c fiber.Ctx) error {
	m := session.FromContext(c)
	m.Set("n", 1) // not reported: the library's session
	return nil
}

// Me finds the request's session.
func (s *Server) Me(c fiber.Ctx) error {
	v, _ := s.sessions.Load(c.Cookies("session_id"))
	return c.JSON(v)
}
