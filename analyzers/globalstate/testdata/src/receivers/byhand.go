package receivers

import (
	"context"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// ttlCache is a cache written by hand: entries in a sync.Map, judged by
// their age when read back, and a count of them.
type ttlCache struct {
	n    atomic.Int64
	data sync.Map
}

type entry struct {
	v       string
	expires time.Time
}

func (c *ttlCache) Get(_ context.Context, k string) (string, bool) {
	v, ok := c.data.Load(k)
	if !ok {
		return "", false
	}
	e, ok := v.(entry)
	if !ok || time.Now().After(e.expires) {
		c.data.Delete(k)
		c.n.Add(-1)
		return "", false
	}
	return e.v, true
}

func (c *ttlCache) Set(_ context.Context, k, v string) {
	c.data.Store(k, entry{v: v, expires: time.Now().Add(time.Minute)})
	c.n.Add(1)
}

// plainStore keeps what it is given in a sync.Map that nothing judges
// by age: state, not a cache.
type plainStore struct{ data sync.Map }

func (p *plainStore) Put(k, v string) { p.data.Store(k, v) }

// oneValue caches one value by hand, behind a lookup method.
type oneValue struct {
	mu sync.Mutex
	v  string
	ok bool
}

func (o *oneValue) get() (string, bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.v, o.ok
}

func (o *oneValue) set(v string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.v, o.ok = v, true
}

type drivers struct {
	mu    sync.Mutex
	byKey map[string]string
	gen   int
}

type API struct {
	names   *ttlCache
	store   *plainStore
	motd    oneValue
	last    oneValue
	drivers drivers
}

func (a *API) Name(w http.ResponseWriter, r *http.Request) {
	a.names.Set(r.Context(), r.FormValue("id"), r.FormValue("name")) // not reported: a TTL cache's entries
	a.store.Put(r.FormValue("id"), r.FormValue("name"))              // want `^handler API.Name writes data of a.store \(its receiver, a \*API, serves every request; API.Name → plainStore.Put\): it is synchronised`
}

func (a *API) Motd(w http.ResponseWriter, r *http.Request) {
	if v, ok := a.motd.get(); ok { // not reported: a read-through cache, looked up then filled
		w.Write([]byte(v))
		return
	}
	a.motd.set(time.Now().String())
}

func (a *API) Last(w http.ResponseWriter, r *http.Request) {
	a.last.set(r.FormValue("msg")) // want `^handler API.Last writes v of a.last \(its receiver, a \*API, serves every request; API.Last → oneValue.set\): it is synchronised`
}

func (a *API) Reset(w http.ResponseWriter, r *http.Request) {
	a.drivers.mu.Lock()
	defer a.drivers.mu.Unlock()
	a.drivers.gen++       // not reported: a counter
	a.drivers.byKey = nil // not reported: every entry evicted, as clear does
}

// tokens holds what start-up loads; requests only revoke.
type tokens struct{ data sync.Map }

func (t *tokens) Revoke(k string) { t.data.Delete(k) }

type Revoker struct{ tokens *tokens }

func (v *Revoker) Forget(w http.ResponseWriter, r *http.Request) {
	v.tokens.Revoke(r.FormValue("id")) // not reported: an eviction, as delete(m, k) is
}
