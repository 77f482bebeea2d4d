package graph

import (
	"time"

	"workers"
)

type poller struct{ stop chan struct{} }

// work runs until stopped: a background worker.
func (p poller) work() error {
	for {
		select {
		case <-p.stop:
			return nil
		case <-time.After(time.Second):
		}
	}
}

type ticking struct{}

func (ticking) work() error {
	for range time.Tick(time.Minute) {
	}
	return nil
}

type sleeper struct{}

func (sleeper) work() error {
Loop:
	for {
		time.Sleep(time.Second)
		break Loop
	}
	return nil
}

type drainer struct{ n int }

// work loops with no condition but never waits: not a worker.
func (d drainer) work() error {
	for {
		if d.n == 0 {
			return nil
		}
		d.n--
	}
}

func startWorkers(stop chan struct{}, jobs chan int) {
	go poller{stop}.work() // want `in=startWorkers target=poller.work loop=false escapes=true`
	go ticking{}.work()    // want `in=startWorkers target=ticking.work loop=false escapes=true`
	go sleeper{}.work()    // want `in=startWorkers target=sleeper.work loop=false escapes=true`
	go drainer{3}.work()   // want `in=startWorkers target=drainer.work loop=false escapes=false`
	poller{stop}.work()    // want `in=startWorkers target=poller.work loop=false escapes=false`
	go workers.Poll(stop)  // want `in=startWorkers target=- loop=false escapes=true`
	go workers.Drain(3)    // want `in=startWorkers target=- loop=false escapes=false`
	go func() {            // want `in=startWorkers target=startWorkers.func1 loop=false escapes=true`
		for {
			work(<-jobs) // want `in=startWorkers.func1 target=work loop=false escapes=false`
		}
	}()
	go func() { // want `in=startWorkers target=startWorkers.func2 loop=false escapes=false`
		for i := range 3 {
			work(i) // want `in=startWorkers.func2 target=work loop=false escapes=false`
		}
	}()
}
