package embedded

import "database/sql"

// OpenPools opens one file twice, a writer pool and a reader pool: one
// embedded database, one finding.
func OpenPools(path string) (w, r *sql.DB, err error) {
	w, err = sql.Open("sqlite3", path) // want `embedded database opened \(sql.Open with driver "sqlite3"\)`
	if err != nil {
		return nil, nil, err
	}
	r, err = sql.Open("sqlite3", path) // not reported: the same open as above
	return w, r, err
}

// OpenTwo opens two files: two databases, two findings.
func OpenTwo() (a, b *sql.DB) {
	a, _ = sql.Open("sqlite3", "a.db") // want `embedded database opened \(sql.Open with driver "sqlite3"\)`
	b, _ = sql.Open("sqlite3", "b.db") // want `embedded database opened \(sql.Open with driver "sqlite3"\)`
	return a, b
}
