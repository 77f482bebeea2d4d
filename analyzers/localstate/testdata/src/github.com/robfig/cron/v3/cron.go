// Package cron is a stub of github.com/robfig/cron/v3 for scalevet's analyzer tests: only the API shape matters.
package cron

// Cron keeps a list of jobs and runs them on their schedules.
type Cron struct{}

// EntryID identifies an entry.
type EntryID int

// Job is a job to run.
type Job interface{ Run() }

// New returns a new Cron.
func New() *Cron { return &Cron{} }

// AddFunc adds a func to run on the given schedule.
func (c *Cron) AddFunc(spec string, cmd func()) (EntryID, error) { return 0, nil }

// AddJob adds a Job to run on the given schedule.
func (c *Cron) AddJob(spec string, cmd Job) (EntryID, error) { return 0, nil }

// Start starts the scheduler.
func (c *Cron) Start() {}
