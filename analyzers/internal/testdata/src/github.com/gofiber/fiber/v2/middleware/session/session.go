// Package session is a stub of github.com/gofiber/fiber/v2/middleware/session for scalevet's analyzer tests: only the API shape matters.
package session

import (
	"time"

	"github.com/gofiber/fiber/v2"
)

// Config defines the config for the session store.
type Config struct {
	Expiration time.Duration
	// Storage interface to store the session data. Optional. Default value memory.New()
	Storage        fiber.Storage
	KeyLookup      string
	CookieSecure   bool
	CookieHTTPOnly bool
	KeyGenerator   func() string
}

// ConfigDefault is the default config.
var ConfigDefault = Config{Expiration: 24 * time.Hour, KeyLookup: "cookie:session_id"}

// Store manages sessions.
type Store struct {
	Config
}

// New creates a new session store; without a Storage it keeps sessions in memory.
func New(config ...Config) *Store { return &Store{} }

// Get returns the session of the request.
func (s *Store) Get(c *fiber.Ctx) (*Session, error) { return &Session{}, nil }

// Session is one user's session.
type Session struct{}

func (s *Session) ID() string                      { return "" }
func (s *Session) Get(key string) interface{}      { return nil }
func (s *Session) Set(key string, val interface{}) {}
func (s *Session) Save() error                     { return nil }
