// Package sqlc is a stub of github.com/zeromicro/go-zero/core/stores/sqlc for scalevet's analyzer tests: only the API shape matters.
package sqlc

import (
	"context"
	"database/sql"

	"github.com/zeromicro/go-zero/core/stores/sqlx"
)

// QueryCtxFn reads a row into v on a cache miss.
type QueryCtxFn func(ctx context.Context, conn sqlx.SqlConn, v any) error

// IndexQueryCtxFn reads the primary key of a row by an index key.
type IndexQueryCtxFn func(ctx context.Context, conn sqlx.SqlConn, v any) (any, error)

// PrimaryQueryCtxFn reads a row by its primary key.
type PrimaryQueryCtxFn func(ctx context.Context, conn sqlx.SqlConn, v, primary any) error

// QueryFn, ExecFn and the others without a context are the older forms.
type (
	QueryFn        func(conn sqlx.SqlConn, v any) error
	ExecFn         func(conn sqlx.SqlConn) (sql.Result, error)
	IndexQueryFn   func(conn sqlx.SqlConn, v any) (any, error)
	PrimaryQueryFn func(conn sqlx.SqlConn, v, primary any) error
)

// ExecCtxFn writes, before the cached keys are deleted.
type ExecCtxFn func(ctx context.Context, conn sqlx.SqlConn) (sql.Result, error)

// CachedConn is a connection with a cache in front of its reads.
type CachedConn struct{ db sqlx.SqlConn }

// NewConn returns a cached connection.
func NewConn(db sqlx.SqlConn) CachedConn { return CachedConn{db: db} }

// QueryRowCtx reads v from the cache under key, or runs query on a miss.
func (cc CachedConn) QueryRowCtx(ctx context.Context, v any, key string, query QueryCtxFn) error {
	return query(ctx, cc.db, v)
}

// QueryRowNoCacheCtx reads a row without the cache.
func (cc CachedConn) QueryRowNoCacheCtx(ctx context.Context, v any, q string, args ...any) error {
	return cc.db.QueryRowCtx(ctx, v, q, args...)
}

// QueryRowsNoCacheCtx reads rows without the cache.
func (cc CachedConn) QueryRowsNoCacheCtx(ctx context.Context, v any, q string, args ...any) error {
	return cc.db.QueryRowsCtx(ctx, v, q, args...)
}

// ExecCtx runs exec and deletes keys from the cache.
func (cc CachedConn) ExecCtx(ctx context.Context, exec ExecCtxFn, keys ...string) (sql.Result, error) {
	return exec(ctx, cc.db)
}

// ExecNoCacheCtx runs q without touching the cache.
func (cc CachedConn) ExecNoCacheCtx(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return cc.db.ExecCtx(ctx, q, args...)
}

// QueryRow is QueryRowCtx without a context.
func (cc CachedConn) QueryRow(v any, key string, query QueryFn) error { return query(cc.db, v) }

// QueryRowIndexCtx reads the primary key under an index key, then the
// row by its primary key, each through the cache.
func (cc CachedConn) QueryRowIndexCtx(ctx context.Context, v any, key string, keyer func(primary any) string, indexQuery IndexQueryCtxFn, primaryQuery PrimaryQueryCtxFn) error {
	p, err := indexQuery(ctx, cc.db, v)
	if err != nil {
		return err
	}
	return primaryQuery(ctx, cc.db, v, p)
}

// QueryRowIndex is QueryRowIndexCtx without a context.
func (cc CachedConn) QueryRowIndex(v any, key string, keyer func(primary any) string, indexQuery IndexQueryFn, primaryQuery PrimaryQueryFn) error {
	return nil
}

// QueryRowNoCache reads a row without the cache.
func (cc CachedConn) QueryRowNoCache(v any, q string, args ...any) error { return nil }

// QueryRowsNoCache reads rows without the cache.
func (cc CachedConn) QueryRowsNoCache(v any, q string, args ...any) error { return nil }

// Exec is ExecCtx without a context.
func (cc CachedConn) Exec(exec ExecFn, keys ...string) (sql.Result, error) { return exec(cc.db) }

// ExecNoCache runs q without touching the cache.
func (cc CachedConn) ExecNoCache(q string, args ...any) (sql.Result, error) { return nil, nil }
