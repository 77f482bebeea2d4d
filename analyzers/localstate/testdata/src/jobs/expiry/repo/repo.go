// Package repo declares the store the workers use; it implements
// nothing.
package repo

import "context"

type Sessions interface {
	DeleteExpired(ctx context.Context) error
	Count(ctx context.Context) (int, error)
	Touch(ctx context.Context) error
}
