// Package iris is a stub of github.com/kataras/iris/v12 for scalevet's analyzer tests: only the API shape matters.
package iris

import "github.com/kataras/iris/v12/context"

// Context is an alias, as in the real library.
type Context = *context.Context

// Application is the server.
type Application struct{}

// New returns an application.
func New() *Application { return &Application{} }

// Get registers a route.
func (a *Application) Get(path string, h ...context.Handler) {}
