// Package pgxpool is a stub of github.com/jackc/pgx/v4/pgxpool for
// scalevet's analyzer tests: only the API shape matters.
package pgxpool

import (
	"context"

	"github.com/jackc/pgconn"
	"github.com/jackc/pgx/v4"
)

// Config is the configuration struct for creating a pool.
type Config struct{ MaxConns int32 }

// ParseConfig builds a Config from connString.
func ParseConfig(connString string) (*Config, error) { return &Config{}, nil }

// Pool allows for connection reuse.
type Pool struct{ _ int }

// Connect creates a new Pool and immediately establishes one connection.
func Connect(ctx context.Context, connString string) (*Pool, error) { return &Pool{}, nil }

// ConnectConfig creates a new Pool from a Config.
func ConnectConfig(ctx context.Context, config *Config) (*Pool, error) { return &Pool{}, nil }

func (p *Pool) Close() {}
func (p *Pool) Exec(ctx context.Context, sql string, arguments ...interface{}) (pgconn.CommandTag, error) {
	return nil, nil
}
func (p *Pool) Query(ctx context.Context, sql string, args ...interface{}) (pgx.Rows, error) {
	return nil, nil
}
func (p *Pool) QueryRow(ctx context.Context, sql string, args ...interface{}) pgx.Row { return nil }
func (p *Pool) QueryFunc(ctx context.Context, sql string, args []interface{}, scans []interface{}, f func(pgx.QueryFuncRow) error) (pgconn.CommandTag, error) {
	return nil, nil
}
func (p *Pool) SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults { return nil }
func (p *Pool) CopyFrom(ctx context.Context, tableName pgx.Identifier, columnNames []string, rowSrc pgx.CopyFromSource) (int64, error) {
	return 0, nil
}
func (p *Pool) Begin(ctx context.Context) (pgx.Tx, error) { return nil, nil }

// Conn is an acquired *pgx.Conn from a Pool.
type Conn struct{ _ int }

func (c *Conn) Release() {}
func (c *Conn) Exec(ctx context.Context, sql string, arguments ...interface{}) (pgconn.CommandTag, error) {
	return nil, nil
}
func (c *Conn) Query(ctx context.Context, sql string, args ...interface{}) (pgx.Rows, error) {
	return nil, nil
}
func (c *Conn) QueryRow(ctx context.Context, sql string, args ...interface{}) pgx.Row { return nil }
func (c *Conn) QueryFunc(ctx context.Context, sql string, args []interface{}, scans []interface{}, f func(pgx.QueryFuncRow) error) (pgconn.CommandTag, error) {
	return nil, nil
}

// Tx represents a database transaction acquired from a Pool.
type Tx struct{ _ int }

func (tx *Tx) Exec(ctx context.Context, sql string, arguments ...interface{}) (pgconn.CommandTag, error) {
	return nil, nil
}
func (tx *Tx) Query(ctx context.Context, sql string, args ...interface{}) (pgx.Rows, error) {
	return nil, nil
}
func (tx *Tx) QueryRow(ctx context.Context, sql string, args ...interface{}) pgx.Row { return nil }
func (tx *Tx) QueryFunc(ctx context.Context, sql string, args []interface{}, scans []interface{}, f func(pgx.QueryFuncRow) error) (pgconn.CommandTag, error) {
	return nil, nil
}
