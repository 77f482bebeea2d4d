// Command bunapp is a net/http service on bun (uptrace/bun) over
// PostgreSQL.
package main

import (
	"database/sql"
	"encoding/json"
	"log"
	"net/http"
	"os"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
	"github.com/uptrace/bun/driver/pgdriver"
)

type Book struct {
	ID       int64
	Title    string
	AuthorID int64
}

type Author struct {
	ID   int64
	Name string
}

type Setting struct {
	Key   string `bun:",pk"`
	Value string
}

type server struct{ db *bun.DB }

// theme reads the site's theme: the same row for every request.
func (s *server) theme(w http.ResponseWriter, r *http.Request) {
	var st Setting
	s.db.NewSelect().Model(&st).Where("key = ?", "theme").Scan(r.Context()) // want missingcache
	json.NewEncoder(w).Encode(st)
}

// setting reads the setting the request names.
func (s *server) setting(w http.ResponseWriter, r *http.Request) {
	var st Setting
	s.db.NewSelect().Model(&st).Where("key = ?", r.URL.Query().Get("key")).Scan(r.Context()) // not reported: the request's key
	json.NewEncoder(w).Encode(st)
}

// books lists the newest books and reads each author with its own
// query.
func (s *server) books(w http.ResponseWriter, r *http.Request) {
	var books []Book
	// Bounded (requestquery), but the same newest 20 for every request:
	// a cache serves them until the next insert.
	if err := s.db.NewSelect().Model(&books).Order("id DESC").Limit(20).Scan(r.Context()); err != nil { // want missingcache
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	authors := map[int64]string{}
	for _, b := range books {
		a := new(Author)
		if err := s.db.NewSelect().Model(a).Where("id = ?", b.AuthorID).Scan(r.Context()); err != nil { // want requestquery
			continue
		}
		authors[b.AuthorID] = a.Name
	}
	json.NewEncoder(w).Encode(authors)
}

// booksBatched is the fix of books: one query for all the authors.
func (s *server) booksBatched(w http.ResponseWriter, r *http.Request) {
	var books []Book
	// Bounded (requestquery), but the same newest 20 for every request:
	// a cache serves them until the next insert.
	if err := s.db.NewSelect().Model(&books).Order("id DESC").Limit(20).Scan(r.Context()); err != nil { // want missingcache
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	ids := make([]int64, 0, len(books))
	for _, b := range books {
		ids = append(ids, b.AuthorID)
	}
	var authors []Author
	s.db.NewSelect().Model(&authors).Where("id IN (?)", bun.In(ids)).Scan(r.Context()) // not reported: one query for all ids
	json.NewEncoder(w).Encode(authors)
}

// allAuthors reads the whole table.
func (s *server) allAuthors(w http.ResponseWriter, r *http.Request) {
	var authors []Author
	s.db.NewSelect().Model(&authors).Scan(r.Context()) // want requestquery
	json.NewEncoder(w).Encode(authors)
}

func main() {
	sqldb := sql.OpenDB(pgdriver.NewConnector(pgdriver.WithDSN(os.Getenv("DATABASE_URL"))))
	s := &server{db: bun.NewDB(sqldb, pgdialect.New())}
	http.HandleFunc("/books", s.books)
	http.HandleFunc("/v2/books", s.booksBatched)
	http.HandleFunc("/authors", s.allAuthors)
	http.HandleFunc("/theme", s.theme)
	http.HandleFunc("/setting", s.setting)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
