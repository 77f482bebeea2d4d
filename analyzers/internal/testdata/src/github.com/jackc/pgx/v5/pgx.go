// Package pgx is a stub of github.com/jackc/pgx/v5 for scalevet's analyzer tests: only the API shape matters.
package pgx

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"
)

// ErrNoRows occurs when rows are expected but none are returned.
var ErrNoRows = errors.New("no rows in result set")

// ErrTooManyRows occurs when more rows than expected are returned.
var ErrTooManyRows = errors.New("too many rows in result set")

// ErrTxClosed occurs when an operation is attempted on a closed transaction.
var ErrTxClosed = errors.New("tx is closed")

// ConnConfig contains all the options used to establish a connection. It embeds pgconn.Config.
type ConnConfig struct {
	pgconn.Config
	StatementCacheCapacity   int
	DescriptionCacheCapacity int
}

func (cc *ConnConfig) Copy() *ConnConfig  { return cc }
func (cc *ConnConfig) ConnString() string { return "" }

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
func (c *Conn) Deallocate(ctx context.Context, name string) error { return nil }
func (c *Conn) WaitForNotification(ctx context.Context) (*pgconn.Notification, error) {
	return nil, nil
}
func (c *Conn) IsClosed() bool                 { return false }
func (c *Conn) Ping(ctx context.Context) error { return nil }
func (c *Conn) PgConn() *pgconn.PgConn         { return nil }
func (c *Conn) TypeMap() *pgtype.Map           { return nil }
func (c *Conn) Config() *ConnConfig            { return nil }
func (c *Conn) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	return pgconn.CommandTag{}, nil
}
func (c *Conn) Query(ctx context.Context, sql string, args ...any) (Rows, error) { return nil, nil }
func (c *Conn) QueryRow(ctx context.Context, sql string, args ...any) Row        { return nil }
func (c *Conn) SendBatch(ctx context.Context, b *Batch) BatchResults             { return nil }
func (c *Conn) CopyFrom(ctx context.Context, tableName Identifier, columnNames []string, rowSrc CopyFromSource) (int64, error) {
	return 0, nil
}
func (c *Conn) Begin(ctx context.Context) (Tx, error)                        { return nil, nil }
func (c *Conn) BeginTx(ctx context.Context, txOptions TxOptions) (Tx, error) { return nil, nil }

// Rows is an INTERFACE: the result set of Query.
type Rows interface {
	Close()
	Err() error
	CommandTag() pgconn.CommandTag
	FieldDescriptions() []pgconn.FieldDescription
	Next() bool
	Scan(dest ...any) error
	Values() ([]any, error)
	RawValues() [][]byte
	Conn() *Conn
	TypeMap() *pgtype.Map
}

// Row is an INTERFACE: the result of QueryRow, scanned once.
type Row interface {
	Scan(dest ...any) error
}

// CollectableRow is the subset of Rows methods that a RowToFunc is allowed to call.
type CollectableRow interface {
	FieldDescriptions() []pgconn.FieldDescription
	Scan(dest ...any) error
	Values() ([]any, error)
	RawValues() [][]byte
}

// RowToFunc is a function that scans or otherwise converts row to a T.
type RowToFunc[T any] func(row CollectableRow) (T, error)

// CollectRows iterates through rows, calling fn for each row, and collecting the results into a slice of T.
func CollectRows[T any](rows Rows, fn RowToFunc[T]) ([]T, error) { return nil, nil }

// CollectOneRow calls fn for the first row in rows and returns the result.
func CollectOneRow[T any](rows Rows, fn RowToFunc[T]) (T, error) {
	var v T
	return v, nil
}

// CollectExactlyOneRow calls fn for the first row in rows and returns the result.
func CollectExactlyOneRow[T any](rows Rows, fn RowToFunc[T]) (T, error) {
	var v T
	return v, nil
}

// AppendRows iterates through rows, calling fn for each row, and appending the results into a slice of T.
func AppendRows[T any, S ~[]T](slice S, rows Rows, fn RowToFunc[T]) (S, error) { return slice, nil }

// ForEachRow iterates through rows. For each row it scans into the elements of scans and calls fn.
func ForEachRow(rows Rows, scans []any, fn func() error) (pgconn.CommandTag, error) {
	return pgconn.CommandTag{}, nil
}

// RowTo returns a T scanned from row.
func RowTo[T any](row CollectableRow) (T, error) {
	var v T
	return v, nil
}

// RowToAddrOf returns the address of a T scanned from row.
func RowToAddrOf[T any](row CollectableRow) (*T, error) { return nil, nil }

// RowToMap returns a map scanned from row.
func RowToMap(row CollectableRow) (map[string]any, error) { return nil, nil }

// RowToStructByName returns a T scanned from row.
func RowToStructByName[T any](row CollectableRow) (T, error) {
	var v T
	return v, nil
}

// RowToAddrOfStructByName returns a pointer to a T scanned from row.
func RowToAddrOfStructByName[T any](row CollectableRow) (*T, error) { return nil, nil }

// RowToStructByPos returns a T scanned from row.
func RowToStructByPos[T any](row CollectableRow) (T, error) {
	var v T
	return v, nil
}

// TxIsoLevel is the transaction isolation level.
type TxIsoLevel string

// TxAccessMode is the transaction access mode.
type TxAccessMode string

// TxDeferrableMode is the transaction deferrable mode.
type TxDeferrableMode string

// Transaction isolation levels and access modes.
const (
	Serializable    TxIsoLevel   = "serializable"
	RepeatableRead  TxIsoLevel   = "repeatable read"
	ReadCommitted   TxIsoLevel   = "read committed"
	ReadUncommitted TxIsoLevel   = "read uncommitted"
	ReadWrite       TxAccessMode = "read write"
	ReadOnly        TxAccessMode = "read only"
)

// TxOptions are transaction modes within a transaction block.
type TxOptions struct {
	IsoLevel       TxIsoLevel
	AccessMode     TxAccessMode
	DeferrableMode TxDeferrableMode
	BeginQuery     string
	CommitQuery    string
}

// LargeObjects is a structure used to access the large objects API.
type LargeObjects struct{ _ int }

// Tx is an INTERFACE: a database transaction (Conn.Begin, Pool.Begin).
type Tx interface {
	Begin(ctx context.Context) (Tx, error)
	Commit(ctx context.Context) error
	Rollback(ctx context.Context) error

	CopyFrom(ctx context.Context, tableName Identifier, columnNames []string, rowSrc CopyFromSource) (int64, error)
	SendBatch(ctx context.Context, b *Batch) BatchResults
	LargeObjects() LargeObjects

	Prepare(ctx context.Context, name, sql string) (*pgconn.StatementDescription, error)

	Exec(ctx context.Context, sql string, arguments ...any) (commandTag pgconn.CommandTag, err error)
	Query(ctx context.Context, sql string, args ...any) (Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) Row

	Conn() *Conn
}

// BeginFunc calls Begin on db and then calls fn, committing or rolling back.
func BeginFunc(ctx context.Context, db interface {
	Begin(ctx context.Context) (Tx, error)
}, fn func(Tx) error) (err error) {
	return nil
}

// Batch queries are a way of bundling multiple queries together to avoid unnecessary network round trips.
type Batch struct {
	QueuedQueries []*QueuedQuery
}

func (b *Batch) Queue(query string, arguments ...any) *QueuedQuery { return &QueuedQuery{} }
func (b *Batch) Len() int                                          { return len(b.QueuedQueries) }

// QueuedQuery is a query that has been queued for execution via a Batch.
type QueuedQuery struct {
	SQL       string
	Arguments []any
}

func (qq *QueuedQuery) Query(fn func(rows Rows) error)           {}
func (qq *QueuedQuery) QueryRow(fn func(row Row) error)          {}
func (qq *QueuedQuery) Exec(fn func(ct pgconn.CommandTag) error) {}

// BatchResults is an INTERFACE: the results of SendBatch.
type BatchResults interface {
	Exec() (pgconn.CommandTag, error)
	Query() (Rows, error)
	QueryRow() Row
	Close() error
	Tx() Tx
}

// Identifier a PostgreSQL identifier or name. Identifiers can be composed of
// multiple parts such as ["schema", "table"] or ["table", "column"].
type Identifier []string

// Sanitize returns a sanitized string safe for SQL interpolation.
func (ident Identifier) Sanitize() string { return "" }

// CopyFromSource is the interface used by *Conn.CopyFrom as the source for copy data.
type CopyFromSource interface {
	Next() bool
	Values() ([]any, error)
	Err() error
}

// CopyFromRows returns a CopyFromSource interface over the provided rows slice.
func CopyFromRows(rows [][]any) CopyFromSource { return nil }

// CopyFromSlice returns a CopyFromSource interface over a dynamic func making it usable by *Conn.CopyFrom.
func CopyFromSlice(length int, next func(int) ([]any, error)) CopyFromSource { return nil }

// NamedArgs can be used as the first argument to a query method. It will replace every '@' named placeholder with a '$' ordinal placeholder.
type NamedArgs map[string]any
