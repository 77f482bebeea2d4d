// Package singleflight is a stub of golang.org/x/sync/singleflight for scalevet's analyzer tests: only the API shape matters.
package singleflight

// Result holds the results of Do, so they can be passed on a channel.
type Result struct {
	Val    interface{}
	Err    error
	Shared bool
}

// Group represents a class of work and forms a namespace in which units
// of work can be executed with duplicate suppression.
type Group struct{}

// Do executes and returns the results of the given function, making sure
// that only one execution is in-flight for a given key at a time.
func (g *Group) Do(key string, fn func() (interface{}, error)) (v interface{}, err error, shared bool) {
	v, err = fn()
	return v, err, false
}

// DoChan is like Do but returns a channel that will receive the results when they are ready.
func (g *Group) DoChan(key string, fn func() (interface{}, error)) <-chan Result { return nil }

// Forget tells the singleflight to forget about a key.
func (g *Group) Forget(key string) {}
