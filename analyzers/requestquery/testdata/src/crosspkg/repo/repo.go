// Package repo is the repository layer of a three-package chain: it has
// no handlers, so nothing is reported here; its summaries travel as facts.
package repo

import (
	"context"
	"database/sql"
)

type Repo struct{ DB *sql.DB }

func (r *Repo) ItemsFor(ctx context.Context, orderID int) ([]string, error) {
	return r.query(ctx, "SELECT name FROM items WHERE order_id = $1", orderID)
}

func (r *Repo) query(ctx context.Context, q string, args ...any) ([]string, error) {
	rows, err := r.DB.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return nil, nil
}

func (r *Repo) ListAll(ctx context.Context) {
	r.DB.QueryContext(ctx, "SELECT id, title FROM posts")
}

func (r *Repo) Save(ctx context.Context, name string) {
	r.DB.ExecContext(ctx, "INSERT INTO items(name) VALUES ($1)", name)
}

func (r *Repo) LoadMany(ctx context.Context, ids []int) {
	r.DB.QueryContext(ctx, "SELECT id FROM items WHERE id = ANY($1)", ids)
}

func (r *Repo) SaveAll(ctx context.Context, names []string) {
	for _, n := range names {
		r.Save(ctx, n)
	}
}

func (r *Repo) SaveAllPrepared(ctx context.Context, names []string) {
	stmt, _ := r.DB.PrepareContext(ctx, "INSERT INTO items(name) VALUES ($1)")
	for _, n := range names {
		stmt.ExecContext(ctx, n)
	}
}
