// Package dialect is a stub of entgo.io/ent/dialect: the driver that
// ent's generated builders hold.
package dialect

import "context"

// Driver is the interface ent's generated code runs its statements on.
type Driver interface {
	Exec(ctx context.Context, query string, args, v any) error
	Query(ctx context.Context, query string, args, v any) error
	Close() error
	Dialect() string
}
