// Package pg implements store on database/sql.
package pg

import (
	"context"
	"database/sql"

	"example.com/e2e/ifaceapp/store"
)

// Posts reads posts from the database.
type Posts struct{ DB *sql.DB }

// Recent returns the n newest posts.
func (p *Posts) Recent(ctx context.Context, n int) ([]store.Post, error) {
	rows, err := p.DB.QueryContext(ctx, "SELECT id, author_id FROM posts ORDER BY id DESC LIMIT $1", n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []store.Post
	for rows.Next() {
		var p store.Post
		if err := rows.Scan(&p.ID, &p.AuthorID); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// Authors reads authors from the database.
type Authors struct{ DB *sql.DB }

// Name returns an author's name.
func (a *Authors) Name(ctx context.Context, id int) (string, error) {
	var name string
	err := a.DB.QueryRowContext(ctx, "SELECT name FROM authors WHERE id = $1", id).Scan(&name)
	return name, err
}
