// Package worker runs the background jobs through repo.Sessions; it
// never imports an implementation.
package worker

import (
	"context"
	"time"

	"github.com/robfig/cron/v3"

	"jobs/expiry/repo"
)

type Worker struct {
	Sessions repo.Sessions
	count    int
}

func (w *Worker) Run(ctx context.Context) {
	t := time.NewTicker(time.Minute)
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			w.Sessions.DeleteExpired(ctx) // pending here; reported where sqlrepo is wired in
			w.Sessions.Touch(ctx)         // the same job: not reported again
		}
	}
}

func (w *Worker) Schedule(c *cron.Cron) {
	c.AddFunc("@hourly", func() {
		w.Sessions.DeleteExpired(context.Background()) // pending here too
	})
}

// Stats only reads: it refreshes this instance's own count.
func (w *Worker) Stats(ctx context.Context) {
	for range time.Tick(time.Minute) {
		w.count, _ = w.Sessions.Count(ctx)
	}
}

// Once deletes at start-up: no clock.
func (w *Worker) Once(ctx context.Context) {
	w.Sessions.DeleteExpired(ctx)
}
