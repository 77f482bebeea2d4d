// Package redis is a stub of github.com/gomodule/redigo/redis for scalevet's analyzer tests: only the API shape matters.
package redis

// Conn represents a connection to a Redis server.
type Conn interface {
	Close() error
	Do(commandName string, args ...interface{}) (reply interface{}, err error)
}

// Pool maintains a pool of connections.
type Pool struct {
	Dial      func() (Conn, error)
	MaxIdle   int
	MaxActive int
}

// Get gets a connection.
func (p *Pool) Get() Conn { return nil }

// Dial connects to the Redis server at the given network and address.
func Dial(network, address string) (Conn, error) { return nil, nil }
