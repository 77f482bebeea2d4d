// Command echoapp uses echo-contrib's session middleware.
package main

import (
	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

type app struct {
	users map[string]string
}

func (a *app) whoami(c echo.Context) error {
	ck, err := c.Cookie("sid")
	if err != nil {
		return err
	}
	if name, ok := a.users[ck.Value]; ok {
		return c.String(200, name)
	}
	a.users[ck.Value] = c.QueryParam("name") // want sessionmap
	return nil
}

func visit(c echo.Context) error {
	s, err := session.Get("session", c)
	if err != nil {
		return err
	}
	s.Values["visits"] = 1 // not reported: the library's session values
	return s.Save(c.Request(), c.Response())
}

func main() {
	key := []byte("0123456789abcdef0123456789abcdef")
	e := echo.New()
	e.Use(session.Middleware(sessions.NewFilesystemStore("", key))) // want sessionmap
	e.Use(session.Middleware(sessions.NewCookieStore(key)))         // not reported: a signed cookie
	a := &app{users: map[string]string{}}
	e.GET("/whoami", a.whoami)
	e.GET("/visit", visit)
	e.Logger.Fatal(e.Start(":8080"))
}
