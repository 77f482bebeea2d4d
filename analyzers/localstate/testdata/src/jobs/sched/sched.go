package sched

import "github.com/robfig/cron/v3"

var c = cron.New()

// Schedule hands f on to the process's scheduler.
func Schedule(spec string, f func()) error {
	_, err := c.AddFunc(spec, f)
	return err
}

// Every hands f on through Schedule.
func Every(d string, f func()) error {
	return Schedule("@every "+d, f)
}

type FuncJob func()

func (f FuncJob) Run() { f() }

type Runner struct{ c *cron.Cron }

// Add hands cmd on as a Job, converted.
func (r *Runner) Add(spec string, cmd func()) {
	r.c.AddJob(spec, FuncJob(cmd))
}

// not reported: Now runs f at once
func Now(f func()) { f() }

// Scheduler is the process's scheduler behind an interface, its
// cron-backed type unexported.
type Scheduler interface {
	Add(spec string, cmd func()) (int, error)
	Defer(cmd func())
}

type scheduler struct{ c *cron.Cron }

func (s *scheduler) Add(spec string, cmd func()) (int, error) {
	id, err := s.c.AddFunc(spec, cmd)
	return int(id), err
}

// Defer runs cmd at once.
func (s *scheduler) Defer(cmd func()) { cmd() }

var instance Scheduler = &scheduler{c: cron.New()}

func GetInstance() Scheduler { return instance }
