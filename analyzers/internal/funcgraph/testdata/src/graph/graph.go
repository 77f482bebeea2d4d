package graph

import (
	"errors"
	"io"
	"time"
)

func work(int) error { return nil }

type T struct{}

func (T) work(int) error { return nil }

func loops(ids []int, ch chan int, m map[string]int) {
	work(0) // want `in=loops target=work loop=false escapes=false`
	for _, id := range ids {
		work(id) // want `in=loops target=work loop=true escapes=false`
	}
	for i := 0; i < len(ids); i++ {
		work(i) // want `in=loops target=work loop=true escapes=false`
	}
	for range m {
		T{}.work(1) // want `in=loops target=T.work loop=true escapes=false`
	}
	for range list(work(1)) { // want `in=loops target=work loop=false escapes=false`
	}
	for i := work(2); i != nil; { // want `in=loops target=work loop=false escapes=false`
		break
	}
	for _, s := range []string{"a", "b"} { // a small constant literal
		work(len(s)) // want `in=loops target=work loop=false escapes=false`
	}
	for i := 0; i < 3; i++ { // a retry bound
		work(i) // want `in=loops target=work loop=false escapes=false`
	}
	for i := range 5 {
		work(i) // want `in=loops target=work loop=false escapes=false`
	}
	for v := range ch { // events
		work(v) // want `in=loops target=work loop=false escapes=false`
	}
	for { // retry
		if work(0) == nil { // want `in=loops target=work loop=false escapes=false`
			break
		}
		time.Sleep(time.Second)
	}
	for _, id := range ids { // ends on the first success
		if err := work(id); err == nil { // want `in=loops target=work loop=false escapes=false`
			return
		}
	}
	for _, id := range ids { // ends after the call
		work(id) // want `in=loops target=work loop=false escapes=false`
		break
	}
	for _, id := range ids { // an error exit does not end the loop on success
		if err := work(id); err != nil { // want `in=loops target=work loop=true escapes=false`
			return
		}
	}
	for _, id := range ids { // a break that leaves the inner switch only
		work(id) // want `in=loops target=work loop=true escapes=false`
		switch id {
		case 1:
			break
		}
	}
	for _, a := range ids { // the outer loop repeats when the inner one is exempt
		for _, b := range []int{1, 2} {
			work(a + b) // want `in=loops target=work loop=true escapes=false`
		}
	}
}

func values(ids []int) func() {
	f := func() { work(1) } // want `in=values target=values.func1 loop=false escapes=false` `in=values.func1 target=work loop=false escapes=false`
	f()
	for _, id := range ids {
		go func() { // want `in=values target=values.func2 loop=true escapes=false`
			work(id) // want `in=values.func2 target=work loop=false escapes=false`
		}()
	}
	apply(work) // want `in=values target=work loop=false escapes=false`
	var t T
	apply(t.work)    // want `in=values target=T.work loop=false escapes=false`
	holder.fn = work // want `in=values target=work loop=false escapes=true`
	return func() {  // want `in=values target=values.func3 loop=false escapes=true`
		func() { // want `in=values.func3 target=values.func3.1 loop=false escapes=false`
			work(2) // want `in=values.func3.1 target=work loop=false escapes=false`
		}()
	}
}

func list(error) []int { return nil }

var holder struct{ fn func(int) error }

func apply(f func(int) error) { f(0) }

// Interface calls resolve to the only implementation in the package.
type worker interface{ work(int) error }

func viaInterface(w worker) {
	w.work(1) // want `in=viaInterface target=T.work loop=false escapes=false`
}

type other interface{ work2() }

type A struct{}
type B struct{}

func (A) work2() {}
func (B) work2() {}

func ambiguous(o other) {
	o.work2()
}

// Loops that drain a source repeat per page or record.
func drain(r interface{ Read() ([]int, error) }) {
	offset := 0
	for {
		work(offset) // want `in=drain target=work loop=true escapes=false`
		page, _ := r.Read()
		if len(page) == 0 {
			break
		}
		offset += len(page)
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		work(len(rec)) // want `in=drain target=work loop=true escapes=false`
	}
	for {
		_, err := r.Read()
		if errors.Is(err, io.EOF) {
			return
		}
		work(1) // want `in=drain target=work loop=true escapes=false`
	}
}

// Not draining: an event loop with a select, a read loop that ends on
// any error (a websocket's), and a retry loop.
func notDrain(r interface{ Read() ([]int, error) }, ch chan int, done chan struct{}) {
	for {
		select {
		case <-done:
			return
		case v := <-ch:
			work(v) // want `in=notDrain target=work loop=false escapes=false`
		}
	}
}

func readLoop(r interface{ Read() ([]int, error) }) {
	for {
		_, err := r.Read()
		if err != nil {
			return
		}
		work(1) // want `in=readLoop target=work loop=false escapes=false`
	}
}

func drainEvents(r interface{ Read() ([]int, error) }, ch chan []int) {
	for {
		page := <-ch
		if len(page) == 0 {
			return
		}
		work(1) // want `in=drainEvents target=work loop=false escapes=false`
	}
}

// A closure handed to a timer runs later, not in the caller.
func later() {
	time.AfterFunc(time.Second, func() { // want `in=later target=later.func1 loop=false escapes=true`
		work(1) // want `in=later.func1 target=work loop=false escapes=false`
	})
}

// Function values called through variables and fields, and callbacks
// called in a loop by the function they are passed to.
type repo struct{}

func (repo) work(string) error { return nil } // not a worker: another signature

type svc struct {
	lookup func(string) error
}

func newSvc(r repo) *svc { return &svc{lookup: r.work} } // want `in=newSvc target=repo.work loop=false escapes=true`

func (s *svc) all(ids []string) {
	for _, id := range ids {
		s.lookup(id) // want `in=svc.all target=repo.work loop=true escapes=false`
	}
}

func methodValue(r repo, ids []string) {
	get := r.work // want `in=methodValue target=repo.work loop=false escapes=true`
	for _, id := range ids {
		get(id) // want `in=methodValue target=repo.work loop=true escapes=false`
	}
}

func reassigned(r repo, ids []string, other func(string) error) {
	get := r.work // want `in=reassigned target=repo.work loop=false escapes=false`
	if len(ids) > 3 {
		get = other
	}
	for _, id := range ids {
		get(id) // not resolved: two different functions
	}
}

func forEach(ids []int, fn func(int)) {
	for _, id := range ids {
		fn(id)
	}
}

func callbacks(ids []int) {
	forEach(ids, func(id int) { // want `in=callbacks target=callbacks.func1 loop=true escapes=false loopin=forEach`
		work(id) // want `in=callbacks.func1 target=work loop=false escapes=false`
	})
	apply(func(id int) error { return nil }) // want `in=callbacks target=callbacks.func2 loop=false escapes=false`
}

// The same through a method: its parameters count after the receiver.
func (repo) each(ids []int, fn func(int)) {
	for _, id := range ids {
		fn(id)
	}
}

func methodCallbacks(r repo, ids []int) {
	r.each(ids, func(id int) { // want `in=methodCallbacks target=methodCallbacks.func1 loop=true escapes=false loopin=repo.each`
		work(id) // want `in=methodCallbacks.func1 target=work loop=false escapes=false`
	})
}

// A loop that fills a slice by whole pages up to a count runs once per
// page, not once per element; one that adds an element per iteration
// is a loop per element.
func pages(n int) []int {
	var out []int
	for len(out) < n && n > 0 {
		work(len(out)) // want `in=pages target=work loop=false escapes=false`
		out = append(out, []int{1, 2}...)
	}
	var each []int
	for len(each) < n {
		work(len(each)) // want `in=pages target=work loop=true escapes=false`
		each = append(each, 1)
	}
	var paren []int
	for (len(paren)) < n {
		work(len(paren)) // want `in=pages target=work loop=false escapes=false`
		paren = append(paren, out...)
	}
	return append(out, each...)
}
