// Package fiberv2 has fiber v2 handlers with session maps, and fiber's
// session middleware with and without a Storage.
package fiberv2

import (
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
	"github.com/gofiber/storage/redis/v3"
	"github.com/google/uuid"
)

var logins = map[string]time.Time{}

func Login(c *fiber.Ctx) error {
	logins[c.Cookies("session_id")] = time.Now() // want `^sessions stored in process memory \(map logins, written in Login\)`
	return nil
}

func Header(c *fiber.Ctx) error {
	logins[c.Get("X-Session-ID")] = time.Now() // want `map logins, written in Header`
	return nil
}

func Start(c *fiber.Ctx) error {
	sid := uuid.NewString()
	c.Cookie(&fiber.Cookie{Name: "session_id", Value: sid, HTTPOnly: true})
	logins[sid] = time.Now() // want `map logins, written in Start`
	return nil
}

func Query(c *fiber.Ctx) error {
	logins[c.Query("page")] = time.Now() // not reported: not a session key
	return nil
}

var (
	memory   = session.New()                                      // want `^sessions stored in process memory \(session\.New without a Storage\): a second instance behind a load balancer will not see them; set Storage to a shared storage such as Redis or Postgres$`
	expiring = session.New(session.Config{Expiration: time.Hour}) // want `session\.New without a Storage`
	defaults = session.New(session.ConfigDefault)                 // want `session\.New without a Storage`
	shared   = session.New(session.Config{Storage: redis.New()})  // not reported: a shared storage
	unknown  = session.New(config())                              // not reported: not a literal, not judged
)

func config() session.Config { return session.Config{Storage: redis.New()} }

func Visit(c *fiber.Ctx) error {
	s, err := shared.Get(c)
	if err != nil {
		return err
	}
	s.Set("visits", 1) // not reported: the library's session
	return s.Save()
}

// Since finds when the request's session logged in.
func Since(c *fiber.Ctx) error {
	return c.JSON(logins[c.Cookies("session_id")])
}
