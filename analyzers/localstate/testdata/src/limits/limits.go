package limits

import (
	"net/http"
	"sync"
	"time"

	"github.com/go-chi/httprate"
	"github.com/gofiber/fiber/v2/middleware/limiter"
	"github.com/labstack/echo/v4/middleware"
	"golang.org/x/time/rate"
)

var (
	mu       sync.Mutex
	limiters = map[string]*rate.Limiter{}
)

func limiterFor(ip string) *rate.Limiter {
	mu.Lock()
	defer mu.Unlock()
	l, ok := limiters[ip]
	if !ok {
		l = rate.NewLimiter(1, 5)
		limiters[ip] = l // want `rate limit counted in process memory \(a rate.Limiter per key in limiters\): with N instances behind a load balancer each client gets N times the limit, and a restart resets it; count in a shared store \(Redis, the database\)`
	}
	return l
}

type Guard struct {
	perUser map[int64]*rate.Limiter
}

func (g *Guard) For(user int64) *rate.Limiter {
	if l := g.perUser[user]; l != nil {
		return l
	}
	g.perUser[user] = rate.NewLimiter(2, 2) // want `rate limit counted in process memory \(a rate.Limiter per key in g.perUser\)`
	return g.perUser[user]
}

// not reported: a map of limiters local to one call
func burst(keys []string) {
	local := map[string]*rate.Limiter{}
	for _, k := range keys {
		local[k] = rate.NewLimiter(1, 1)
	}
}

// not reported: one limiter pacing the service's own outbound calls
var outbound = rate.NewLimiter(10, 1)

// not reported: a map of something else
var seen = map[string]time.Time{}

func touch(ip string) { seen[ip] = time.Now() }

type Counter struct{}

func (Counter) Increment(key string) error { return nil }

func Routes() []func(http.Handler) http.Handler {
	return []func(http.Handler) http.Handler{
		httprate.LimitByIP(10, time.Minute), // want `rate limit counted in process memory \(httprate.LimitByIP\)`
		// not reported: counted in a shared store
		httprate.Limit(10, time.Minute, httprate.WithLimitCounter(Counter{})),
	}
}

type redisStorage struct{}

func (redisStorage) Get(key string) ([]byte, error) { return nil, nil }

func Frameworks() {
	_ = middleware.NewRateLimiterMemoryStore(20)             // want `rate limit counted in process memory \(middleware.NewRateLimiterMemoryStore\)`
	_ = limiter.New(limiter.Config{Max: 5})                  // want `rate limit counted in process memory \(limiter.New without a Storage\)`
	_ = limiter.New(limiter.Config{Storage: redisStorage{}}) // not reported: a shared Storage
}

// A record per client that holds its limiter, created on the request
// path.
type visitor struct {
	limiter  *rate.Limiter
	lastSeen time.Time
}

var visitors = map[string]*visitor{}

func getVisitor(ip string) *rate.Limiter {
	mu.Lock()
	defer mu.Unlock()
	v, ok := visitors[ip]
	if !ok {
		v = &visitor{limiter: rate.NewLimiter(1, 3)}
		visitors[ip] = v // want `rate limit counted in process memory \(a \*visitor per key in visitors, whose limiter is a rate.Limiter\)`
	}
	v.lastSeen = time.Now()
	return v.limiter
}

func Limit(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !getVisitor(r.RemoteAddr).Allow() {
			http.Error(w, "too many requests", http.StatusTooManyRequests)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// An upstream the service calls, each paced by its own limiter.
type upstream struct {
	url     string
	limiter rate.Limiter
}

var upstreams = map[string]*upstream{}

// not reported: the records are made at start-up, one per configured
// upstream: they pace the service's own calls
func Configure(urls map[string]string) {
	for name, u := range urls {
		upstreams[name] = &upstream{url: u, limiter: *rate.NewLimiter(5, 1)}
	}
}

// A record per client with no limiter in it.
type session struct {
	lastSeen time.Time
}

var sessions = map[string]*session{}

// not reported: the record per client holds no limiter
func Touch(w http.ResponseWriter, r *http.Request) {
	mu.Lock()
	sessions[r.RemoteAddr] = &session{lastSeen: time.Now()}
	mu.Unlock()
}
