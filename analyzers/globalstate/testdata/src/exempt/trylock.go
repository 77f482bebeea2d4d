package exempt

import (
	"net/http"
	"sync/atomic"
)

// Flags used as a lock: one job at a time in this process.
var (
	importing atomic.Bool
	exporting atomic.Int32
	seenOnce  atomic.Bool
)

func Import(w http.ResponseWriter, r *http.Request) {
	if !importing.CompareAndSwap(false, true) { // not reported: a try-lock, as a mutex is
		http.Error(w, "an import is running", http.StatusConflict)
		return
	}
	defer importing.Store(false) // not reported: its unlock
}

func Export(w http.ResponseWriter, r *http.Request) {
	if exporting.CompareAndSwap(0, 1) { // not reported: the same, running its body when it can
		defer exporting.Store(0)
	}
}

func Seen(w http.ResponseWriter, r *http.Request) {
	seenOnce.CompareAndSwap(false, true) // want `^handler Seen writes package-level variable seenOnce: it is synchronised`
}
