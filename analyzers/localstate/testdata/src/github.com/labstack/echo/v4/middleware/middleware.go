// Package middleware is a stub of github.com/labstack/echo/v4/middleware for scalevet's analyzer tests: only the API shape matters.
package middleware

import "golang.org/x/time/rate"

// RateLimiterStore is the store of a rate limiter.
type RateLimiterStore interface {
	Allow(identifier string) (bool, error)
}

// RateLimiterMemoryStore counts in memory.
type RateLimiterMemoryStore struct{}

func (*RateLimiterMemoryStore) Allow(identifier string) (bool, error) { return true, nil }

// NewRateLimiterMemoryStore returns an in-memory store.
func NewRateLimiterMemoryStore(r rate.Limit) *RateLimiterMemoryStore {
	return &RateLimiterMemoryStore{}
}
