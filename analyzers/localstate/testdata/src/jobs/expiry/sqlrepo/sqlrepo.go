// Package sqlrepo keeps the sessions in the shared database.
package sqlrepo

import (
	"context"
	"database/sql"
)

type Sessions struct{ DB *sql.DB }

func (s *Sessions) DeleteExpired(ctx context.Context) error {
	_, err := s.DB.ExecContext(ctx, "DELETE FROM sessions WHERE expires_at < now()")
	return err
}

func (s *Sessions) Touch(ctx context.Context) error {
	_, err := s.DB.ExecContext(ctx, "UPDATE workers SET seen_at = now()")
	return err
}

func (s *Sessions) Count(ctx context.Context) (int, error) {
	var n int
	err := s.DB.QueryRowContext(ctx, "SELECT count(*) FROM sessions").Scan(&n)
	return n, err
}
