package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"golang.org/x/tools/go/packages"
)

// progressDelay is how long a run stays silent before it shows progress:
// a quick run prints nothing but its results.
const progressDelay = 3 * time.Second

// A progress line tells whoever waits at a terminal what a long run is
// doing: loading the packages, then analysing them, with the time spent.
// It is shown only when standard error is a terminal and the run has
// taken longer than progressDelay, and it is erased before the results
// are printed. In CI logs and pipes it prints nothing.
type progress struct {
	w     io.Writer
	delay time.Duration

	mu      sync.Mutex
	start   time.Time
	phase   string
	shown   bool
	stopped bool
	ticker  *time.Ticker
	quit    chan struct{}
}

// newProgress returns a progress line on w, which is silent unless w is
// a terminal.
func newProgress(w io.Writer) *progress {
	p := &progress{w: w, delay: progressDelay}
	if !isTerminal(w) {
		p.w = nil
	}
	return p
}

// isTerminal reports whether w is a character device, such as a
// terminal, rather than a file or a pipe.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// loading starts the line's clock in the loading phase.
func (p *progress) loading() {
	if p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.start, p.phase = time.Now(), "loading packages"
	p.ticker, p.quit = time.NewTicker(time.Second), make(chan struct{})
	go p.run(p.ticker, p.quit)
}

// analyzing moves the line to the analysis phase.
func (p *progress) analyzing(pkgs []*packages.Package) {
	if p.w == nil {
		return
	}
	n := 0
	packages.Visit(pkgs, nil, func(*packages.Package) { n++ })
	p.mu.Lock()
	defer p.mu.Unlock()
	p.phase = fmt.Sprintf("analysing %d packages (%d with dependencies)", len(pkgs), n)
	p.draw()
}

// done stops the line and erases it.
func (p *progress) done() {
	if p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stopped {
		return
	}
	p.stopped = true
	p.ticker.Stop()
	close(p.quit)
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

func (p *progress) run(t *time.Ticker, quit chan struct{}) {
	for {
		select {
		case <-t.C:
			p.mu.Lock()
			p.draw()
			p.mu.Unlock()
		case <-quit:
			return
		}
	}
}

// draw redraws the line if the run has been long enough; p.mu is held.
func (p *progress) draw() {
	elapsed := time.Since(p.start)
	if p.stopped || elapsed < p.delay {
		return
	}
	p.shown = true
	fmt.Fprintf(p.w, "\r\033[Kscalevet: %s… %ds", p.phase, int(elapsed.Seconds()))
}
