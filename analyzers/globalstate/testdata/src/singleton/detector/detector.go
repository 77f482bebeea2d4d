// Package detector keeps an index in memory behind an interface whose
// only implementation is in the package, held in a package-level
// variable.
package detector

import "sync"

// Index is what other packages call.
type Index interface {
	Merge(from, to int)
	Size() int
}

type index struct {
	mu     sync.Mutex
	groups map[int]int
}

func (ix *index) Merge(from, to int) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.groups[from] = to
}

func (ix *index) Size() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return len(ix.groups)
}

// Global is the index of the process, built at start-up.
var Global Index

func Init() { Global = &index{groups: map[int]int{}} }

// Shape has two implementations in the package: a call through it is
// not followed.
type Shape interface{ Grow(n int) }

type square struct{ side int }

func (s *square) Grow(n int) { s.side += n }

type circle struct{ radius int }

func (c *circle) Grow(n int) { c.radius += n }

// Current is one of the shapes.
var Current Shape = &square{}
