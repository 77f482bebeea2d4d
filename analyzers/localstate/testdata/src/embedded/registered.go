package embedded

import (
	"database/sql"
	"os"
	"testing"

	"github.com/lib/pq"
	"github.com/mattn/go-sqlite3"
)

var (
	Dialect = "sqlite3"
	Driver  = Dialect + "_custom"
)

// OpenRegistered registers SQLite's driver under a name of its own, to
// hook every connection, and opens it by that name.
func OpenRegistered() (*sql.DB, error) {
	sql.Register(Driver, &sqlite3.SQLiteDriver{ConnectHook: func(*sqlite3.SQLiteConn) error { return nil }})
	return sql.Open(Driver, "data.db") // want `embedded database opened \(sql.Open with driver Driver, registered for SQLite\)`
}

const search = "sqlite3_search"

func init() {
	sql.Register(search, &sqlite3.SQLiteDriver{Extensions: []string{"fts5"}})
}

func OpenSearch() (*sql.DB, error) {
	return sql.Open("sqlite3_search", "search.db") // want `embedded database opened \(sql.Open with driver "sqlite3_search"\)`
}

const traced = "postgres_traced"

// not reported: a database server's driver, registered under a name of
// its own
func OpenTraced() (*sql.DB, error) {
	sql.Register(traced, pq.Driver{})
	return sql.Open(traced, os.Getenv("DATABASE_URL"))
}

// not reported: a backup written to a file the function opens and
// closes, not the service's store
func Backup(path string) error {
	dst, err := sql.Open(Driver, path)
	if err != nil {
		return err
	}
	defer dst.Close()
	_, err = dst.Exec("VACUUM INTO ?", path)
	return err
}

// OpenStore keeps the handle; it closes it only when setting it up
// fails.
func OpenStore(path string) (*sql.DB, error) {
	db, err := sql.Open("sqlite3", path) // want `embedded database opened \(sql.Open with driver "sqlite3"\)`
	if err != nil {
		return nil, err
	}
	if _, err := db.Exec("PRAGMA journal_mode=WAL"); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// not reported: a helper of the tests, which takes the test, in a file
// that is not one
func MemoryStore(tb testing.TB) *sql.DB {
	db, err := sql.Open("sqlite3", ":memory:")
	if err != nil {
		tb.Fatal(err)
	}
	return db
}
