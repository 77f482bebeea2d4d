// Command gopgapp is a net/http service on go-pg v10.
package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"

	"github.com/go-pg/pg/v10"
)

type Story struct {
	ID       int64
	Title    string
	AuthorID int64
}

type Author struct {
	ID   int64
	Name string
}

type Setting struct {
	Key   string `pg:",pk"`
	Value string
}

type server struct{ db *pg.DB }

// theme reads the site's theme: the same row for every request.
func (s *server) theme(w http.ResponseWriter, r *http.Request) {
	var st Setting
	s.db.Model(&st).Where("key = ?", "theme").Select() // want missingcache
	json.NewEncoder(w).Encode(st)
}

// setting reads the setting the request names, by its primary key.
func (s *server) setting(w http.ResponseWriter, r *http.Request) {
	st := &Setting{Key: r.URL.Query().Get("key")}
	s.db.Model(st).WherePK().Select() // not reported: the key the request names, in the model
	json.NewEncoder(w).Encode(st)
}

// stories lists the newest stories and reads each author with its own
// query.
func (s *server) stories(w http.ResponseWriter, r *http.Request) {
	var stories []Story
	// Bounded (requestquery), but the same newest 20 for every request:
	// a cache serves them until the next insert.
	if err := s.db.Model(&stories).Order("id DESC").Limit(20).Select(); err != nil { // want missingcache
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	names := map[int64]string{}
	for _, st := range stories {
		a := &Author{ID: st.AuthorID}
		if err := s.db.Model(a).WherePK().Select(); err != nil { // want requestquery
			continue
		}
		names[a.ID] = a.Name
	}
	json.NewEncoder(w).Encode(names)
}

// storiesBatched is the fix of stories: one query for all the authors.
func (s *server) storiesBatched(w http.ResponseWriter, r *http.Request) {
	var stories []Story
	// Bounded (requestquery), but the same newest 20 for every request:
	// a cache serves them until the next insert.
	if err := s.db.Model(&stories).Order("id DESC").Limit(20).Select(); err != nil { // want missingcache
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	ids := make([]int64, 0, len(stories))
	for _, st := range stories {
		ids = append(ids, st.AuthorID)
	}
	var authors []Author
	s.db.Model(&authors).Where("id IN (?)", pg.In(ids)).Select() // not reported: one query for all ids
	json.NewEncoder(w).Encode(authors)
}

// allAuthors reads the whole table.
func (s *server) allAuthors(w http.ResponseWriter, r *http.Request) {
	var authors []Author
	s.db.Model(&authors).Select() // want requestquery
	json.NewEncoder(w).Encode(authors)
}

func main() {
	s := &server{db: pg.Connect(&pg.Options{Addr: os.Getenv("PG_ADDR")})}
	http.HandleFunc("/stories", s.stories)
	http.HandleFunc("/v2/stories", s.storiesBatched)
	http.HandleFunc("/authors", s.allAuthors)
	http.HandleFunc("/theme", s.theme)
	http.HandleFunc("/setting", s.setting)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
