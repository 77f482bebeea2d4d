// Package store does the work of the jobs in another package: its
// summaries reach the scheduler through facts.
package store

import "database/sql"

type Store struct{ db *sql.DB }

// Purge deletes expired tokens.
func (s *Store) Purge() error {
	_, err := s.db.Exec("DELETE FROM tokens WHERE expires_at < now()")
	return err
}

// Count reads only.
func (s *Store) Count() (int, error) {
	var n int
	err := s.db.QueryRow("SELECT count(*) FROM tokens").Scan(&n)
	return n, err
}
