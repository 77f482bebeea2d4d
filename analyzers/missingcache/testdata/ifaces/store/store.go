// Package store declares the interfaces the handlers call; main wires
// in their implementations.
package store

import "context"

// Orders reads orders.
type Orders interface {
	List(ctx context.Context, status string) []string
	Slug(title string) string
	Total(ctx context.Context) int
}

// Counter counts; main wires in its implementation.
type Counter interface {
	Count() int
}

// Sender sends mail; nothing in the program implements it.
type Sender interface {
	Send(to string) error
}

// Logged wraps an Orders: its methods forward to what it wraps.
type Logged struct{ Orders }
