// Package wsjson is a stub of github.com/coder/websocket/wsjson for scalevet's analyzer tests: only the API shape matters.
package wsjson

import (
	"context"

	"github.com/coder/websocket"
)

// Write writes v as JSON to c.
func Write(ctx context.Context, c *websocket.Conn, v any) error { return nil }
