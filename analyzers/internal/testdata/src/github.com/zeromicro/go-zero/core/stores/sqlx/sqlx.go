// Package sqlx is a stub of github.com/zeromicro/go-zero/core/stores/sqlx for scalevet's analyzer tests: only the API shape matters.
package sqlx

import (
	"context"
	"database/sql"
)

// StmtSession is a prepared statement.
type StmtSession interface {
	Close() error
	Exec(args ...any) (sql.Result, error)
	ExecCtx(ctx context.Context, args ...any) (sql.Result, error)
	QueryRow(v any, args ...any) error
	QueryRowCtx(ctx context.Context, v any, args ...any) error
	QueryRowPartial(v any, args ...any) error
	QueryRowPartialCtx(ctx context.Context, v any, args ...any) error
	QueryRows(v any, args ...any) error
	QueryRowsCtx(ctx context.Context, v any, args ...any) error
	QueryRowsPartial(v any, args ...any) error
	QueryRowsPartialCtx(ctx context.Context, v any, args ...any) error
}

// Session runs statements: a connection or a transaction.
type Session interface {
	Exec(query string, args ...any) (sql.Result, error)
	ExecCtx(ctx context.Context, query string, args ...any) (sql.Result, error)
	Prepare(query string) (StmtSession, error)
	PrepareCtx(ctx context.Context, query string) (StmtSession, error)
	QueryRow(v any, query string, args ...any) error
	QueryRowCtx(ctx context.Context, v any, query string, args ...any) error
	QueryRowPartial(v any, query string, args ...any) error
	QueryRowPartialCtx(ctx context.Context, v any, query string, args ...any) error
	QueryRows(v any, query string, args ...any) error
	QueryRowsCtx(ctx context.Context, v any, query string, args ...any) error
	QueryRowsPartial(v any, query string, args ...any) error
	QueryRowsPartialCtx(ctx context.Context, v any, query string, args ...any) error
}

// SqlConn is a pooled connection to a database.
type SqlConn interface {
	Session
	RawDB() (*sql.DB, error)
	Transact(fn func(Session) error) error
	TransactCtx(ctx context.Context, fn func(context.Context, Session) error) error
}

type conn struct{ Session }

func (conn) RawDB() (*sql.DB, error)               { return nil, nil }
func (conn) Transact(fn func(Session) error) error { return nil }
func (conn) TransactCtx(ctx context.Context, fn func(context.Context, Session) error) error {
	return nil
}

// NewMysql returns a connection to a MySQL database.
func NewMysql(datasource string) SqlConn { return conn{} }

// NewSqlConn returns a connection to a database of driverName.
func NewSqlConn(driverName, datasource string) SqlConn { return conn{} }
