// Package scratch keeps per-transaction scratch state in package-level
// maps keyed by the transaction: state no other request or instance
// sees, unlike a map keyed by a user's name or one a broadcast ranges
// over.
package scratch

import (
	"database/sql"
	"net/http"
	"sync"

	"scratch/events"
)

var db *sql.DB

func Create(w http.ResponseWriter, r *http.Request) {
	tx, err := db.Begin()
	if err != nil {
		return
	}
	defer events.Cleanup(tx)                        // not reported: the transaction's own entry
	events.OnCommit(tx, events.Event{Name: "made"}) // not reported: keyed by the transaction
	note(tx, "made")                                // not reported: keyed by the transaction
	mark(tx)                                        // not reported: keyed by the transaction
	defer unmark(tx)
	defer forget(tx)
	if tx.Commit() == nil {
		_ = events.Dispatch(tx) // not reported: keyed by the transaction
	}
}

func Remember(w http.ResponseWriter, r *http.Request) {
	events.OnCommit(r.FormValue("user"), events.Event{Name: "seen"}) // want `handler Remember writes package-level map events.pending \(Remember → events.OnCommit\): it is synchronised`
}

func Flag(w http.ResponseWriter, r *http.Request) {
	mark(r.FormValue("id")) // reported in mark: keyed by request data
}

func Subscribe(w http.ResponseWriter, r *http.Request) {
	events.Listen(r, func(events.Event) {}) // want `handler Subscribe writes package-level map events.listeners \(Subscribe → events.Listen\): it is synchronised`
	defer events.Unlisten(r)
	<-r.Context().Done()
}

var (
	txMu    sync.Mutex
	txNotes = map[*sql.Tx][]string{}
)

func note(tx *sql.Tx, s string) {
	txMu.Lock()
	txNotes[tx] = append(txNotes[tx], s)
	txMu.Unlock()
}

func forget(tx *sql.Tx) {
	txMu.Lock()
	delete(txNotes, tx)
	txMu.Unlock()
}

var byKey sync.Map

func mark(key any)   { byKey.Store(key, true) } // want `handler Flag writes package-level map byKey \(Flag → mark\): it is synchronised`
func unmark(key any) { byKey.Delete(key) }
