// Package store reaches the database through a wrapper that takes the
// query text and rewrites it for the driver, as many services do.
package store

import (
	"database/sql"
	"strings"
)

type Conn struct{ db *sql.DB }

// rebind turns ? placeholders into the driver's.
func (c *Conn) rebind(q string) string { return strings.ReplaceAll(q, "?", "$1") }

func (c *Conn) Query(q string, args ...any) (*sql.Rows, error) {
	q = c.rebind(q)
	return c.db.Query(q, args...)
}

func (c *Conn) query(q string, args ...any) (*sql.Rows, error) {
	text := c.rebind(q)
	return c.Query(text, args...)
}

const sessionColumns = `id, user_id, created_at`

func (c *Conn) ListSessions() (*sql.Rows, error) {
	return c.query(`select ` + sessionColumns + ` from session;`) // not reported here: reported where a handler calls it
}

func (c *Conn) GetSession(id string) (*sql.Rows, error) {
	return c.query(`select `+sessionColumns+` from session where id = ?`, id) // not reported: a key lookup
}

func (c *Conn) Search(q string) (*sql.Rows, error) {
	return c.Query(q) // not reported: the text is the caller's, judged there
}

type Item struct{ Name string }

// CreateAll inserts items one by one.
func (c *Conn) CreateAll(items []Item) error {
	for _, it := range items {
		if _, err := c.db.Exec("INSERT INTO items (name) VALUES ($1)", it.Name); err != nil {
			return err
		}
	}
	return nil
}

// Create inserts one item through CreateAll: its loop runs once here.
func (c *Conn) Create(it Item) error { return c.CreateAll([]Item{it}) }

// CreateBoth passes its own parameter on: the loop is its caller's.
func (c *Conn) CreateBoth(items []Item) error { return c.CreateAll(items) }

// Sync reads and writes once per item: one loop, one finding.
func (c *Conn) Sync(items []Item) {
	for _, it := range items {
		c.db.QueryRow("SELECT id FROM items WHERE name = $1", it.Name)
		c.db.Exec("UPDATE items SET seen = true WHERE name = $1", it.Name)
	}
}

// Expire deletes per topic given.
func (c *Conn) Expire(topics ...string) {
	for _, t := range topics {
		c.db.Exec("DELETE FROM messages WHERE topic = $1", t)
	}
}
