// Package hub fans chat messages out to the websocket clients that are
// connected to this process (real gorilla/websocket), in the shape of
// gorilla's chat example.
package hub

import (
	"net/http"
	"sync"

	"github.com/gorilla/websocket"
)

type client struct {
	conn *websocket.Conn
	send chan []byte
}

type Hub struct {
	mu       sync.Mutex
	clients  map[*client]bool
	upgrader websocket.Upgrader
}

func New() *Hub { return &Hub{clients: map[*client]bool{}} }

func (h *Hub) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	conn, err := h.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &client{conn: conn, send: make(chan []byte, 16)}
	h.mu.Lock()
	h.clients[c] = true // want globalstate
	h.mu.Unlock()
	go func() {
		for msg := range c.send {
			// not reported: the client's own connection
			c.conn.WriteMessage(websocket.TextMessage, msg)
		}
	}()
	for {
		_, msg, err := conn.ReadMessage()
		if err != nil {
			break
		}
		h.broadcast(msg)
	}
	h.mu.Lock()
	delete(h.clients, c)
	h.mu.Unlock()
	close(c.send)
}

func (h *Hub) broadcast(msg []byte) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for c := range h.clients { // want localstate
		select {
		case c.send <- msg:
		default:
		}
	}
}

// Close closes every connection. Not reported: no message is sent.
func (h *Hub) Close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for c := range h.clients {
		c.conn.Close()
	}
}
