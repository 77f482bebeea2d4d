// Command scsapp uses alexedwards/scs session managers.
package main

import (
	"net/http"
	"time"

	"github.com/alexedwards/scs/v2"
	"github.com/alexedwards/scs/v2/memstore"
)

// sqlStore stands for a shared store (postgresstore, redisstore).
type sqlStore struct{}

func (sqlStore) Find(token string) ([]byte, bool, error)               { return nil, false, nil }
func (sqlStore) Commit(token string, b []byte, expiry time.Time) error { return nil }
func (sqlStore) Delete(token string) error                             { return nil }

var manager *scs.SessionManager

func put(w http.ResponseWriter, r *http.Request) {
	manager.Put(r.Context(), "user", r.FormValue("user")) // not reported: the library's session
}

func main() {
	manager = scs.New() // want sessionmap
	shared := scs.New() // not reported: its Store is set below
	shared.Store = sqlStore{}
	cleaned := memstore.NewWithCleanupInterval(time.Minute) // want sessionmap
	_ = cleaned
	mux := http.NewServeMux()
	mux.HandleFunc("/put", put)
	http.ListenAndServe(":8080", manager.LoadAndSave(shared.LoadAndSave(mux)))
}
