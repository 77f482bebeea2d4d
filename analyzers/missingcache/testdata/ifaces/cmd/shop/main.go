// Command shop sees the handlers' pending calls again, through boot,
// and the package that settled them, through routes: not reported
// twice.
package main

import (
	"database/sql"
	"net/http"

	"example.com/shop/boot"
	"example.com/shop/routes"
)

func main() {
	db, _ := sql.Open("postgres", "")
	routes.Register(db)
	_ = boot.Fallback()
	http.ListenAndServe(":8080", nil)
}
