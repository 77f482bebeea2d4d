// Package types keeps registries keyed by the program's types: a fixed
// set, however many requests fill them.
package types

import (
	"net/http"
	"reflect"
	"sync"
)

var (
	infos   sync.Map // reflect.Type → int
	mu      sync.Mutex
	byType  = map[reflect.Type]int{}
	byName  = map[string][]string{}
	byInput = map[string]int{}
)

func fields(v any) int {
	t := reflect.TypeOf(v)
	mu.Lock()
	defer mu.Unlock()
	if n, ok := byType[t]; ok {
		return n
	}
	byType[t] = t.NumMethod() // not reported: keyed by a type
	return byType[t]
}

func info(v any) int {
	t := reflect.TypeOf(v)
	if n, ok := infos.Load(t); ok {
		return n.(int)
	}
	n, _ := infos.LoadOrStore(t, t.NumMethod()) // not reported: keyed by a type
	return n.(int)
}

func register(v any) {
	name := reflect.TypeOf(v).Elem().String()
	columns(name)
}

func columns(name string) {
	mu.Lock()
	defer mu.Unlock()
	if byName[name] != nil {
		return
	}
	byName[name] = []string{"id"} // not reported: the caller keys it by a type's name
}

func count(key string) {
	mu.Lock()
	defer mu.Unlock()
	byInput[key]++ // want `handler Save grows package-level map byInput \(Save → count\) and nothing ever removes its entries`
}

type user struct{}

func Save(w http.ResponseWriter, r *http.Request) {
	fields(user{})
	info(user{})
	register(&user{})
	count(r.FormValue("k"))
}

var (
	lmu  sync.Mutex
	seen = map[string]bool{}
	last string
	prev string
)

// remember unlocks early only on the branch that returns: the write
// after it is still under the lock.
func remember(k string) {
	lmu.Lock()
	if seen[k] {
		lmu.Unlock()
		return
	}
	last = k // want `handler Remember writes package-level variable last \(Remember → remember\): it is synchronised`
	lmu.Unlock()
}

// forget unlocks before its write.
func forget(k string) {
	lmu.Lock()
	if !seen[k] {
		lmu.Unlock()
		return
	}
	lmu.Unlock()
	prev = k // want `handler Remember writes package-level variable prev \(Remember → forget\) with no lock`
}

func Remember(w http.ResponseWriter, r *http.Request) {
	remember(r.FormValue("k"))
	forget(r.FormValue("k"))
}
