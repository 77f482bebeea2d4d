package jobs

import (
	"context"
	"database/sql"
	"net/http"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/robfig/cron/v3"

	"jobs/cache"
	"jobs/sched"
	"jobs/store"
)

type Server struct {
	cache *cache.Cache
	db    *sql.DB
	st    *store.Store
	count int
	hook  string
}

func (s *Server) sendReminders() {
	s.db.Exec("UPDATE reminders SET sent = true WHERE due < now()")
}

func (s *Server) refreshCount() {
	s.count, _ = s.st.Count()
}

func (s *Server) Start(c *cron.Cron) {
	c.AddFunc("@every 1m", s.sendReminders) // want `recurring job registered with cron.AddFunc writes to the database \(jobs.Server.sendReminders → \(\*sql.DB\).Exec at jobs.go:\d+\): every instance runs its own scheduler, so with N instances the job runs N times; run it in one place \(a leader lock, a job queue, or one scheduled job outside the web tier\)`
	c.AddFunc("@hourly", func() {           // want `recurring job registered with cron.AddFunc writes to the database`
		s.st.Purge()
	})
	c.AddFunc("@every 10s", func() { // want `recurring job registered with cron.AddFunc posts to another service`
		http.Post(s.hook, "text/plain", nil)
	})
	// not reported: the job only refreshes this instance's own copy of a count
	c.AddFunc("@every 10s", s.refreshCount)
	// not reported: time.AfterFunc runs once
	time.AfterFunc(time.Minute, s.sendReminders)
}

// GarbageCollect runs on a timer in every instance.
func (s *Server) GarbageCollect(ctx context.Context, every time.Duration) {
	go func() {
		for { // want `periodic job in Server.GarbageCollect.func1, a loop on a timer that writes to the database \(store.Store.Purge → \(\*sql.DB\).Exec at store.go:\d+\): every instance runs the loop on its own clock, so with N instances the job runs N times`
			select {
			case <-ctx.Done():
				return
			case <-time.After(every):
				s.st.Purge()
			}
		}
	}()
}

func (s *Server) Ticker() {
	t := time.NewTicker(time.Hour)
	for range t.C { // want `periodic job in Server.Ticker, a loop on a timer that writes to the database`
		s.sendReminders()
	}
}

func (s *Server) Sleeper() {
	for { // want `periodic job in Server.Sleeper, a loop on a timer that posts to another service`
		http.PostForm(s.hook, nil)
		time.Sleep(time.Minute)
	}
}

// not reported: a GET reads another service, for this instance's own view
func (s *Server) Poller() {
	for {
		http.Get(s.hook)
		time.Sleep(time.Minute)
	}
}

// not reported: a call whose HTTP method is not known here
func (s *Server) Doer(req *http.Request) {
	for range time.Tick(time.Minute) {
		http.DefaultClient.Do(req)
	}
}

// not reported: a timer loop that only reads, refreshing this instance's cache
func (s *Server) Refresher() {
	for range time.Tick(time.Minute) {
		s.refreshCount()
	}
}

// not reported: a consumer of work handed to this instance, no clock
func (s *Server) Consumer(ch <-chan string) {
	for {
		select {
		case v := <-ch:
			s.db.Exec("INSERT INTO events(v) VALUES (?)", v)
		}
	}
}

// not reported: a retry that sleeps between attempts
func (s *Server) Retry() {
	for i := 0; i < 3; i++ {
		if _, err := s.db.Exec("UPDATE jobs SET state = 'done'"); err == nil {
			return
		}
		time.Sleep(time.Second)
	}
}

// not reported: the job prunes this instance's own embedded database
// (the open is the finding)
func (s *Server) PruneCache() {
	for range time.Tick(time.Hour) {
		s.cache.Prune()
	}
}

// not reported: a loop that retries until its work is done
func (s *Server) Register(ctx context.Context) {
	go func() {
		for {
			if _, err := http.Post(s.hook, "text/plain", nil); err == nil {
				return
			}
			select {
			case <-ctx.Done():
				return
			case <-time.After(30 * time.Second):
			}
		}
	}()
}

// not reported: a loop that polls until the other side is ready
func (s *Server) WaitReady(ctx context.Context) error {
	for {
		resp, err := http.Get(s.hook)
		if err == nil && resp.StatusCode == http.StatusOK {
			break
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	return nil
}

// A stop check under an if is no success: still a schedule.
func (s *Server) Stoppable(ctx context.Context) {
	for { // want `periodic job in Server.Stoppable, a loop on a timer that writes to the database`
		if ctx.Err() != nil {
			return
		}
		s.st.Purge()
		time.Sleep(time.Minute)
	}
}

// A loop that gives up on an error is still a schedule while it works.
func (s *Server) GivesUp(stop chan struct{}) error {
	t := time.NewTicker(time.Minute)
	for { // want `periodic job in Server.GivesUp, a loop on a timer that writes to the database`
		select {
		case <-stop:
			return nil
		case <-t.C:
		}
		if err := s.st.Purge(); err != nil {
			return err
		}
	}
}

// Jobs registered through wrappers of the scheduler, in another package.
func (s *Server) Wrapped(r *sched.Runner) {
	sched.Schedule("@daily", func() { // want `recurring job registered with sched.Schedule writes to the database`
		s.st.Purge()
	})
	sched.Every("1h", s.sendReminders) // want `recurring job registered with sched.Every writes to the database`
	r.Add("@hourly", s.sendReminders)  // want `recurring job registered with sched.Add writes to the database`
	// not reported: run now, once
	sched.Now(s.sendReminders)
	si := sched.GetInstance()
	si.Add("@hourly", func() { // want `recurring job registered with sched.Add writes to the database`
		s.st.Purge()
	})
	// not reported: the implementation runs it once, now
	si.Defer(s.sendReminders)
}

// not reported: a keep-alive that pings the database on a timer stores
// nothing; every instance keeps its own connections alive
func (s *Server) KeepAlive() {
	t := time.NewTicker(30 * time.Second)
	for range t.C {
		s.db.Exec("SELECT 1")
	}
}

// deliverPending reads the pending rows and marks each one delivered: a
// loop that both queries and writes.
func (s *Server) deliverPending() {
	rows, _ := s.db.Query("SELECT id FROM outbox WHERE sent = false")
	defer rows.Close()
	for rows.Next() {
		var id int
		rows.Scan(&id)
		s.db.QueryRow("SELECT url FROM hooks WHERE id = $1", id)
		s.db.Exec("UPDATE outbox SET sent = true WHERE id = $1", id)
	}
}

// checkPending reads the pending rows and looks up each one's hook,
// storing nothing.
func (s *Server) checkPending() {
	rows, _ := s.db.Query("SELECT id FROM outbox WHERE sent = false")
	defer rows.Close()
	for rows.Next() {
		var id int
		rows.Scan(&id)
		s.db.QueryRow("SELECT url FROM hooks WHERE id = $1", id)
	}
}

func (s *Server) Outbox(ctx context.Context) {
	t := time.NewTicker(time.Minute)
	for { // want `periodic job in Server.Outbox, a loop on a timer that writes to the database \(in the loop at jobs.go:\d+, which also queries: jobs.Server.deliverPending → \(\*sql.DB\).QueryRow at jobs.go:\d+\)`
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			s.deliverPending()
		}
	}
}

// not reported: the loop of each row only reads
func (s *Server) OutboxCheck(ctx context.Context) {
	t := time.NewTicker(time.Minute)
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			s.checkPending()
		}
	}
}

// Jobs that take a lock every instance shares before their work: they
// already run in one place.
func (s *Server) Locked(c *cron.Cron, rdb *redis.Client) {
	// not reported: a transaction-scoped advisory lock, then the work
	c.AddFunc("@hourly", func() {
		tx, _ := s.db.Begin()
		var got bool
		tx.QueryRow("SELECT pg_try_advisory_xact_lock(42)").Scan(&got)
		if got {
			tx.Exec("DELETE FROM sessions WHERE expires_at < now()")
		}
		tx.Commit()
	})
	// not reported: the job claims the lock row when it has expired
	c.AddFunc("@daily", func() {
		res, _ := s.db.Exec(`INSERT INTO task_lock(name, until) VALUES('purge', now() + interval '1 hour')
			ON CONFLICT (name) DO UPDATE SET until = excluded.until WHERE task_lock.until < now()`)
		if n, _ := res.RowsAffected(); n == 1 {
			s.db.Exec("DELETE FROM events WHERE created_at < now() - interval '30 days'")
		}
	})
	// not reported: a key set with NX is taken by one instance
	c.AddFunc("@every 5m", func() {
		ctx := context.Background()
		if rdb.SetNX(ctx, "lock:digest", "1", 5*time.Minute).Val() {
			s.db.Exec("UPDATE digests SET sent = true WHERE sent = false")
		}
	})
	// reported: an upsert conditional on the row's state is no lock
	c.AddFunc("@every 2m", func() { // want `recurring job registered with cron.AddFunc writes to the database`
		s.db.Exec("INSERT INTO members(a, m, status) VALUES(1, 2, 'left') ON CONFLICT (a, m) DO UPDATE SET status = 'left' WHERE members.status <> 'left'")
	})
	// reported: an upsert that always wins takes no lock
	c.AddFunc("@every 1m", func() { // want `recurring job registered with cron.AddFunc writes to the database`
		s.db.Exec("INSERT INTO beats(name, at) VALUES('purge', now()) ON CONFLICT (name) DO UPDATE SET at = now()")
		s.db.Exec("DELETE FROM events WHERE created_at < now() - interval '30 days'")
	})
}

// not reported: each round claims its rows with SKIP LOCKED, so every
// instance works on other rows
func (s *Server) Claimer(ctx context.Context) {
	t := time.NewTicker(time.Second)
	for range t.C {
		rows, _ := s.db.Query("SELECT id FROM outbox WHERE sent = false ORDER BY id LIMIT 10 FOR UPDATE SKIP LOCKED")
		for rows.Next() {
			var id int
			rows.Scan(&id)
			s.db.Exec("UPDATE outbox SET sent = true WHERE id = $1", id)
		}
		rows.Close()
	}
}
