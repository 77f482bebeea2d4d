// Command server wires pg into the handlers.
package main

import (
	"database/sql"
	"net/http"

	"example.com/scalevet-golangci/sample/ifaces/pg"
	"example.com/scalevet-golangci/sample/ifaces/web"
)

func main() {
	db, _ := sql.Open("postgres", "")
	h := &web.Handler{Authors: &pg.Authors{DB: db}}
	c := &web.Cloud{Tags: &pg.Tags{DB: db}}
	http.HandleFunc("/posts", h.List)
	http.HandleFunc("/tags", c.Show)
	http.ListenAndServe(":8080", nil)
}
