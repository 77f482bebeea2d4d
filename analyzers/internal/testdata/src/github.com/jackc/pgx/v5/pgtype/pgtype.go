// Package pgtype is a stub of github.com/jackc/pgx/v5/pgtype for scalevet's analyzer tests: only the API shape matters.
package pgtype

// Map is the connection's PostgreSQL type map.
type Map struct{ _ int }

// Type represents a PostgreSQL data type.
type Type struct {
	Name string
	OID  uint32
}
