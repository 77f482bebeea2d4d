// Package store reads organisations by their "owner/name" id.
package store

import (
	"database/sql"

	"ids/util"
)

// Org reads the organisation id names.
func Org(db *sql.DB, id string) { // want Org:`^query \(\*sql.DB\).QueryRow if\(0,1\) via store.Org`
	owner, name := util.Split(id)
	db.QueryRow("SELECT theme FROM orgs WHERE owner = $1 AND name = $2", owner, name)
}

// Stamped reads with a time-stamped key: never the same twice.
func Stamped(db *sql.DB, id string) {
	db.QueryRow("SELECT theme FROM orgs WHERE key = $1", util.Stamp(id))
}
