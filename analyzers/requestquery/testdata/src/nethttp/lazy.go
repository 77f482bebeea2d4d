package nethttp

import "net/http"

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
