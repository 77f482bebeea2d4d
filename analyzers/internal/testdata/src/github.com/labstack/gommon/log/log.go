// Package log is a stub of github.com/labstack/gommon/log for scalevet's analyzer tests: only the API shape matters.
package log

// JSON is a map logged as a JSON object.
type JSON map[string]interface{}

// Lvl is a log level.
type Lvl uint8
