package cache // want package:"opens an embedded database"

// Package cache keeps this instance's own data in an embedded database.

import "database/sql"

type Cache struct{ db *sql.DB }

func Open() (*Cache, error) {
	db, err := sql.Open("sqlite3", "cache.db") // want `embedded database opened`
	return &Cache{db: db}, err
}

// Prune deletes old entries of this instance's own copy.
func (c *Cache) Prune() error {
	_, err := c.db.Exec("DELETE FROM entries WHERE at < datetime('now', '-1 day')")
	return err
}
