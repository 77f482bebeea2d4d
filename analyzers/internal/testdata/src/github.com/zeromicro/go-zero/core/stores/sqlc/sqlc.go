// Package sqlc is a stub of github.com/zeromicro/go-zero/core/stores/sqlc for scalevet's analyzer tests: only the API shape matters.
package sqlc

import (
	"context"
	"database/sql"

	"github.com/zeromicro/go-zero/core/stores/sqlx"
)

// QueryCtxFn reads a row into v on a cache miss.
type QueryCtxFn func(ctx context.Context, conn sqlx.SqlConn, v any) error

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
