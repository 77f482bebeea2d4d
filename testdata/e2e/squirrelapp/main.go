// Command squirrelapp is a net/http service that builds its SQL with
// squirrel and runs it on database/sql.
package main

import (
	"database/sql"
	"log"
	"net/http"

	sq "github.com/Masterminds/squirrel"
)

type server struct{ db *sql.DB }

// names reads each requested user's name with one query per id.
func (s *server) names(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	for _, id := range r.URL.Query()["id"] {
		var name string
		sq.Select("name").From("users").Where(sq.Eq{"id": id}).RunWith(s.db).QueryRowContext(ctx).Scan(&name) // want requestquery
		w.Write([]byte(name))
	}
}

// namesBatched is the fix of names: one IN (...) for every id.
func (s *server) namesBatched(w http.ResponseWriter, r *http.Request) {
	// not reported: sq.Eq with a slice is one IN (...)
	rows, err := sq.Select("name").From("users").Where(sq.Eq{"id": r.URL.Query()["id"]}).RunWith(s.db).QueryContext(r.Context())
	if err == nil {
		rows.Close()
	}
}

// flags reads whether the beta flag is on, the same row for every
// request, and the flag the request names.
func (s *server) flags(w http.ResponseWriter, r *http.Request) {
	var beta, asked bool
	sq.Select("enabled").From("flags").Where(sq.Eq{"name": "beta"}).RunWith(s.db).QueryRowContext(r.Context()).Scan(&beta)               // want missingcache
	sq.Select("enabled").From("flags").Where(sq.Eq{"name": r.FormValue("flag")}).RunWith(s.db).QueryRowContext(r.Context()).Scan(&asked) // not reported: the request's flag
	if beta && asked {
		w.Write([]byte("on"))
	}
}

// audit reads the whole audit log.
func (s *server) audit(w http.ResponseWriter, r *http.Request) {
	rows, err := sq.Select("*").From("audit_log").RunWith(s.db).QueryContext(r.Context()) // want requestquery
	if err == nil {
		rows.Close()
	}
}

func main() {
	db, err := sql.Open("postgres", "")
	if err != nil {
		log.Fatal(err)
	}
	s := &server{db: db}
	http.HandleFunc("/names", s.names)
	http.HandleFunc("/names/batched", s.namesBatched)
	http.HandleFunc("/audit", s.audit)
	http.HandleFunc("/flags", s.flags)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
