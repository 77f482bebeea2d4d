// Package websocket is a stub of github.com/gorilla/websocket for scalevet's analyzer tests: only the API shape matters.
package websocket

import "net/http"

// TextMessage is a text data message.
const TextMessage = 1

// Conn is a websocket connection.
type Conn struct{}

// WriteMessage writes a message.
func (c *Conn) WriteMessage(messageType int, data []byte) error { return nil }

// WriteJSON writes v as JSON.
func (c *Conn) WriteJSON(v any) error { return nil }

// ReadMessage reads a message.
func (c *Conn) ReadMessage() (int, []byte, error) { return 0, nil, nil }

// Close closes the connection.
func (c *Conn) Close() error { return nil }

// Upgrader upgrades HTTP connections.
type Upgrader struct{}

// Upgrade upgrades the connection.
func (u *Upgrader) Upgrade(w http.ResponseWriter, r *http.Request, h http.Header) (*Conn, error) {
	return nil, nil
}
