// Package lite implements store.Tags on SQLite, with the same loop as
// pg's and one more of its own.
package lite

import (
	"context"
	"database/sql"
)

type LiteTags struct{ db *sql.DB }

func NewTags(db *sql.DB) *LiteTags { return &LiteTags{db} }

func (r *LiteTags) SetAll(ctx context.Context, postID int, names []string) error {
	for _, n := range names { // the same loop as pg's: one finding for both
		r.db.ExecContext(ctx, "INSERT INTO tags (post_id, name) VALUES (?, ?)", postID, n)
	}
	for _, n := range names { // lite's own loop: a finding of its own
		var id int
		r.db.QueryRowContext(ctx, "SELECT id FROM tag_search WHERE name = ?", n).Scan(&id)
	}
	return nil
}
