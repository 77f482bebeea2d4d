// Package sameline reaches two loops that are at store.go:8 in two
// packages: each is a place to fix, one finding each.
package sameline

import (
	"database/sql"
	"net/http"

	"sameline/a"
	"sameline/b"
)

var db *sql.DB

func A(w http.ResponseWriter, r *http.Request) {
	a.Load(db, nil) // want `^a\.Load runs a query once per iteration of its loop at store\.go:8 `
}

func B(w http.ResponseWriter, r *http.Request) {
	b.Load(db, nil) // want `^b\.Load runs a query once per iteration of its loop at store\.go:8 `
}
