// Package pg implements store's interfaces on database/sql.
package pg

import (
	"context"
	"database/sql"

	"ifaces/store"
)

type OrderRepo struct{ db *sql.DB }

func NewOrders(db *sql.DB) *OrderRepo { return &OrderRepo{db} }

func (r *OrderRepo) List(ctx context.Context) ([]store.Order, error) {
	r.db.QueryContext(ctx, "SELECT id, user_id FROM orders WHERE user_id = $1 LIMIT 50", 1)
	return nil, nil
}

func (r *OrderRepo) All(ctx context.Context) ([]store.Order, error) {
	r.db.QueryContext(ctx, "SELECT id, user_id FROM orders")
	return nil, nil
}

type UserRepo struct{ db *sql.DB }

func NewUsers(db *sql.DB) *UserRepo { return &UserRepo{db} }

func (r *UserRepo) Get(ctx context.Context, id int) (store.User, error) {
	r.db.QueryRowContext(ctx, "SELECT id FROM users WHERE id = $1", id)
	return store.User{}, nil
}

func (r *UserRepo) Put(ctx context.Context, u store.User) error {
	_, err := r.db.ExecContext(ctx, "UPDATE users SET id = $1", u.ID)
	return err
}

func (r *UserRepo) PutAll(ctx context.Context, us []store.User) error {
	for _, u := range us {
		r.db.ExecContext(ctx, "UPDATE users SET id = $1", u.ID)
	}
	return nil
}

// OrderLines has the method names and arities of store.Users, but not
// its types (Get returns an Order, Put takes one): it does not implement
// store.Users, and a call through store.Users never reaches its loops.
type OrderLines struct{ db *sql.DB }

func (r *OrderLines) Get(ctx context.Context, id int) (store.Order, error) {
	for i := range id {
		r.db.QueryRowContext(ctx, "SELECT id FROM order_lines WHERE n = $1", i)
	}
	return store.Order{}, nil
}

func (r *OrderLines) Put(ctx context.Context, o store.Order) error { return nil }

func (r *OrderLines) PutAll(ctx context.Context, os []store.Order) error { return nil }

type TagRepo struct{ db *sql.DB }

func NewTags(db *sql.DB) *TagRepo { return &TagRepo{db} }

func (r *TagRepo) SetAll(ctx context.Context, postID int, names []string) error {
	for _, n := range names {
		r.db.ExecContext(ctx, "INSERT INTO tags (post_id, name) VALUES ($1, $2)", postID, n)
	}
	return nil
}
