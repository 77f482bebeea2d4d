// Package nplusone is the smallest N+1: a costly lookup per row of a
// page, on the request path. It is the tests' sample of one finding, and
// imports nothing, so that each of the many runs over it loads nothing
// but this module: the handler and the lookups are declared with
// directives rather than through net/http and database/sql (the
// fixture module's nplusone and the demo have those).
package nplusone

// ids returns a page of user ids.
//
//scalevet:expensive
func ids(offset string) []int64 { return nil }

// name looks up one user's name.
//
//scalevet:expensive
func name(id int64) string { return "" }

// Names returns the name of each user of a page, one lookup each.
//
//scalevet:handler
func Names(offset string) []string {
	var out []string
	for _, id := range ids(offset) {
		out = append(out, name(id))
	}
	return out
}
