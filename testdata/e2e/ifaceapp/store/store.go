// Package store declares the interfaces the handlers use; the
// implementations live in packages the handlers never import.
package store

import "context"

// Post is a blog post.
type Post struct {
	ID       int
	AuthorID int
	Author   string
}

// Posts reads posts.
type Posts interface {
	Recent(ctx context.Context, n int) ([]Post, error)
}

// Authors reads authors.
type Authors interface {
	Name(ctx context.Context, id int) (string, error)
}
