// Package repo is the data layer of the e2e services: one query per
// function and no loops, so an N+1 built on it shows only in its callers.
package repo

import (
	"context"
	"database/sql"
)

// Store reads orders and customers with database/sql.
type Store struct {
	DB *sql.DB
}

// Order is a row of the orders table.
type Order struct {
	ID           int64
	CustomerID   int64
	CustomerName string
	TotalCents   int64
}

// CustomerName runs one query per call.
func (s *Store) CustomerName(ctx context.Context, id int64) (string, error) {
	var name string
	err := s.DB.QueryRowContext(ctx, "SELECT name FROM customers WHERE id = $1", id).Scan(&name)
	return name, err
}

// CustomerNames reads the names of all the customers in one query.
func (s *Store) CustomerNames(ctx context.Context, ids []int64) (map[int64]string, error) {
	rows, err := s.DB.QueryContext(ctx, "SELECT id, name FROM customers WHERE id = ANY($1)", ids)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	names := make(map[int64]string, len(ids))
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			return nil, err
		}
		names[id] = name
	}
	return names, rows.Err()
}

// RecentOrders reads one page of a customer's orders.
func (s *Store) RecentOrders(ctx context.Context, customerID int64, limit int) ([]Order, error) {
	rows, err := s.DB.QueryContext(ctx, "SELECT id, customer_id, total_cents FROM orders WHERE customer_id = $1 ORDER BY id DESC LIMIT $2", customerID, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var orders []Order
	for rows.Next() {
		var o Order
		if err := rows.Scan(&o.ID, &o.CustomerID, &o.TotalCents); err != nil {
			return nil, err
		}
		orders = append(orders, o)
	}
	return orders, rows.Err()
}
