// Package localstate is a service that keeps state on its own machine:
// an embedded database (package embedded), a cron job and a timer loop that every instance
// runs, and rate limits counted in memory (real robfig/cron, bbolt,
// httprate and x/time/rate).
package localstate

import (
	"context"
	"database/sql"
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/go-chi/httprate"
	"github.com/robfig/cron/v3"
	bolt "go.etcd.io/bbolt"
	"golang.org/x/time/rate"

	"example.com/e2e/localstate/embedded"
)

type Service struct {
	db    *sql.DB
	kv    *bolt.DB
	mu    sync.Mutex
	perIP map[string]*rate.Limiter
	total int
}

func Open(ctx context.Context) (*Service, error) {
	// not reported: a database server
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		return nil, err
	}
	_, kv, err := embedded.Open()
	if err != nil {
		return nil, err
	}
	s := &Service{db: db, kv: kv, perIP: map[string]*rate.Limiter{}}
	c := cron.New()
	c.AddFunc("@hourly", s.purge) // want localstate
	// not reported: the job only reads, for this instance's own log
	c.AddFunc("@every 1m", s.count)
	c.Start()
	go s.remind(ctx)
	return s, nil
}

func (s *Service) purge() {
	s.db.Exec("DELETE FROM sessions WHERE expires_at < datetime('now')")
}

func (s *Service) count() {
	s.db.QueryRow("SELECT count(*) FROM sessions").Scan(&s.total)
}

func (s *Service) remind(ctx context.Context) {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for { // want localstate
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			http.Post("https://mail.example.com/send", "application/json", nil)
		}
	}
}

func (s *Service) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", s.login)
	return httprate.LimitByIP(10, time.Minute)(mux) // want localstate
}

func (s *Service) login(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	l, ok := s.perIP[r.RemoteAddr]
	if !ok {
		l = rate.NewLimiter(1, 3)
		s.perIP[r.RemoteAddr] = l // want localstate
	}
	s.mu.Unlock()
	if !l.Allow() {
		http.Error(w, "slow down", http.StatusTooManyRequests)
	}
}
