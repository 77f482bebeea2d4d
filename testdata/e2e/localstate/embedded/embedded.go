// Package embedded opens the embedded databases of the localstate
// service: its own copy of the data on each instance.
package embedded

import (
	"database/sql"

	bolt "go.etcd.io/bbolt"
)

func Open() (*sql.DB, *bolt.DB, error) {
	db, err := sql.Open("sqlite3", "data/app.db") // want localstate
	if err != nil {
		return nil, nil, err
	}
	kv, err := bolt.Open("data/kv.bolt", 0o600, nil) // want localstate
	return db, kv, err
}
