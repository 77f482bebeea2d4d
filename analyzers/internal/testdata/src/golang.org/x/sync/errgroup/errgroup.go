// Package errgroup is a stub of golang.org/x/sync/errgroup for scalevet's analyzer tests: only the API shape matters.
package errgroup

import (
	"context"
	"sync"
)

// A Group is a collection of goroutines working on subtasks of a common task.
type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
}

// WithContext returns a new Group and an associated Context.
func WithContext(ctx context.Context) (*Group, context.Context) { return &Group{}, ctx }

// Wait blocks until all function calls from the Go method have returned.
func (g *Group) Wait() error {
	g.wg.Wait()
	return g.err
}

// Go calls the given function in a new goroutine.
func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() { g.err = err })
		}
	}()
}

// SetLimit limits the number of active goroutines in this group to at most n.
func (g *Group) SetLimit(n int) {}
