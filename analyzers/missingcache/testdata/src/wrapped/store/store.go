// Package store reaches the database through a wrapper that takes the
// query text and rewrites it for the driver.
package store

import (
	"database/sql"
	"strings"
)

type Conn struct{ db *sql.DB }

func (c *Conn) rebind(q string) string { return strings.ReplaceAll(q, "?", "$1") }

func (c *Conn) Query(q string, args ...any) (*sql.Rows, error) { // want Query:`query \(\*sql.DB\).Query if\(0,1,2\) via store.Conn.Query`
	q = c.rebind(q)
	return c.db.Query(q, args...)
}

func (c *Conn) ListPlans() (*sql.Rows, error) { // want ListPlans:`query \(\*sql.DB\).Query if\(0\) via store.Conn.ListPlans>store.Conn.Query`
	return c.Query(`select name from plans order by rank limit 20`)
}

func (c *Conn) Plan(id string) (*sql.Rows, error) { // want Plan:`query \(\*sql.DB\).Query if\(0,1\) via store.Conn.Plan>store.Conn.Query`
	return c.Query(`select name from plans where id = ?`, id)
}

func (c *Conn) Touch() (*sql.Rows, error) {
	return c.Query(`update plans set seen = now() returning id`) // a write: nothing to cache
}

func (c *Conn) Clock() (*sql.Rows, error) {
	return c.Query(`select now()`) // reads no table
}
