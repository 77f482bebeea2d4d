// Package store holds the service's SQL: one function per query, each
// taking the caller's context and the connection pool.
package store

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// Order is one row of orders, with its items when the caller loads them.
type Order struct {
	ID        int64     `json:"id"`
	UserID    int64     `json:"user_id"`
	Status    string    `json:"status"`
	CreatedAt time.Time `json:"created_at"`
	Items     []Item    `json:"items,omitempty"`
}

// Item is one line of an order.
type Item struct {
	OrderID    int64  `json:"order_id"`
	SKU        string `json:"sku"`
	Qty        int    `json:"qty"`
	PriceCents int64  `json:"price_cents"`
}

// Post is one blog post.
type Post struct {
	ID    int64  `json:"id"`
	Title string `json:"title"`
	Body  string `json:"body"`
}

// RecentOrders returns the newest orders, at most limit of them.
func RecentOrders(ctx context.Context, db *sql.DB, limit int) ([]Order, error) {
	rows, err := db.QueryContext(ctx,
		"SELECT id, user_id, status, created_at FROM orders ORDER BY created_at DESC LIMIT $1", limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var orders []Order
	for rows.Next() {
		var o Order
		if err := rows.Scan(&o.ID, &o.UserID, &o.Status, &o.CreatedAt); err != nil {
			return nil, err
		}
		orders = append(orders, o)
	}
	return orders, rows.Err()
}

// ItemsFor returns the items of one order.
func ItemsFor(ctx context.Context, db *sql.DB, orderID int64) ([]Item, error) {
	rows, err := db.QueryContext(ctx,
		"SELECT order_id, sku, qty, price_cents FROM items WHERE order_id = $1", orderID)
	if err != nil {
		return nil, err
	}
	return scanItems(rows)
}

// ItemsForOrders returns the items of all the given orders.
func ItemsForOrders(ctx context.Context, db *sql.DB, orderIDs []int64) ([]Item, error) {
	// not reported by requestquery: one batched query for every order, = ANY($1)
	rows, err := db.QueryContext(ctx,
		"SELECT order_id, sku, qty, price_cents FROM items WHERE order_id = ANY($1)", orderIDs)
	if err != nil {
		return nil, err
	}
	return scanItems(rows)
}

func scanItems(rows *sql.Rows) ([]Item, error) {
	defer rows.Close()
	var items []Item
	for rows.Next() {
		var it Item
		if err := rows.Scan(&it.OrderID, &it.SKU, &it.Qty, &it.PriceCents); err != nil {
			return nil, err
		}
		items = append(items, it)
	}
	return items, rows.Err()
}

// AllPosts returns every post.
func AllPosts(ctx context.Context, db *sql.DB) ([]Post, error) {
	rows, err := db.QueryContext(ctx, "SELECT id, title, body FROM posts")
	if err != nil {
		return nil, err
	}
	return scanPosts(rows)
}

// LatestPosts returns the n newest posts.
func LatestPosts(ctx context.Context, db *sql.DB, n int) ([]Post, error) {
	// not reported by requestquery: LIMIT $1 bounds the result
	rows, err := db.QueryContext(ctx, "SELECT id, title, body FROM posts ORDER BY id DESC LIMIT $1", n)
	if err != nil {
		return nil, err
	}
	return scanPosts(rows)
}

func scanPosts(rows *sql.Rows) ([]Post, error) {
	defer rows.Close()
	var posts []Post
	for rows.Next() {
		var p Post
		if err := rows.Scan(&p.ID, &p.Title, &p.Body); err != nil {
			return nil, err
		}
		posts = append(posts, p)
	}
	return posts, rows.Err()
}

// UserEmail returns the email of a user, retrying transient failures.
func UserEmail(ctx context.Context, db *sql.DB, id int64) (string, error) {
	var email string
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		// not reported: a retry loop runs the query once when it succeeds
		err = db.QueryRowContext(ctx, "SELECT email FROM users WHERE id = $1", id).Scan(&email)
		if err == nil || errors.Is(err, sql.ErrNoRows) {
			break
		}
		time.Sleep(time.Duration(attempt+1) * 50 * time.Millisecond)
	}
	return email, err
}
