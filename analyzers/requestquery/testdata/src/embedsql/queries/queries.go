// Package queries keeps the service's SQL in files and exports it: the
// text reaches the packages that run it as facts.
package queries

import (
	_ "embed"
	"strings"
)

// AllUsers reads every user.
//
//go:embed sql/users.sql
var AllUsers string

//go:embed named.sql
var named string

// Stmts holds the statements of named.sql by name.
var Stmts = Parse(named)

// Parse splits text at its "-- name:" lines.
func Parse(text string) map[string]string {
	out := make(map[string]string)
	name := ""
	for _, line := range strings.Split(text, "\n") {
		if n, ok := strings.CutPrefix(line, "-- name: "); ok {
			name = strings.Fields(n)[0]
			continue
		}
		out[name] += line + "\n"
	}
	return out
}
