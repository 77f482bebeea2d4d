// Package redis is a stub of github.com/gofiber/storage/redis/v3 for scalevet's analyzer tests: only the API shape matters.
package redis

import (
	"context"
	"time"
)

// Config defines the config for the storage.
type Config struct {
	Host string
	Port int
}

// Storage is a Redis storage for fiber middlewares; it implements the
// v2 and v3 fiber.Storage interfaces.
type Storage struct{}

// New creates a new Redis storage.
func New(config ...Config) *Storage { return &Storage{} }

func (s *Storage) GetWithContext(ctx context.Context, key string) ([]byte, error) { return nil, nil }
func (s *Storage) Get(key string) ([]byte, error)                                 { return nil, nil }
func (s *Storage) SetWithContext(ctx context.Context, key string, val []byte, exp time.Duration) error {
	return nil
}
func (s *Storage) Set(key string, val []byte, exp time.Duration) error     { return nil }
func (s *Storage) DeleteWithContext(ctx context.Context, key string) error { return nil }
func (s *Storage) Delete(key string) error                                 { return nil }
func (s *Storage) ResetWithContext(ctx context.Context) error              { return nil }
func (s *Storage) Reset() error                                            { return nil }
func (s *Storage) Close() error                                            { return nil }
