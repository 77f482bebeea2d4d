// Package mem implements store.Orders in memory: no queries.
package mem

import (
	"context"

	"ifaces/store"
)

type Orders struct{ m map[int]store.Order }

func (o *Orders) List(ctx context.Context) ([]store.Order, error) { return nil, nil }
func (o *Orders) All(ctx context.Context) ([]store.Order, error)  { return nil, nil }
