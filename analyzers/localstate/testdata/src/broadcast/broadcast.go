package broadcast

import (
	"context"
	"fmt"
	"net/http"
	"sync"

	coder "github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
	"github.com/gorilla/websocket"
)

var upgrader websocket.Upgrader

// A hub in the shape of gorilla's chat example: each client has a
// connection and a send channel that its writer goroutine drains.
type Client struct {
	conn *websocket.Conn
	send chan []byte
}

type Hub struct {
	mu      sync.Mutex
	clients map[*Client]bool
}

func (h *Hub) Register(c *Client) {
	h.mu.Lock()
	h.clients[c] = true
	h.mu.Unlock()
}

func (h *Hub) Broadcast(msg []byte) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for c := range h.clients { // want `in-process broadcast to the client connections in h.clients \(from Hub.Broadcast and Hub.Kick\): a client connected to another instance behind a load balancer never gets the message; fan out through a shared pub/sub \(Redis, NATS, Postgres LISTEN/NOTIFY\) that every instance subscribes to`
		select {
		case c.send <- msg:
		default:
		}
	}
}

// The second loop over the same registry is the same finding.
func (h *Hub) Kick(reason string) {
	for c := range h.clients {
		c.conn.WriteMessage(websocket.TextMessage, []byte(reason))
	}
}

// not reported: closing every connection at shutdown sends no message
func (h *Hub) Shutdown() {
	for c := range h.clients {
		c.conn.Close()
	}
}

// not reported: counting the clients reads the registry only
func (h *Hub) Count() int {
	n := 0
	for c := range h.clients {
		if c.send != nil {
			n++
		}
	}
	return n
}

// A package-level registry of connections, one user's list at a time.
var (
	connsMu sync.Mutex
	conns   = map[int64][]*websocket.Conn{}
)

func serveWS(w http.ResponseWriter, r *http.Request) {
	c, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	connsMu.Lock()
	conns[1] = append(conns[1], c)
	connsMu.Unlock()
}

func notifyUser(user int64, event any) {
	connsMu.Lock()
	defer connsMu.Unlock()
	for _, c := range conns[user] { // want `in-process broadcast to the client connections in conns \(from notifyUser\)`
		c.WriteJSON(event)
	}
}

// One user's connections, read into a local variable first.
type UserHub struct {
	byUser map[int64][]*Client
}

func (h *UserHub) Publish(user int64, msg []byte) {
	conns := h.byUser[user]
	for _, c := range conns { // want `in-process broadcast to the client connections in h.byUser \(from UserHub.Publish\)`
		c.send <- msg
	}
}

// The same, read with a comma-ok lookup.
type PerUser struct {
	clients map[int64][]*Client
}

func (h *PerUser) Notify(user int64, msg []byte) {
	if conns, ok := h.clients[user]; ok {
		for _, c := range conns { // want `in-process broadcast to the client connections in h.clients \(from PerUser.Notify\)`
			c.send <- msg
		}
	}
}

// not reported: a comma-ok lookup in a map the request made
func (h *UserHub) Echo(c *Client, msg []byte) {
	local := map[int64][]*Client{1: {c}}
	if conns, ok := local[1]; ok {
		for _, x := range conns {
			x.send <- msg
		}
	}
}

// not reported: a local list built by the request from its own peers
func (h *UserHub) Reply(c *Client, msg []byte) {
	mine := []*Client{c}
	for _, x := range mine {
		x.send <- msg
	}
}

// Server-sent events: the response writers of open streams.
type stream struct {
	w    http.ResponseWriter
	done chan struct{}
}

type Events struct {
	streams []*stream
}

func (e *Events) Emit(line string) {
	for _, s := range e.streams { // want `in-process broadcast to the client connections in e.streams \(from Events.Emit\)`
		fmt.Fprintf(s.w, "data: %s\n\n", line)
	}
}

// coder/websocket, through wsjson.
type Room struct {
	members map[string]*coder.Conn
}

func (r *Room) Say(ctx context.Context, v any) {
	for _, c := range r.members { // want `in-process broadcast to the client connections in r.members \(from Room.Say\)`
		wsjson.Write(ctx, c, v)
	}
}

// not reported: an echo server writes back to its own request's
// connection only
func echo(w http.ResponseWriter, r *http.Request) {
	c, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	for {
		mt, msg, err := c.ReadMessage()
		if err != nil {
			return
		}
		c.WriteMessage(mt, msg)
	}
}

// not reported: connections collected in a local slice, the request's own
func fanOutLocal(peers []string) {
	var local []*websocket.Conn
	for range peers {
		local = append(local, &websocket.Conn{})
	}
	for _, c := range local {
		c.WriteMessage(websocket.TextMessage, nil)
	}
}

// not reported: a registry of workers, not of connected clients
type Pool struct {
	workers []chan func()
}

func (p *Pool) All(f func()) {
	for _, w := range p.workers {
		w <- f
	}
}

// A server-sent events broker: each stream registers its channel, and
// a publisher sends to every registered channel.
type Broker struct {
	mu      sync.Mutex
	clients map[chan string]bool
}

func (b *Broker) Stream(w http.ResponseWriter, r *http.Request) {
	ch := make(chan string, 8)
	b.mu.Lock()
	b.clients[ch] = true
	b.mu.Unlock()
	for msg := range ch {
		fmt.Fprintf(w, "data: %s\n\n", msg)
	}
}

func (b *Broker) Publish(msg string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for ch := range b.clients { // want `in-process broadcast to the subscribers in b.clients \(from Broker.Publish\): a client connected to another instance behind a load balancer never gets the message`
		select {
		case ch <- msg:
		default:
		}
	}
}

// Listeners registered by a long-poll request, each with its mailbox.
type listener struct {
	user string
	ch   chan<- string
}

var listeners []*listener

func Poll(w http.ResponseWriter, r *http.Request) {
	ch := make(chan string, 1)
	listeners = append(listeners, &listener{user: r.FormValue("user"), ch: ch})
	fmt.Fprint(w, <-ch)
}

func notifyAll(msg string) {
	for _, l := range listeners { // want `in-process broadcast to the subscribers in listeners \(from notifyAll\)`
		l.ch <- msg
	}
}

// An in-process bus of the service's own parts, subscribed at start-up.
type Bus struct {
	subs []chan string
}

func NewBus(n int) *Bus {
	b := &Bus{}
	for range n {
		b.subs = append(b.subs, make(chan string))
	}
	return b
}

// not reported: the bus's subscribers are the service's own workers,
// registered at start-up
func (b *Bus) Emit(w http.ResponseWriter, r *http.Request) {
	for _, s := range b.subs {
		s <- r.URL.Path
	}
}
