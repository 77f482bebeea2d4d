// Command shop sees the handlers' pending calls again, through boot,
// and the package that settled them, through routes: not reported
// twice.
package main

import (
	"database/sql"
	"net/http"

	"example.com/shop/boot"
	"example.com/shop/cnt"
	"example.com/shop/routes"
)

func main() {
	db, _ := sql.Open("postgres", "")
	routes.Register(db, cnt.New()) // want `^the interface call store.Counter.Count at pg/pg.go:\d+ runs regexp.MustCompile of a constant pattern \(pg.Repo.Total → cnt.Counter.Count → regexp.MustCompile at cnt.go:\d+\) on every request of web.Handler.Total: `
	_ = boot.Fallback()
	http.ListenAndServe(":8080", nil)
}
