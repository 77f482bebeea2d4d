// Package store declares what the handlers need; pg implements it.
package store

import "context"

// Authors reads authors.
type Authors interface {
	Name(ctx context.Context, id int) (string, error)
}

// Tags reads the tag cloud.
type Tags interface {
	Visible(ctx context.Context) ([]string, error)
}
