// Command legacyapp is a net/http service on gorm v1 (jinzhu/gorm) and
// xorm, the two ORMs of older services.
package main

import (
	"encoding/json"
	"log"
	"net/http"

	"github.com/jinzhu/gorm"
	"xorm.io/xorm"
)

// Author is a row of the authors table.
type Author struct {
	ID   int64
	Name string
}

// Book is a row of the books table.
type Book struct {
	ID       int64
	AuthorID int64
	Title    string
}

type api struct {
	g *gorm.DB
	x *xorm.Engine
}

// authors lists a page of authors with their books, one query per
// author through gorm v1.
func (a *api) authors(w http.ResponseWriter, r *http.Request) {
	var authors []Author
	a.g.Where("name LIKE ?", r.FormValue("q")+"%").Limit(50).Find(&authors)
	books := make(map[int64][]Book, len(authors))
	ids := make([]int64, 0, len(authors))
	for _, au := range authors {
		ids = append(ids, au.ID)
		var bs []Book
		a.g.Where("author_id = ?", au.ID).Find(&bs) // want requestquery
		books[au.ID] = bs
	}
	var all []Book
	a.g.Where("author_id IN (?)", ids).Find(&all) // not reported: one query for all authors
	_ = json.NewEncoder(w).Encode(books)
}

// books lists a page of books with their authors, one query per book
// through xorm, and copies them in one multi-row INSERT.
func (a *api) books(w http.ResponseWriter, r *http.Request) {
	var books []Book
	if err := a.x.Where("title LIKE ?", r.FormValue("q")+"%").Limit(50).Find(&books); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	authors := make([]Author, 0, len(books))
	for _, b := range books {
		var au Author
		if _, err := a.x.ID(b.AuthorID).Get(&au); err != nil { // want requestquery
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		authors = append(authors, au)
	}
	if _, err := a.x.Insert(&books); err != nil { // not reported: one multi-row INSERT, not xorm's loop over rows
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	_ = json.NewEncoder(w).Encode(authors)
}

// migrate syncs the schema on request. xorm's Sync loops over the
// table's columns and indexes inside the library: the library's own
// loops, not the service's (requestquery judges the loops the service
// writes).
func (a *api) migrate(w http.ResponseWriter, r *http.Request) {
	if err := a.x.Sync(new(Author), new(Book)); err != nil { // not reported: loops inside the ORM
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

func main() {
	g, err := gorm.Open("postgres", "dsn") // no driver: this module only has to compile
	if err != nil {
		log.Fatal(err)
	}
	x, err := xorm.NewEngine("postgres", "dsn")
	if err != nil {
		log.Fatal(err)
	}
	a := &api{g: g, x: x}
	http.HandleFunc("/authors", a.authors)
	http.HandleFunc("/books", a.books)
	http.HandleFunc("/migrate", a.migrate)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
