// Package pg implements store on database/sql.
package pg

import (
	"context"
	"database/sql"
)

// Authors reads authors from the database.
type Authors struct{ DB *sql.DB }

// Name returns an author's name.
func (a *Authors) Name(ctx context.Context, id int) (string, error) {
	var name string
	err := a.DB.QueryRowContext(ctx, "SELECT name FROM authors WHERE id = $1", id).Scan(&name)
	return name, err
}

// Tags reads tags from the database.
type Tags struct{ DB *sql.DB }

// Visible returns the visible tags: the same query for every caller.
func (t *Tags) Visible(ctx context.Context) ([]string, error) {
	rows, err := t.DB.QueryContext(ctx, "SELECT name FROM tags WHERE visible")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return nil, rows.Err()
}
