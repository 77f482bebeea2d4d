// Package impl implements store.Slugger with an unexported type: under
// go vet, its importers see only the interface that New returns.
package impl

import (
	"regexp"

	"example.com/vetfixture/iface/store"
)

type slugger struct{}

// Slug compiles a constant pattern on every call.
func (slugger) Slug(title string) string {
	return regexp.MustCompile(`[^a-z0-9]+`).ReplaceAllString(title, "-")
}

// New returns the slugger.
func New() store.Slugger { return slugger{} }
