// Package embedded exports the SQL text that //go:embed gives its
// variables, for the packages that run it.
package embedded

import (
	"embed"
	"strings"
)

//go:embed sql/users.sql
var Users string // want Users:`embedded "SELECT id FROM users"`

//go:embed sql/named.sql
var named []byte

// Stmts is made from an embedded file of named statements.
var Stmts = parse(string(named)) // want Stmts:`embedded statements all-items, one`

// Files is a directory: read by name where it is used, not exported.
//
//go:embed sql
var Files embed.FS

//go:embed sql/users.sql
var users string // not exported: no package can use it

// Plain is a map made from no embedded file.
var Plain = parse("-- name: x\nSELECT 2")

func parse(text string) map[string]string {
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

// ByHelper is made by a helper that reads the file its argument names.
var ByHelper = load("users") // want ByHelper:`embedded "SELECT id FROM users"`

func load(name string) string {
	b, err := Files.ReadFile("sql/" + name + ".sql")
	if err != nil {
		panic(err)
	}
	return string(b)
}
