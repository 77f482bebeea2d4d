// Package session is a stub of github.com/gofiber/fiber/v3/middleware/session for scalevet's analyzer tests: only the API shape matters.
// In v3, New returns the middleware handler; NewWithStore also returns the
// *Store, and NewStore makes a store alone. Without a Storage (and, for
// the middleware, without a Store) sessions are kept in memory.
package session

import (
	"context"
	"time"

	"github.com/gofiber/fiber/v3"
)

// Config defines the configuration for the session middleware and store.
type Config struct {
	// Storage interface for storing session data. Optional. Default: memory.New()
	Storage fiber.Storage
	// Store defines the session store.
	Store          *Store
	Next           func(c fiber.Ctx) bool
	KeyGenerator   func() string
	IdleTimeout    time.Duration
	CookieSecure   bool
	CookieHTTPOnly bool
}

// ConfigDefault provides the default configuration.
var ConfigDefault = Config{IdleTimeout: 30 * time.Minute}

// New initializes session middleware with optional configuration.
func New(config ...Config) fiber.Handler { return nil }

// NewWithStore creates session middleware and returns its store.
func NewWithStore(config ...Config) (fiber.Handler, *Store) { return nil, &Store{} }

// NewStore creates a new session store.
func NewStore(config ...Config) *Store { return &Store{} }

// Store manages session data using the configured storage backend.
type Store struct {
	Config
}

// Get retrieves or creates a session for the request.
func (s *Store) Get(c fiber.Ctx) (*Session, error) { return &Session{}, nil }

// GetByID retrieves a session by its ID.
func (s *Store) GetByID(ctx context.Context, id string) (*Session, error) { return &Session{}, nil }

// Session is one user's session.
type Session struct{}

func (s *Session) ID() string       { return "" }
func (s *Session) Get(key any) any  { return nil }
func (s *Session) Set(key, val any) {}
func (s *Session) Save() error      { return nil }
func (s *Session) Release()         {}

// Middleware is the per-request session handle of the middleware.
type Middleware struct {
	Session *Session
}

// FromContext returns the session middleware of the request.
func FromContext(ctx any) *Middleware { return nil }

func (m *Middleware) Set(key, value any) {}
func (m *Middleware) Get(key any) any    { return nil }
