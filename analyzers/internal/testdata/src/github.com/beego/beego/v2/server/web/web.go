// Package web is a stub of github.com/beego/beego/v2/server/web for scalevet's analyzer tests: only the API shape matters.
package web

// Controller is embedded by an application's controllers.
type Controller struct {
	Data map[interface{}]interface{}
}

// GetString returns a request parameter.
func (c *Controller) GetString(key string) string { return "" }

// ServeJSON writes Data as JSON.
func (c *Controller) ServeJSON() {}

// ControllerInterface is what Router accepts.
type ControllerInterface interface{ ServeJSON() }

// Router registers a controller for a path.
func Router(path string, c ControllerInterface, mappingMethods ...string) {}

// BConfig is the application's configuration.
var BConfig *Config

// Config is the application's configuration.
type Config struct {
	AppName   string
	WebConfig WebConfig
}

// WebConfig configures the web server.
type WebConfig struct {
	Session SessionConfig
}

// SessionConfig configures beego's session manager; SessionProvider
// defaults to "memory".
type SessionConfig struct {
	SessionOn             bool
	SessionProvider       string
	SessionName           string
	SessionProviderConfig string
	SessionCookieLifeTime int
}

// Run starts the server.
func Run(params ...string) {}
