// Package session is a stub of github.com/labstack/echo-contrib/session for scalevet's analyzer tests: only the API shape matters.
package session

import (
	"github.com/gorilla/sessions"
	"github.com/labstack/echo/v4"
)

// Config defines the config for Session middleware.
type Config struct {
	// Skipper is middleware.Skipper in the real library.
	Skipper func(c echo.Context) bool
	// Store is the session store. Required.
	Store sessions.Store
}

// Get returns a named session.
func Get(name string, c echo.Context) (*sessions.Session, error) { return nil, nil }

// Middleware returns a Session middleware.
func Middleware(store sessions.Store) echo.MiddlewareFunc { return nil }

// MiddlewareWithConfig returns a Sessions middleware with config.
func MiddlewareWithConfig(config Config) echo.MiddlewareFunc { return nil }
