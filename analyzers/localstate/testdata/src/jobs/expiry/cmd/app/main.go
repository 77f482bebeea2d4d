// Command app wires the workers to the shared database: the first
// package that sees both the jobs' interface calls and sqlrepo's
// implementation.
package main

import (
	"context"
	"database/sql"

	"github.com/robfig/cron/v3"

	"jobs/expiry/sqlrepo"
	"jobs/expiry/worker"
)

func main() {
	db, _ := sql.Open("postgres", "")
	w := &worker.Worker{
		Sessions: &sqlrepo.Sessions{DB: db}, // want `^recurring job worker.Worker.Run \(a loop on a timer\) writes to the database through the interface call repo.Sessions.DeleteExpired at worker/worker.go:\d+ \(worker.Worker.Run → sqlrepo.Sessions.DeleteExpired → \(\*sql.DB\).ExecContext at sqlrepo.go:\d+\): every instance runs its own copy of the job, so with N instances the job runs N times` `^recurring job worker.Worker.Schedule.func1 \(registered with cron.AddFunc\) writes to the database through the interface call repo.Sessions.DeleteExpired`
	}
	go w.Run(context.Background())
	w.Schedule(cron.New())
	go w.Stats(context.Background())
	w.Once(context.Background())
}
