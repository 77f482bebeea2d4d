// Package service sits between handlers and the repository.
package service

import (
	"context"

	"crosspkg/repo"
)

type Order struct {
	ID    int
	Items []string
}

type Service struct{ Repo *repo.Repo }

// Orders loops over orders and loads each one's items: an N+1 that is
// reported in the handler's package, at the call of Orders.
func (s *Service) Orders(ctx context.Context, orders []Order) {
	for i := range orders {
		orders[i].Items, _ = s.Repo.ItemsFor(ctx, orders[i].ID)
	}
}

// Enrich loads one order's items, no loop.
func (s *Service) Enrich(ctx context.Context, o *Order) {
	o.Items, _ = s.Repo.ItemsFor(ctx, o.ID)
}

func (s *Service) Recent(ctx context.Context) { s.Repo.ListAll(ctx) }

// Sync has two loops, each with its own query: two places to fix, two
// findings at the call of Sync.
func (s *Service) Sync(ctx context.Context, orders []Order, users []int) {
	for i := range orders {
		orders[i].Items, _ = s.Repo.ItemsFor(ctx, orders[i].ID)
	}
	for _, u := range users {
		s.Repo.ItemsFor(ctx, u)
	}
}
