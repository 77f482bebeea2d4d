// Package util splits and builds identifiers: its results depend only
// on its arguments, which its facts say.
package util

import (
	"strings"
	"time"
)

// Split splits "owner/name".
func Split(id string) (string, string) { // want Split:`^returns if\(0\)$`
	owner, name, _ := strings.Cut(id, "/")
	return owner, name
}

// Stamp adds the time: a new value on every call, no fact.
func Stamp(id string) string { return id + "@" + time.Now().String() }
