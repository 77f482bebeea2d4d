// Package store reads users through ent and imports nothing else that
// the catalogue knows.
package store

import (
	"context"

	"entapp/ent"
)

// Names reads the users one id at a time.
func Names(ctx context.Context, c *ent.Client, ids []int) []string {
	var out []string
	for _, id := range ids {
		u, _ := c.User.Get(ctx, id)
		out = append(out, u.Name)
	}
	return out
}

// MemoQuery has a builder's method names but holds no ent driver: an
// in-memory list.
type MemoQuery struct{ items []string }

func (q *MemoQuery) All(ctx context.Context) ([]string, error) { return q.items, nil }
