// Package echo writes package-level state from echo handlers.
package echo

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

var lastUser string

type API struct{ visits int }

func (a *API) Visit(c echo.Context) error {
	lastUser = c.Param("user") // want `handler API.Visit writes package-level variable lastUser with no lock`
	a.visits++                 // want `^handler API.Visit writes a.visits \(its receiver, a \*API, serves every request\) with no lock: concurrent requests race on it`
	return c.NoContent(http.StatusOK)
}

func Read(c echo.Context) error {
	return c.String(http.StatusOK, lastUser) // not reported: a read
}
