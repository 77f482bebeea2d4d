// Package predicate holds the predicate types ent generates.
package predicate

import "entgo.io/ent/dialect/sql"

// User is a condition on the users table.
type User func(*sql.Selector)
