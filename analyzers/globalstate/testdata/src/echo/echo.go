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
	a.visits++                 // not reported: the server struct is not package-level
	return c.NoContent(http.StatusOK)
}

func Read(c echo.Context) error {
	return c.String(http.StatusOK, lastUser) // not reported: a read
}
