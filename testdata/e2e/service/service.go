// Package service sits between the handlers and repo. Its loops are
// harmless where they are: whether one is an N+1 depends on who calls it,
// so a finding is expected at the handler's call into this package.
package service

import (
	"context"

	"example.com/e2e/repo"
)

// Orders is the order logic of the e2e services.
type Orders struct {
	Store *repo.Store
}

// WithCustomerNames fills in the customer name of each order, with one
// query per order.
func (s *Orders) WithCustomerNames(ctx context.Context, orders []repo.Order) error {
	for i := range orders {
		name, err := s.Store.CustomerName(ctx, orders[i].CustomerID)
		if err != nil {
			return err
		}
		orders[i].CustomerName = name
	}
	return nil
}

// WithCustomerNamesBatched does the same with one query for all orders.
func (s *Orders) WithCustomerNamesBatched(ctx context.Context, orders []repo.Order) error {
	ids := make([]int64, 0, len(orders))
	for _, o := range orders {
		ids = append(ids, o.CustomerID)
	}
	names, err := s.Store.CustomerNames(ctx, ids)
	if err != nil {
		return err
	}
	for i := range orders {
		orders[i].CustomerName = names[orders[i].CustomerID]
	}
	return nil
}

// Warm reads each customer once, to fill the database's cache at start-up.
func (s *Orders) Warm(ctx context.Context, ids []int64) error {
	for _, id := range ids {
		if _, err := s.Store.CustomerName(ctx, id); err != nil {
			return err
		}
	}
	return nil
}
