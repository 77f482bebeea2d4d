// Package websocket is a stub of github.com/coder/websocket for scalevet's analyzer tests: only the API shape matters.
package websocket

import (
	"context"
	"net/http"
)

// Conn is a websocket connection.
type Conn struct{}

// Close closes the connection.
func (c *Conn) Close(code int, reason string) error { return nil }

// Accept accepts a websocket handshake.
func Accept(w http.ResponseWriter, r *http.Request, opts any) (*Conn, error) { return nil, nil }

// Ping pings the peer.
func (c *Conn) Ping(ctx context.Context) error { return nil }
