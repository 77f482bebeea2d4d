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
	http.ListenAndServe(":8080", http.HandlerFunc(h.List))
}
