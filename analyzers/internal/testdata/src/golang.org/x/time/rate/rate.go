// Package rate is a stub of golang.org/x/time/rate for scalevet's analyzer tests: only the API shape matters.
package rate

// Limit defines the maximum frequency of some events, in events per second.
type Limit float64

// Limiter controls how frequently events are allowed to happen.
type Limiter struct{}

// NewLimiter returns a new Limiter that allows events up to rate r and permits bursts of at most b tokens.
func NewLimiter(r Limit, b int) *Limiter { return &Limiter{} }

// Allow reports whether an event may happen now.
func (lim *Limiter) Allow() bool { return true }
