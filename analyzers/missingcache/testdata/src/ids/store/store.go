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

// Orgs reads each organisation named.
func Orgs(db *sql.DB, ids ...string) { // want Orgs:`^query \(\*sql.DB\).QueryRow if\(0,1\) via store.Orgs>store.Org`
	for _, id := range ids {
		Org(db, id)
	}
}

// Notify reads the organisation in the background: the literal runs in
// place, with the id its caller gives.
func Notify(db *sql.DB, id string) {
	go func() {
		db.QueryRow("SELECT email FROM orgs WHERE name = $1", id)
	}()
}

// Member reads the member only when an id is given.
func Member(db *sql.DB, id string) { // want Member:`^query \(\*sql.DB\).QueryRow if\(0,1\) via store.Member`
	if id != "" && db != nil {
		db.QueryRow("SELECT role FROM members WHERE id = $1", id)
	}
}

// Guest returns early without an id.
func Guest(db *sql.DB, id string) { // want Guest:`^query \(\*sql.DB\).QueryRow if\(0,1\) via store.Guest`
	if id == "" {
		return
	}
	db.QueryRow("SELECT role FROM guests WHERE id = $1", id)
}

// Each calls fn with each id.
func Each(ids []string, fn func(string)) {
	for _, id := range ids {
		fn(id)
	}
}

// Props configures a second factor.
type Props struct {
	Kind     string
	Provider string
}

// NewFactor loads the provider only when the configuration names one;
// a nil configuration gets defaults that name none.
func NewFactor(db *sql.DB, cfg *Props) { // want NewFactor:`^query \(\*sql.DB\).QueryRow if\(0,1\) via store.NewFactor`
	if cfg == nil {
		cfg = &Props{Kind: "radius"}
	}
	if cfg.Provider != "" && db != nil {
		db.QueryRow("SELECT host FROM providers WHERE name = $1", cfg.Provider)
	}
}

// NewDefault's defaults name a provider: a nil configuration loads it.
func NewDefault(db *sql.DB, cfg *Props) { // want NewDefault:`^query \(\*sql.DB\).QueryRow if\(0,1\) via store.NewDefault`
	if cfg == nil {
		cfg = &Props{Provider: "builtin"}
	}
	if cfg.Provider != "" {
		db.QueryRow("SELECT host FROM providers WHERE name = $1", cfg.Provider)
	}
}

// NewNamed sets the provider itself on a nil configuration: a nil
// configuration loads it.
func NewNamed(db *sql.DB, cfg *Props) { // want NewNamed:`^query \(\*sql.DB\).QueryRow if\(0,1\) via store.NewNamed`
	if cfg == nil {
		cfg = &Props{Kind: "radius"}
		cfg.Provider = "builtin"
	}
	if cfg.Provider != "" {
		db.QueryRow("SELECT host FROM providers WHERE name = $1", cfg.Provider)
	}
}
