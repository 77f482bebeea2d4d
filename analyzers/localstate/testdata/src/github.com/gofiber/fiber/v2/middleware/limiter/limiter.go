// Package limiter is a stub of github.com/gofiber/fiber/v2/middleware/limiter for scalevet's analyzer tests: only the API shape matters.
package limiter

// Storage is a key-value store.
type Storage interface {
	Get(key string) ([]byte, error)
}

// Config configures the limiter.
type Config struct {
	Max     int
	Storage Storage
}

// New returns the limiter middleware.
func New(config ...Config) func() error { return nil }
