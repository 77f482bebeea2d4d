// Package echo has echo handlers with session maps, and echo-contrib's
// session middleware given gorilla stores.
package echo

import (
	"crypto/rand"
	"encoding/base64"
	"io"
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

type App struct {
	sessions map[string]int
}

func (a *App) Login(c echo.Context) error {
	ck, err := c.Cookie("sid")
	if err != nil {
		return err
	}
	a.sessions[ck.Value] = 1 // want `^sessions stored in process memory \(map App\.sessions, written in App\.Login\)`
	return nil
}

func (a *App) Me(c echo.Context) error {
	auth := c.Request().Header.Get("Authorization")
	a.sessions[auth[len("Bearer "):]] = 2 // want `map App\.sessions, written in App\.Me`
	return nil
}

func (a *App) Start(c echo.Context) error {
	b := make([]byte, 16)
	if _, err := io.ReadFull(rand.Reader, b); err != nil {
		return err
	}
	tok := base64.URLEncoding.EncodeToString(b)
	c.SetCookie(&http.Cookie{Name: "sid", Value: tok})
	a.sessions[tok] = 3 // want `map App\.sessions, written in App\.Start`
	return nil
}

func Setup(e *echo.Echo, key []byte) {
	e.Use(session.Middleware(sessions.NewFilesystemStore("", key))) // want `^sessions stored on the local disk \(sessions\.NewFilesystemStore\): a second instance behind a load balancer will not see them; use a shared store \(Redis, a database\) or sessions\.NewCookieStore$`
	e.Use(session.Middleware(sessions.NewCookieStore(key)))         // not reported: a signed cookie
	e.Use(session.MiddlewareWithConfig(session.Config{Store: sessions.NewCookieStore(key)}))
}

// Visit uses echo-contrib sessions: not a map of its own.
func Visit(c echo.Context) error {
	s, _ := session.Get("session", c)
	s.Values["n"] = 1 // not reported: the library's per-request session values
	return s.Save(c.Request(), c.Response())
}

// Who finds the request's session.
func (a *App) Who(c echo.Context) error {
	ck, err := c.Cookie("sid")
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, a.sessions[ck.Value])
}
