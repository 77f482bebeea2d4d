// Package httprate is a stub of github.com/go-chi/httprate for scalevet's analyzer tests: only the API shape matters.
package httprate

import (
	"net/http"
	"time"
)

// Option configures a limiter.
type Option func()

// LimitCounter counts requests in a store.
type LimitCounter interface{ Increment(key string) error }

// WithLimitCounter sets the counter's store.
func WithLimitCounter(c LimitCounter) Option { return nil }

// LimitByIP limits requests per client IP.
func LimitByIP(requestLimit int, windowLength time.Duration) func(next http.Handler) http.Handler {
	return Limit(requestLimit, windowLength) // not reported: the library's own default, reported where the service calls it
}

// Limit limits requests per key.
func Limit(requestLimit int, windowLength time.Duration, options ...Option) func(next http.Handler) http.Handler {
	return nil
}
