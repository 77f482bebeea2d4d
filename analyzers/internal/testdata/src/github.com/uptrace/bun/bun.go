// Package bun is a stub of github.com/uptrace/bun for scalevet's
// analyzer tests: only the API shape matters.
package bun

import (
	"context"
	"database/sql"
)

// IConn is a common interface for *sql.DB, *sql.Conn, and *sql.Tx.
type IConn interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// IDB is a common interface for *bun.DB, bun.Conn, and bun.Tx.
type IDB interface {
	IConn
	NewSelect() *SelectQuery
	NewInsert() *InsertQuery
	NewUpdate() *UpdateQuery
	NewDelete() *DeleteQuery
	NewRaw(query string, args ...any) *RawQuery
	BeginTx(ctx context.Context, opts *sql.TxOptions) (Tx, error)
}

// DB is a database handle.
type DB struct{ *sql.DB }

// NewDB returns a new DB over sqldb.
func NewDB(sqldb *sql.DB, dialect any) *DB { return &DB{DB: sqldb} }

func (db *DB) NewSelect() *SelectQuery                    { return &SelectQuery{} }
func (db *DB) NewInsert() *InsertQuery                    { return &InsertQuery{} }
func (db *DB) NewUpdate() *UpdateQuery                    { return &UpdateQuery{} }
func (db *DB) NewDelete() *DeleteQuery                    { return &DeleteQuery{} }
func (db *DB) NewRaw(query string, args ...any) *RawQuery { return &RawQuery{} }
func (db *DB) BeginTx(ctx context.Context, opts *sql.TxOptions) (Tx, error) {
	return Tx{}, nil
}
func (db *DB) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return nil, nil
}
func (db *DB) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return nil, nil
}
func (db *DB) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return nil
}

// Tx is a transaction.
type Tx struct{ _ int }

func (tx Tx) NewSelect() *SelectQuery                    { return &SelectQuery{} }
func (tx Tx) NewInsert() *InsertQuery                    { return &InsertQuery{} }
func (tx Tx) NewUpdate() *UpdateQuery                    { return &UpdateQuery{} }
func (tx Tx) NewDelete() *DeleteQuery                    { return &DeleteQuery{} }
func (tx Tx) NewRaw(query string, args ...any) *RawQuery { return &RawQuery{} }
func (tx Tx) Commit() error                              { return nil }
func (tx Tx) Rollback() error                            { return nil }

// In accepts a slice and returns a wrapper that formats it as a list: IN (?).
func In(slice any) any { return slice }

// SelectQuery builds a SELECT.
type SelectQuery struct{ _ int }

func (q *SelectQuery) Model(model any) *SelectQuery                   { return q }
func (q *SelectQuery) Column(columns ...string) *SelectQuery          { return q }
func (q *SelectQuery) Where(query string, args ...any) *SelectQuery   { return q }
func (q *SelectQuery) WhereOr(query string, args ...any) *SelectQuery { return q }
func (q *SelectQuery) WherePK(cols ...string) *SelectQuery            { return q }
func (q *SelectQuery) WhereGroup(sep string, fn func(*SelectQuery) *SelectQuery) *SelectQuery {
	return q
}
func (q *SelectQuery) Order(orders ...string) *SelectQuery { return q }
func (q *SelectQuery) Limit(n int) *SelectQuery            { return q }
func (q *SelectQuery) Offset(n int) *SelectQuery           { return q }
func (q *SelectQuery) Relation(name string, apply ...func(*SelectQuery) *SelectQuery) *SelectQuery {
	return q
}
func (q *SelectQuery) Apply(fns ...func(*SelectQuery) *SelectQuery) *SelectQuery { return q }
func (q *SelectQuery) Scan(ctx context.Context, dest ...any) error               { return nil }
func (q *SelectQuery) Count(ctx context.Context) (int, error)                    { return 0, nil }
func (q *SelectQuery) ScanAndCount(ctx context.Context, dest ...any) (int, error) {
	return 0, nil
}
func (q *SelectQuery) Exists(ctx context.Context) (bool, error)                  { return false, nil }
func (q *SelectQuery) Rows(ctx context.Context) (*sql.Rows, error)               { return nil, nil }
func (q *SelectQuery) Exec(ctx context.Context, dest ...any) (sql.Result, error) { return nil, nil }

// InsertQuery builds an INSERT.
type InsertQuery struct{ _ int }

func (q *InsertQuery) Model(model any) *InsertQuery                              { return q }
func (q *InsertQuery) On(s string, args ...any) *InsertQuery                     { return q }
func (q *InsertQuery) Returning(query string, args ...any) *InsertQuery          { return q }
func (q *InsertQuery) Exec(ctx context.Context, dest ...any) (sql.Result, error) { return nil, nil }
func (q *InsertQuery) Scan(ctx context.Context, dest ...any) error               { return nil }

// UpdateQuery builds an UPDATE.
type UpdateQuery struct{ _ int }

func (q *UpdateQuery) Model(model any) *UpdateQuery                              { return q }
func (q *UpdateQuery) Set(query string, args ...any) *UpdateQuery                { return q }
func (q *UpdateQuery) Where(query string, args ...any) *UpdateQuery              { return q }
func (q *UpdateQuery) WherePK(cols ...string) *UpdateQuery                       { return q }
func (q *UpdateQuery) Bulk() *UpdateQuery                                        { return q }
func (q *UpdateQuery) Exec(ctx context.Context, dest ...any) (sql.Result, error) { return nil, nil }
func (q *UpdateQuery) Scan(ctx context.Context, dest ...any) error               { return nil }

// DeleteQuery builds a DELETE.
type DeleteQuery struct{ _ int }

func (q *DeleteQuery) Model(model any) *DeleteQuery                              { return q }
func (q *DeleteQuery) Where(query string, args ...any) *DeleteQuery              { return q }
func (q *DeleteQuery) WherePK(cols ...string) *DeleteQuery                       { return q }
func (q *DeleteQuery) Exec(ctx context.Context, dest ...any) (sql.Result, error) { return nil, nil }
func (q *DeleteQuery) Scan(ctx context.Context, dest ...any) error               { return nil }

// RawQuery is a query given as text.
type RawQuery struct{ _ int }

func (q *RawQuery) Exec(ctx context.Context, dest ...any) (sql.Result, error) { return nil, nil }
func (q *RawQuery) Scan(ctx context.Context, dest ...any) error               { return nil }

// Conn is a connection from the pool.
type Conn struct{ _ int }

func (c Conn) NewSelect() *SelectQuery { return &SelectQuery{} }
func (c Conn) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return nil, nil
}
func (c Conn) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return nil, nil
}
func (c Conn) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row { return nil }

func (tx Tx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return nil, nil
}
func (tx Tx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return nil, nil
}
func (tx Tx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row { return nil }
