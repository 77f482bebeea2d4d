// Package shop is the service layer between the handlers and the store.
package shop

import (
	"context"
	"database/sql"

	"example.com/demo/internal/store"
)

// recentOrders is how many orders the order list shows.
const recentOrders = 50

// Orders returns the recent orders, each with its items.
func Orders(ctx context.Context, db *sql.DB) ([]store.Order, error) {
	orders, err := store.RecentOrders(ctx, db, recentOrders)
	if err != nil {
		return nil, err
	}
	for i := range orders {
		items, err := store.ItemsFor(ctx, db, orders[i].ID)
		if err != nil {
			return nil, err
		}
		orders[i].Items = items
	}
	return orders, nil
}

// OrdersBatched returns the same as Orders with two queries in all.
func OrdersBatched(ctx context.Context, db *sql.DB) ([]store.Order, error) {
	orders, err := store.RecentOrders(ctx, db, recentOrders)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(orders))
	byID := make(map[int64]*store.Order, len(orders))
	for i := range orders {
		ids[i] = orders[i].ID
		byID[orders[i].ID] = &orders[i]
	}
	// not reported by requestquery: one query for the items of every order
	items, err := store.ItemsForOrders(ctx, db, ids)
	if err != nil {
		return nil, err
	}
	for _, it := range items {
		if o := byID[it.OrderID]; o != nil {
			o.Items = append(o.Items, it)
		}
	}
	return orders, nil
}
