package forms

import (
	"net/http"
	"sync"
)

// A map that its writer caps is bounded: still per instance when
// synchronised, but it does not grow with traffic.
var (
	cappedMu sync.Mutex
	capped   = map[string]int{}
	full     = map[string]int{}
	uncapped = map[string]int{}
)

const maxCapped = 1000

func Capped(w http.ResponseWriter, r *http.Request) {
	cappedMu.Lock()
	defer cappedMu.Unlock()
	if len(capped) < maxCapped {
		capped[r.URL.Path]++ // want `^handler Capped writes package-level map capped: it is synchronised`
	}
}

func Full(w http.ResponseWriter, r *http.Request) {
	cappedMu.Lock()
	defer cappedMu.Unlock()
	if len(full) >= maxCapped {
		return
	}
	full[r.URL.Path] = 1 // want `^handler Full writes package-level map full: it is synchronised`
}

func Uncapped(w http.ResponseWriter, r *http.Request) {
	cappedMu.Lock()
	defer cappedMu.Unlock()
	if len(uncapped) > 0 { // a test for emptiness caps nothing
		uncapped["first"] = 0
	}
	uncapped[r.URL.Path] = 1 // want `^handler Uncapped grows package-level map uncapped and nothing ever removes its entries`
}
