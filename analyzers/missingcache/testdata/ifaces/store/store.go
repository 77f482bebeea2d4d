// Package store declares the interfaces the handlers call; main wires
// in their implementations.
package store

import "context"

// Orders reads orders.
type Orders interface {
	List(ctx context.Context, status string) []string
	Slug(title string) string
}

// Sender sends mail; nothing in the program implements it.
type Sender interface {
	Send(to string) error
}
