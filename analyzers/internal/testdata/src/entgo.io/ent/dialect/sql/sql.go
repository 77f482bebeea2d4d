// Package sql is a stub of entgo.io/ent/dialect/sql: the selector that
// ent's generated predicates and order options are functions of.
package sql

// Selector is the SELECT statement a query builds.
type Selector struct{ where []string }

// Where adds a condition to the statement.
func (s *Selector) Where(p string) *Selector { s.where = append(s.where, p); return s }

// FieldEQ returns a predicate on a field equal to v.
func FieldEQ(name string, v any) func(*Selector) {
	return func(s *Selector) { s.Where(name) }
}
