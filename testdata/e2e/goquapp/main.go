// Command goquapp is a net/http service on goqu (the real
// github.com/doug-martin/goqu/v9) over database/sql.
package main

import (
	"database/sql"
	"encoding/json"
	"log"
	"net/http"

	"github.com/doug-martin/goqu/v9"
)

type user struct {
	ID   int64  `db:"id"`
	Name string `db:"name"`
}

type app struct{ db *goqu.Database }

// Users reads each requested user with a query of its own, and every
// user for the count.
func (a *app) Users(w http.ResponseWriter, r *http.Request) {
	var ids []int64
	json.NewDecoder(r.Body).Decode(&ids)
	var out []user
	for _, id := range ids {
		var u user
		if found, _ := a.db.From("users").Where(goqu.Ex{"id": id}).ScanStruct(&u); found { // want requestquery
			out = append(out, u)
		}
	}
	a.db.From("users").Where(goqu.Ex{"id": ids}).ScanStructs(&out) // not reported: one IN for every id
	var all []user
	a.db.From("users").ScanStructs(&all) // want requestquery
	json.NewEncoder(w).Encode(out)
}

// Admin reads the administrator's row, the same for every request, and
// the row of the user the request names.
func (a *app) Admin(w http.ResponseWriter, r *http.Request) {
	var admin, u user
	a.db.From("users").Where(goqu.C("name").Eq("admin")).ScanStruct(&admin)         // want missingcache
	a.db.From("users").Where(goqu.C("name").Eq(r.FormValue("name"))).ScanStruct(&u) // not reported: the request's name
	json.NewEncoder(w).Encode([]user{admin, u})
}

// Import writes the posted users one INSERT at a time, then all of
// them in one.
func (a *app) Import(w http.ResponseWriter, r *http.Request) {
	var us []user
	json.NewDecoder(r.Body).Decode(&us)
	for _, u := range us {
		a.db.Insert("users").Rows(u).Executor().Exec() // want requestquery
	}
	a.db.Insert("users").Rows(us).Executor().Exec() // not reported: one multi-row INSERT
}

func main() {
	sqlDB, err := sql.Open("postgres", "") // no driver: this module only has to compile
	if err != nil {
		log.Fatal(err)
	}
	a := &app{db: goqu.New("postgres", sqlDB)}
	http.HandleFunc("/users", a.Users)
	http.HandleFunc("/import", a.Import)
	http.HandleFunc("/admin", a.Admin)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
