// Command server wires the blog: the first package that sees both the
// handlers' interface calls and pg's implementations, so the N+1 in
// web.Handler.List is reported here, naming the loop to fix, and so is
// the recent-posts query that is the same for every visitor.
package main

import (
	"database/sql"
	"log"
	"net/http"

	"github.com/go-chi/chi/v5"

	"example.com/e2e/ifaceapp/pg"
	"example.com/e2e/ifaceapp/web"
)

func main() {
	db, err := sql.Open("postgres", "")
	if err != nil {
		log.Fatal(err)
	}
	h := &web.Handler{
		Posts:   &pg.Posts{DB: db},   // want missingcache
		Authors: &pg.Authors{DB: db}, // want requestquery
	}
	r := chi.NewRouter()
	h.Routes(r)
	log.Fatal(http.ListenAndServe(":8080", r))
}
