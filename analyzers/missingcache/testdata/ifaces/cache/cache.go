// Package cache keeps the open orders in front of another store.Orders.
package cache

import (
	"context"

	"example.com/shop/store"
)

type memo struct {
	store.Orders
	open []string
}

// New returns orders with the open ones kept.
func New(o store.Orders) store.Orders { return &memo{Orders: o} } // want New:`^returns if\(0\)$`

func (m *memo) List(ctx context.Context, status string) []string { return m.open } // want List:`^returns if\(0\)$`
