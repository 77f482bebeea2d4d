package caches

import (
	"context"
	"database/sql"
	"net/http"
	"sync"
	"time"
)

// statsCache is a cache written by hand: one value and its expiry,
// behind a mutex.
type statsCache struct {
	mu     sync.Mutex
	value  []Plan
	expiry time.Time
}

func (c *statsCache) get() ([]Plan, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.value == nil || time.Now().After(c.expiry) {
		return nil, false
	}
	return c.value, true
}

func (c *statsCache) set(v []Plan, ttl time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.value, c.expiry = v, time.Now().Add(ttl)
}

// keyed is a cache written by hand with a key and a pointer result.
type keyed struct{ m sync.Map }

func (k *keyed) Get(ctx context.Context, key string) *Plan {
	if v, ok := k.m.Load(key); ok {
		return v.(*Plan)
	}
	return nil
}

func (k *keyed) Set(ctx context.Context, key string, p *Plan) { k.m.Store(key, p) }

type Stats struct {
	db    *sql.DB
	stats statsCache
	byKey keyed
	repo  *repo
}

// repo looks plans up, with no fill: a get-or-fail, not a cache.
type repo struct{ db *sql.DB }

func (r *repo) find(ctx context.Context) ([]Plan, bool) { return nil, false }

func (s *Stats) Report(w http.ResponseWriter, r *http.Request) {
	if cached, ok := s.stats.get(); ok { // not reported: the query below runs on a miss only, and its result fills the cache
		_ = cached
		return
	}
	plans := load(r.Context(), s.db)
	s.stats.set(plans, time.Minute)
}

func (s *Stats) Plan(w http.ResponseWriter, r *http.Request) {
	if p := s.byKey.Get(r.Context(), "default"); p != nil {
		_ = p
		return
	}
	plans := load(r.Context(), s.db) // not reported: a miss of the cache filled below
	s.byKey.Set(r.Context(), "default", &plans[0])
}

func (s *Stats) Lookup(w http.ResponseWriter, r *http.Request) {
	if plans, ok := s.repo.find(r.Context()); ok {
		_ = plans
		return
	}
	load(r.Context(), s.db) // want `^load runs query "SELECT name FROM plans WHERE active" .* of Stats.Lookup: the database redoes the same work for every request`
}

func (s *Stats) NoReturn(w http.ResponseWriter, r *http.Request) {
	if cached, ok := s.stats.get(); ok {
		_ = cached // no return: the work below runs on a hit too
	}
	plans := load(r.Context(), s.db) // want `^load runs query "SELECT name FROM plans WHERE active" .* of Stats.NoReturn`
	s.stats.set(plans, time.Minute)
}
