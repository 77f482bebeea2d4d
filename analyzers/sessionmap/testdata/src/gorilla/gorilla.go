// Package gorilla uses gorilla/sessions stores.
package gorilla

import (
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/quasoft/memstore"
)

var key = []byte("0123456789abcdef0123456789abcdef")

var files = sessions.NewFilesystemStore("/var/lib/app/sessions", key) // want `^sessions stored on the local disk \(sessions\.NewFilesystemStore\)`

var cookies = sessions.NewCookieStore(key) // not reported: the client carries the session

type App struct {
	store sessions.Store
}

func NewApp() *App {
	return &App{store: memstore.NewMemStore(key)} // want `^sessions stored in process memory \(memstore\.NewMemStore\): a second instance behind a load balancer will not see them; use a shared store \(Redis, a database\) or sessions\.NewCookieStore$`
}

func (a *App) Login(w http.ResponseWriter, r *http.Request) {
	s, _ := a.store.Get(r, "app")
	s.Values["user"] = r.FormValue("user") // not reported: the library's session values
	_ = s.Save(r, w)
	c, _ := cookies.Get(r, "app")
	c.Values["user"] = "ann" // not reported
}
