// Package store declares the interface the handler calls.
package store

// Slugger makes slugs.
type Slugger interface {
	Slug(title string) string
}
