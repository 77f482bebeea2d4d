// Package receivers writes the state of handlers' receivers: a server
// or API value built once and shared by every request.
package receivers

import (
	"io"
	"net/http"
	"sync"
	"time"
)

type Server struct {
	mu       sync.Mutex
	sessions map[string]string // state that requests read back
	hits     int               // a statistic
	id       string            // computed once, lazily
	rates    *rateCache
	queue    []string // a write-behind buffer
	batch    *Batcher[string]
	seen     map[string]int
	perIP    map[string]int // a count per client: state
	reg      *registry
	tail     *lineReader
}

func (s *Server) Login(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.sessions[r.FormValue("sid")] = r.FormValue("user") // want `^handler Server.Login writes map s.sessions \(its receiver, a \*Server, serves every request\): it is synchronised, so one process stays consistent, but each instance`
	s.hits++                                             // not reported: a counter under a lock
	s.perIP[r.RemoteAddr]++                              // want `^handler Server.Login writes map s.perIP \(its receiver, a \*Server, serves every request\): it is synchronised`
	s.mu.Unlock()
	s.remember(r.FormValue("user")) // not reported: the same state as above
}

func (s *Server) remember(user string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sessions["last"] = user
}

func (s *Server) Count(w http.ResponseWriter, r *http.Request) {
	s.hits++ // want `^handler Server.Count writes s.hits \(its receiver, a \*Server, serves every request\) with no lock`
}

func (s *Server) ID(w http.ResponseWriter, r *http.Request) {
	_ = s.serverID()                  // not reported: a value computed once and kept
	_ = s.rates.get()                 // not reported: a TTL cache
	s.enqueue(r.FormValue("event"))   // not reported: a buffer drained to elsewhere
	s.batch.Add(r.FormValue("event")) // not reported: a buffer drained to elsewhere
}

func (s *Server) serverID() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.id != "" {
		return s.id
	}
	s.id = time.Now().String()
	return s.id
}

type rateCache struct {
	mu      sync.Mutex
	value   float64
	updated time.Time
}

func (c *rateCache) get() float64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	if time.Since(c.updated) > time.Minute {
		c.value = 1.5
		c.updated = time.Now()
	}
	return c.value
}

func (s *Server) enqueue(e string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.queue = append(s.queue, e)
}

func (s *Server) flush() {
	s.mu.Lock()
	q := s.queue
	s.queue = nil
	s.mu.Unlock()
	_ = q
}

// Batcher collects elements and hands them on in batches.
type Batcher[T any] struct {
	mu  sync.Mutex
	in  []T
	out chan []T
}

func (b *Batcher[T]) Add(e T) {
	b.mu.Lock()
	b.in = append(b.in, e)
	var els []T
	if len(b.in) == 10 {
		els = b.takeAll()
	}
	b.mu.Unlock()
	if len(els) > 0 {
		b.out <- els
	}
}

func (b *Batcher[T]) takeAll() []T {
	els := make([]T, len(b.in))
	copy(els, b.in)
	b.in = b.in[:0]
	return els
}

func (s *Server) Track(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.seen, r.FormValue("id")) // not reported: an eviction; the state is where it is filled
}

type conn struct{ id string }

// registry keeps the connections it opened, by id: a cache filled on a
// miss.
type registry struct {
	mu    sync.Mutex
	conns map[string]*conn
}

func (g *registry) get(id string) *conn {
	g.mu.Lock()
	c, ok := g.conns[id]
	g.mu.Unlock()
	if !ok {
		return g.open(id)
	}
	return c
}

func (g *registry) open(id string) *conn {
	c := &conn{id: id}
	g.mu.Lock()
	g.conns[id] = c
	g.mu.Unlock()
	return c
}

func (s *Server) Connect(w http.ResponseWriter, r *http.Request) {
	s.reg.get(r.FormValue("id")) // not reported: a cache filled on a miss
}

func (s *Server) Open(w http.ResponseWriter, r *http.Request) {
	s.reg.open(r.FormValue("id")) // want `^handler Server.Open writes conns of s.reg \(its receiver, a \*Server, serves every request; Server.Open → registry.open\): it is synchronised`
}

// lineReader is a stream: its fields are its position.
type lineReader struct {
	r    io.Reader
	mu   sync.Mutex
	read int
}

func (l *lineReader) Read(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n, err := l.r.Read(p)
	l.read += n
	return n, err
}

func (l *lineReader) Rewind() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.read = 0
}

func (s *Server) Tail(w http.ResponseWriter, r *http.Request) {
	s.tail.Rewind() // not reported: a stream's position
}

func (s *Server) Plans(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if n, ok := s.seen["all"]; ok {
		_ = n
		return
	}
	s.seen["all"] = 1 // not reported: a cache filled on a miss, by a constant key
}

// A client whose remote configuration is set up on first use, by a
// method called when the field is found unset.
type remoteConf struct{ endpoint string }

type Provider struct {
	mu    sync.Mutex
	conf  *remoteConf
	label string
}

func (p *Provider) setup() { p.conf = &remoteConf{endpoint: time.Now().String()} }

func (p *Provider) relabel(l string) { p.label = l }

func (p *Provider) Conf(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.conf == nil {
		p.setup() // not reported: fills the configuration once, when unset
	}
}

func (p *Provider) Label(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.label != "" {
		p.relabel(r.FormValue("label")) // want `^handler Provider.Label writes p.label \(its receiver, a \*Provider, serves every request; Provider.Label → Provider.relabel\): it is synchronised`
	}
}
