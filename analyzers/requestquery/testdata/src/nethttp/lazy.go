package nethttp

import (
	"net/http"
	"sync"
)

// A lazy getter reads the whole table once per process: not per
// request.
var countries []string

func allCountries() []string {
	if countries != nil {
		return countries
	}
	rows, _ := db.Query("SELECT name FROM countries") // not reported: after the guard of a lazy getter, once per process
	defer rows.Close()
	var out []string
	for rows.Next() {
		var name string
		rows.Scan(&name)
		out = append(out, name)
	}
	countries = out
	return countries
}

func Countries(w http.ResponseWriter, r *http.Request) {
	for _, c := range allCountries() {
		w.Write([]byte(c))
	}
}

// The look-alike: the same read, kept in a local, runs per request.
func CountriesEveryTime(w http.ResponseWriter, r *http.Request) {
	rows, _ := db.Query("SELECT name FROM countries") // want `query "SELECT name FROM countries" reads the whole table`
	defer rows.Close()
}

// Work handed to a package-level sync.Once runs once per process, in
// whichever request comes first.
var (
	keyOnce sync.Once
	keys    = struct{ once sync.Once }{}
)

func rotateKeys() {
	rows, _ := db.Query("SELECT id FROM users WHERE key_version < 2")
	for rows.Next() {
		var id int
		rows.Scan(&id)
		db.Exec("UPDATE users SET key_version = 2 WHERE id = $1", id) // want `writes once per iteration of this loop on the request path of LoginEveryTime \([^)]*writes instead of 1\);`
	}
}

func Login(w http.ResponseWriter, r *http.Request) {
	keyOnce.Do(rotateKeys) // not reported: a package-level Once runs it once per process
	keys.once.Do(func() {
		rotateKeys() // not reported: a Once in a long-lived struct
	})
	get := sync.OnceValue(func() int {
		rows, _ := db.Query("SELECT id FROM users WHERE key_version < 2")
		n := 0
		for rows.Next() {
			db.Exec("UPDATE users SET key_version = 2 WHERE id = $1", n) // not reported: OnceValue's function runs when its result is first called
			n++
		}
		return n
	})
	_ = get
}

// The look-alike: a Once declared in the handler is new on every
// request, so the work inside runs once per request.
func LoginEveryTime(w http.ResponseWriter, r *http.Request) {
	var once sync.Once
	once.Do(func() {
		rotateKeys() // the write loop of rotateKeys, reported there for this handler only
	})
}
