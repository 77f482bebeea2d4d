// Package pgx is a stub of github.com/jackc/pgx/v4 for scalevet's
// analyzer tests: only the API shape matters.
package pgx

import (
	"context"
	"errors"

	"github.com/jackc/pgconn"
)

// ErrNoRows occurs when rows are expected but none are returned.
var ErrNoRows = errors.New("no rows in result set")

// ConnConfig contains all the options used to establish a connection.
type ConnConfig struct{ Host string }

// ParseConfig creates a ConnConfig from a connection string.
func ParseConfig(connString string) (*ConnConfig, error) { return &ConnConfig{}, nil }

// Conn is a PostgreSQL connection handle. It is not safe for concurrent usage.
type Conn struct{ _ int }

// Connect establishes a connection with a PostgreSQL server with a connection string.
func Connect(ctx context.Context, connString string) (*Conn, error) { return &Conn{}, nil }

// ConnectConfig establishes a connection with a PostgreSQL server with a configuration struct.
func ConnectConfig(ctx context.Context, connConfig *ConnConfig) (*Conn, error) { return &Conn{}, nil }

func (c *Conn) Close(ctx context.Context) error { return nil }
func (c *Conn) Prepare(ctx context.Context, name, sql string) (sd *pgconn.StatementDescription, err error) {
	return nil, nil
}
func (c *Conn) Exec(ctx context.Context, sql string, arguments ...interface{}) (pgconn.CommandTag, error) {
	return nil, nil
}
func (c *Conn) Query(ctx context.Context, sql string, args ...interface{}) (Rows, error) {
	return nil, nil
}
func (c *Conn) QueryRow(ctx context.Context, sql string, args ...interface{}) Row { return nil }
func (c *Conn) QueryFunc(ctx context.Context, sql string, args []interface{}, scans []interface{}, f func(QueryFuncRow) error) (pgconn.CommandTag, error) {
	return nil, nil
}
func (c *Conn) SendBatch(ctx context.Context, b *Batch) BatchResults { return nil }
func (c *Conn) CopyFrom(ctx context.Context, tableName Identifier, columnNames []string, rowSrc CopyFromSource) (int64, error) {
	return 0, nil
}
func (c *Conn) Begin(ctx context.Context) (Tx, error) { return nil, nil }

// Rows is the result set of Query.
type Rows interface {
	Close()
	Err() error
	CommandTag() pgconn.CommandTag
	FieldDescriptions() []pgconn.FieldDescription
	Next() bool
	Scan(dest ...interface{}) error
	Values() ([]interface{}, error)
	RawValues() [][]byte
}

// Row is the result of QueryRow, scanned once.
type Row interface {
	Scan(dest ...interface{}) error
}

// QueryFuncRow is the argument to the QueryFunc callback function.
type QueryFuncRow interface {
	FieldDescriptions() []pgconn.FieldDescription
	RawValues() [][]byte
}

// Tx represents a database transaction.
type Tx interface {
	Begin(ctx context.Context) (Tx, error)
	Commit(ctx context.Context) error
	Rollback(ctx context.Context) error
	CopyFrom(ctx context.Context, tableName Identifier, columnNames []string, rowSrc CopyFromSource) (int64, error)
	SendBatch(ctx context.Context, b *Batch) BatchResults
	Prepare(ctx context.Context, name, sql string) (*pgconn.StatementDescription, error)
	Exec(ctx context.Context, sql string, arguments ...interface{}) (commandTag pgconn.CommandTag, err error)
	Query(ctx context.Context, sql string, args ...interface{}) (Rows, error)
	QueryRow(ctx context.Context, sql string, args ...interface{}) Row
	QueryFunc(ctx context.Context, sql string, args []interface{}, scans []interface{}, f func(QueryFuncRow) error) (pgconn.CommandTag, error)
	Conn() *Conn
}

// Batch queries are a way of bundling multiple queries together.
type Batch struct{ _ int }

func (b *Batch) Queue(query string, arguments ...interface{}) {}
func (b *Batch) Len() int                                     { return 0 }

// BatchResults reads the results of a batch.
type BatchResults interface {
	Exec() (pgconn.CommandTag, error)
	Query() (Rows, error)
	QueryRow() Row
	Close() error
}

// Identifier a PostgreSQL identifier or name.
type Identifier []string

// CopyFromSource is the interface used by CopyFrom as the source for copy data.
type CopyFromSource interface {
	Next() bool
	Values() ([]interface{}, error)
	Err() error
}

// CopyFromRows returns a CopyFromSource interface over the provided rows slice.
func CopyFromRows(rows [][]interface{}) CopyFromSource { return nil }
