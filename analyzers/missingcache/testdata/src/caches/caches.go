// Package caches holds handlers whose invariant work is already cached:
// run once, deduplicated, or behind a cache lookup or store. None is
// reported, except the uncached control.
package caches

import (
	"context"
	"database/sql"
	"net/http"
	"regexp"
	"sync"
	"time"

	"github.com/allegro/bigcache/v3"
	"github.com/coocood/freecache"
	"github.com/dgraph-io/ristretto/v2"
	"github.com/golang/groupcache"
	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/hashicorp/golang-lru/v2/expirable"
	gocache "github.com/patrickmn/go-cache"
	"github.com/redis/go-redis/v9"
	"golang.org/x/sync/singleflight"
)

type Plan struct{ Name string }

type Server struct {
	db    *sql.DB
	once  sync.Once
	plans []Plan
	mu    sync.Mutex
	byKey map[string][]Plan
	smap  sync.Map
	lru   *lru.Cache[string, []Plan]
	exp   *expirable.LRU[string, []Plan]
	rist  *ristretto.Cache[string, []Plan]
	big   *bigcache.BigCache
	free  *freecache.Cache
	goc   *gocache.Cache
	rdb   *redis.Client
	group *groupcache.Group
	sf    singleflight.Group
}

func load(ctx context.Context, db *sql.DB) []Plan {
	rows, _ := db.QueryContext(ctx, "SELECT name FROM plans WHERE active")
	defer rows.Close()
	return nil
}

// Uncached is the control: the same query, reported.
func (s *Server) Uncached(w http.ResponseWriter, r *http.Request) {
	load(r.Context(), s.db) // want `^load runs query "SELECT name FROM plans WHERE active" \(caches.load → \(\*sql.DB\).QueryContext at caches.go:\d+\) with arguments that do not depend on the request of Server.Uncached: the database redoes the same work for every request and returns the same rows; cache the result \(sync.OnceValue, or a TTL cache\)$`
}

func (s *Server) Once(w http.ResponseWriter, r *http.Request) {
	// not reported: sync.Once
	s.once.Do(func() { s.plans = load(context.Background(), s.db) })
}

// OnceLocal is the look-alike: a Once declared in the handler is new
// on every request, so it caches nothing.
func (s *Server) OnceLocal(w http.ResponseWriter, r *http.Request) {
	var once sync.Once
	once.Do(func() {
		load(r.Context(), s.db) // want `^load runs query "SELECT name FROM plans WHERE active" .* of Server.OnceLocal: the database redoes the same work for every request and returns the same rows`
	})
}

var loadPattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^p`) })

func (s *Server) OnceValue(w http.ResponseWriter, r *http.Request) {
	// not reported: sync.OnceValue and OnceFunc literals
	_ = loadPattern()
	f := sync.OnceFunc(func() { load(r.Context(), s.db) })
	f()
	g := sync.OnceValues(func() ([]Plan, error) { return load(r.Context(), s.db), nil })
	g()
}

func (s *Server) Single(w http.ResponseWriter, r *http.Request) {
	// not reported: singleflight
	s.sf.Do("plans", func() (interface{}, error) { return load(r.Context(), s.db), nil })
}

func (s *Server) Map(w http.ResponseWriter, r *http.Request) {
	// not reported: a map lookup that returns early on a hit
	s.mu.Lock()
	if p, ok := s.byKey["all"]; ok {
		s.mu.Unlock()
		_ = p
		return
	}
	s.mu.Unlock()
	load(r.Context(), s.db)
}

func (s *Server) MapStore(w http.ResponseWriter, r *http.Request) {
	// not reported: the result is stored in a map that outlives the request
	p := load(r.Context(), s.db)
	s.mu.Lock()
	s.byKey["all"] = p
	s.mu.Unlock()
}

func (s *Server) SyncMap(w http.ResponseWriter, r *http.Request) {
	// not reported: sync.Map
	if v, ok := s.smap.Load("plans"); ok {
		_ = v
		return
	}
	load(r.Context(), s.db)
}

func (s *Server) LRU(w http.ResponseWriter, r *http.Request) {
	// not reported: hashicorp/golang-lru
	if p, ok := s.lru.Get("plans"); ok {
		_ = p
		return
	}
	s.lru.Add("plans", load(r.Context(), s.db))
}

func (s *Server) Expirable(w http.ResponseWriter, r *http.Request) {
	// not reported: golang-lru's expirable LRU, stored after the miss
	p := load(r.Context(), s.db)
	s.exp.Add("plans", p)
}

func (s *Server) Ristretto(w http.ResponseWriter, r *http.Request) {
	// not reported: ristretto
	p, found := s.rist.Get("plans")
	if found {
		_ = p
		return
	}
	s.rist.SetWithTTL("plans", load(r.Context(), s.db), 1, time.Minute)
}

func (s *Server) BigCache(w http.ResponseWriter, r *http.Request) {
	// not reported: bigcache
	if b, err := s.big.Get("plans"); err == nil {
		w.Write(b)
		return
	}
	load(r.Context(), s.db)
}

func (s *Server) FreeCache(w http.ResponseWriter, r *http.Request) {
	// not reported: freecache, filled with what load returns
	p := load(r.Context(), s.db)
	s.free.Set([]byte("plans"), encode(p), 60)
}

func encode(ps []Plan) []byte { return make([]byte, len(ps)) }

// Visits compiles a pattern and records the visitor in a map that
// outlives the request: the map caches nothing the compile returns.
func (s *Server) Visits(w http.ResponseWriter, r *http.Request) {
	re := regexp.MustCompile(`^/plans/[0-9]+$`) // want `regexp.MustCompile of a constant pattern runs on every request of Server.Visits`
	s.mu.Lock()
	s.byKey[r.RemoteAddr] = nil
	s.mu.Unlock()
	_ = re.MatchString(r.URL.Path)
}

// Stored keeps what load returns, through a local, in the map.
func (s *Server) Stored(w http.ResponseWriter, r *http.Request) {
	ps := load(r.Context(), s.db) // not reported: stored in the map below
	kept := ps[:len(ps):len(ps)]
	s.mu.Lock()
	s.byKey["all"] = kept
	s.mu.Unlock()
}

func (s *Server) GoCache(w http.ResponseWriter, r *http.Request) {
	// not reported: patrickmn/go-cache
	if v, ok := s.goc.Get("plans"); ok {
		_ = v
		return
	}
	s.goc.SetDefault("plans", load(r.Context(), s.db))
}

func (s *Server) Redis(w http.ResponseWriter, r *http.Request) {
	// not reported: a Redis Get that returns early on a hit
	if v, err := s.rdb.Get(r.Context(), "plans").Result(); err == nil {
		w.Write([]byte(v))
		return
	}
	load(r.Context(), s.db)
}

func (s *Server) GroupCache(w http.ResponseWriter, r *http.Request) {
	// not reported: groupcache loads through its getter, on a miss
	var out string
	s.group.Get(r.Context(), "plans", groupcache.StringSink(&out))
}

// NewGroup builds the groupcache group at start-up.
func (s *Server) NewGroup() *groupcache.Group { // want NewGroup:`^returns if\(\)$`
	return groupcache.NewGroup("plans", 1<<20, groupcache.GetterFunc(func(ctx context.Context, key string, dest groupcache.Sink) error {
		load(ctx, s.db)
		return nil
	}))
}

// CachedFactory returns a handler with its own cache, captured from the
// factory.
func (s *Server) CachedFactory() http.HandlerFunc { // want CachedFactory:`^returns if\(0\)$`
	var mu sync.Mutex
	cache := map[string][]Plan{}
	return func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		// not reported: a map captured from the factory outlives the request
		if p, ok := cache["all"]; ok {
			_ = p
			return
		}
		cache["all"] = load(r.Context(), s.db)
	}
}

func (s *Server) LocalMap(w http.ResponseWriter, r *http.Request) {
	// A map made for this request is not a cache.
	m := map[string][]Plan{}
	if p, ok := m["all"]; ok {
		_ = p
		return
	}
	m["all"] = load(r.Context(), s.db) // want `load runs query "SELECT name FROM plans WHERE active"`
}

var userRe *regexp.Regexp

func (s *Server) Lazy(w http.ResponseWriter, r *http.Request) {
	// not reported: lazily initialised into a package-level variable
	if userRe == nil {
		userRe = regexp.MustCompile(`^u\d+$`)
	}
	// not reported: kept in a field
	if s.plans == nil {
		s.plans = load(r.Context(), s.db)
	}
}
