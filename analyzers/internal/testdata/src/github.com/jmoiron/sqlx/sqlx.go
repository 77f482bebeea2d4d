// Package sqlx is a stub of github.com/jmoiron/sqlx for scalevet's analyzer tests: only the API shape matters.
package sqlx

import (
	"context"
	"database/sql"

	"github.com/jmoiron/sqlx/reflectx"
)

// Bindvar types supported by Rebind, BindMap and BindStruct.
const (
	UNKNOWN = iota
	QUESTION
	DOLLAR
	NAMED
	AT
)

// DB embeds *sql.DB, so db.Query, db.QueryContext, db.Exec, db.ExecContext,
// db.QueryRow, db.Begin, db.BeginTx, db.Prepare... are the PROMOTED
// database/sql methods: their callee is (*database/sql.DB).Query etc.
type DB struct {
	*sql.DB
	Mapper *reflectx.Mapper
}

// Open is the same as sql.Open, but returns an *sqlx.DB instead.
func Open(driverName, dataSourceName string) (*DB, error) { return &DB{}, nil }

// MustOpen is the same as sql.Open, but returns an *sqlx.DB instead and panics on error.
func MustOpen(driverName, dataSourceName string) *DB { return &DB{} }

// NewDb returns a new sqlx DB wrapper for a pre-existing *sql.DB.
func NewDb(db *sql.DB, driverName string) *DB { return &DB{DB: db} }

// Connect to a database and verify with a ping.
func Connect(driverName, dataSourceName string) (*DB, error) { return &DB{}, nil }

// ConnectContext to a database and verify with a ping.
func ConnectContext(ctx context.Context, driverName, dataSourceName string) (*DB, error) {
	return &DB{}, nil
}

// MustConnect connects to a database and panics on error.
func MustConnect(driverName, dataSourceName string) *DB { return &DB{} }

func (db *DB) DriverName() string                { return "" }
func (db *DB) MapperFunc(mf func(string) string) {}
func (db *DB) Rebind(query string) string        { return query }
func (db *DB) Unsafe() *DB                       { return db }
func (db *DB) BindNamed(query string, arg interface{}) (string, []interface{}, error) {
	return query, nil, nil
}
func (db *DB) NamedQuery(query string, arg interface{}) (*Rows, error)          { return &Rows{}, nil }
func (db *DB) NamedExec(query string, arg interface{}) (sql.Result, error)      { return nil, nil }
func (db *DB) Select(dest interface{}, query string, args ...interface{}) error { return nil }
func (db *DB) Get(dest interface{}, query string, args ...interface{}) error    { return nil }
func (db *DB) MustBegin() *Tx                                                   { return &Tx{} }
func (db *DB) Beginx() (*Tx, error)                                             { return &Tx{}, nil }
func (db *DB) Queryx(query string, args ...interface{}) (*Rows, error)          { return &Rows{}, nil }
func (db *DB) QueryRowx(query string, args ...interface{}) *Row                 { return &Row{} }
func (db *DB) MustExec(query string, args ...interface{}) sql.Result            { return nil }
func (db *DB) Preparex(query string) (*Stmt, error)                             { return &Stmt{}, nil }
func (db *DB) PrepareNamed(query string) (*NamedStmt, error)                    { return &NamedStmt{}, nil }
func (db *DB) PrepareNamedContext(ctx context.Context, query string) (*NamedStmt, error) {
	return &NamedStmt{}, nil
}
func (db *DB) NamedQueryContext(ctx context.Context, query string, arg interface{}) (*Rows, error) {
	return &Rows{}, nil
}
func (db *DB) NamedExecContext(ctx context.Context, query string, arg interface{}) (sql.Result, error) {
	return nil, nil
}
func (db *DB) SelectContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}
func (db *DB) GetContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}
func (db *DB) PreparexContext(ctx context.Context, query string) (*Stmt, error) {
	return &Stmt{}, nil
}
func (db *DB) QueryxContext(ctx context.Context, query string, args ...interface{}) (*Rows, error) {
	return &Rows{}, nil
}
func (db *DB) QueryRowxContext(ctx context.Context, query string, args ...interface{}) *Row {
	return &Row{}
}
func (db *DB) MustBeginTx(ctx context.Context, opts *sql.TxOptions) *Tx { return &Tx{} }
func (db *DB) MustExecContext(ctx context.Context, query string, args ...interface{}) sql.Result {
	return nil
}
func (db *DB) BeginTxx(ctx context.Context, opts *sql.TxOptions) (*Tx, error) { return &Tx{}, nil }
func (db *DB) Connx(ctx context.Context) (*Conn, error)                       { return &Conn{}, nil }

// Conn embeds *sql.Conn.
type Conn struct {
	*sql.Conn
	Mapper *reflectx.Mapper
}

func (c *Conn) BeginTxx(ctx context.Context, opts *sql.TxOptions) (*Tx, error) { return &Tx{}, nil }
func (c *Conn) SelectContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}
func (c *Conn) GetContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}
func (c *Conn) PreparexContext(ctx context.Context, query string) (*Stmt, error) {
	return &Stmt{}, nil
}
func (c *Conn) QueryxContext(ctx context.Context, query string, args ...interface{}) (*Rows, error) {
	return &Rows{}, nil
}
func (c *Conn) QueryRowxContext(ctx context.Context, query string, args ...interface{}) *Row {
	return &Row{}
}
func (c *Conn) Rebind(query string) string { return query }

// Tx embeds *sql.Tx, so tx.Query, tx.Exec, tx.Commit, tx.Rollback... are
// the promoted database/sql methods. Unlike DB it has no NamedQueryContext.
type Tx struct {
	*sql.Tx
	Mapper *reflectx.Mapper
}

func (tx *Tx) DriverName() string         { return "" }
func (tx *Tx) Rebind(query string) string { return query }
func (tx *Tx) Unsafe() *Tx                { return tx }
func (tx *Tx) BindNamed(query string, arg interface{}) (string, []interface{}, error) {
	return query, nil, nil
}
func (tx *Tx) NamedQuery(query string, arg interface{}) (*Rows, error)          { return &Rows{}, nil }
func (tx *Tx) NamedExec(query string, arg interface{}) (sql.Result, error)      { return nil, nil }
func (tx *Tx) Select(dest interface{}, query string, args ...interface{}) error { return nil }
func (tx *Tx) Queryx(query string, args ...interface{}) (*Rows, error)          { return &Rows{}, nil }
func (tx *Tx) QueryRowx(query string, args ...interface{}) *Row                 { return &Row{} }
func (tx *Tx) Get(dest interface{}, query string, args ...interface{}) error    { return nil }
func (tx *Tx) MustExec(query string, args ...interface{}) sql.Result            { return nil }
func (tx *Tx) Preparex(query string) (*Stmt, error)                             { return &Stmt{}, nil }
func (tx *Tx) Stmtx(stmt interface{}) *Stmt                                     { return &Stmt{} }
func (tx *Tx) NamedStmt(stmt *NamedStmt) *NamedStmt                             { return stmt }
func (tx *Tx) PrepareNamed(query string) (*NamedStmt, error)                    { return &NamedStmt{}, nil }
func (tx *Tx) StmtxContext(ctx context.Context, stmt interface{}) *Stmt         { return &Stmt{} }
func (tx *Tx) NamedStmtContext(ctx context.Context, stmt *NamedStmt) *NamedStmt { return stmt }
func (tx *Tx) PreparexContext(ctx context.Context, query string) (*Stmt, error) {
	return &Stmt{}, nil
}
func (tx *Tx) PrepareNamedContext(ctx context.Context, query string) (*NamedStmt, error) {
	return &NamedStmt{}, nil
}
func (tx *Tx) MustExecContext(ctx context.Context, query string, args ...interface{}) sql.Result {
	return nil
}
func (tx *Tx) QueryxContext(ctx context.Context, query string, args ...interface{}) (*Rows, error) {
	return &Rows{}, nil
}
func (tx *Tx) SelectContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}
func (tx *Tx) GetContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}
func (tx *Tx) QueryRowxContext(ctx context.Context, query string, args ...interface{}) *Row {
	return &Row{}
}
func (tx *Tx) NamedExecContext(ctx context.Context, query string, arg interface{}) (sql.Result, error) {
	return nil, nil
}

// Stmt embeds *sql.Stmt.
type Stmt struct {
	*sql.Stmt
	Mapper *reflectx.Mapper
}

func (s *Stmt) Unsafe() *Stmt                                      { return s }
func (s *Stmt) Select(dest interface{}, args ...interface{}) error { return nil }
func (s *Stmt) Get(dest interface{}, args ...interface{}) error    { return nil }
func (s *Stmt) MustExec(args ...interface{}) sql.Result            { return nil }
func (s *Stmt) QueryRowx(args ...interface{}) *Row                 { return &Row{} }
func (s *Stmt) Queryx(args ...interface{}) (*Rows, error)          { return &Rows{}, nil }
func (s *Stmt) SelectContext(ctx context.Context, dest interface{}, args ...interface{}) error {
	return nil
}
func (s *Stmt) GetContext(ctx context.Context, dest interface{}, args ...interface{}) error {
	return nil
}
func (s *Stmt) MustExecContext(ctx context.Context, args ...interface{}) sql.Result { return nil }
func (s *Stmt) QueryRowxContext(ctx context.Context, args ...interface{}) *Row      { return &Row{} }
func (s *Stmt) QueryxContext(ctx context.Context, args ...interface{}) (*Rows, error) {
	return &Rows{}, nil
}

// NamedStmt is a prepared statement that executes named queries.
type NamedStmt struct {
	Params      []string
	QueryString string
	Stmt        *Stmt
}

func (n *NamedStmt) Close() error                                   { return nil }
func (n *NamedStmt) Exec(arg interface{}) (sql.Result, error)       { return nil, nil }
func (n *NamedStmt) Query(arg interface{}) (*sql.Rows, error)       { return nil, nil }
func (n *NamedStmt) QueryRow(arg interface{}) *Row                  { return &Row{} }
func (n *NamedStmt) MustExec(arg interface{}) sql.Result            { return nil }
func (n *NamedStmt) Queryx(arg interface{}) (*Rows, error)          { return &Rows{}, nil }
func (n *NamedStmt) QueryRowx(arg interface{}) *Row                 { return &Row{} }
func (n *NamedStmt) Select(dest interface{}, arg interface{}) error { return nil }
func (n *NamedStmt) Get(dest interface{}, arg interface{}) error    { return nil }
func (n *NamedStmt) Unsafe() *NamedStmt                             { return n }
func (n *NamedStmt) ExecContext(ctx context.Context, arg interface{}) (sql.Result, error) {
	return nil, nil
}
func (n *NamedStmt) QueryContext(ctx context.Context, arg interface{}) (*sql.Rows, error) {
	return nil, nil
}
func (n *NamedStmt) QueryRowContext(ctx context.Context, arg interface{}) *Row { return &Row{} }
func (n *NamedStmt) MustExecContext(ctx context.Context, arg interface{}) sql.Result {
	return nil
}
func (n *NamedStmt) QueryxContext(ctx context.Context, arg interface{}) (*Rows, error) {
	return &Rows{}, nil
}
func (n *NamedStmt) QueryRowxContext(ctx context.Context, arg interface{}) *Row { return &Row{} }
func (n *NamedStmt) SelectContext(ctx context.Context, dest interface{}, arg interface{}) error {
	return nil
}
func (n *NamedStmt) GetContext(ctx context.Context, dest interface{}, arg interface{}) error {
	return nil
}

// Rows embeds *sql.Rows (Next, Scan, Close, Err are promoted).
type Rows struct {
	*sql.Rows
	Mapper *reflectx.Mapper
}

func (r *Rows) SliceScan() ([]interface{}, error)         { return nil, nil }
func (r *Rows) MapScan(dest map[string]interface{}) error { return nil }
func (r *Rows) StructScan(dest interface{}) error         { return nil }

// Row is NOT an embedding of *sql.Row: it is its own struct.
type Row struct {
	Mapper *reflectx.Mapper
}

func (r *Row) Scan(dest ...interface{}) error            { return nil }
func (r *Row) Columns() ([]string, error)                { return nil, nil }
func (r *Row) ColumnTypes() ([]*sql.ColumnType, error)   { return nil, nil }
func (r *Row) Err() error                                { return nil }
func (r *Row) SliceScan() ([]interface{}, error)         { return nil, nil }
func (r *Row) MapScan(dest map[string]interface{}) error { return nil }
func (r *Row) StructScan(dest interface{}) error         { return nil }

// Queryer is an interface used by Get and Select.
type Queryer interface {
	Query(query string, args ...interface{}) (*sql.Rows, error)
	Queryx(query string, args ...interface{}) (*Rows, error)
	QueryRowx(query string, args ...interface{}) *Row
}

// QueryerContext is an interface used by GetContext and SelectContext.
type QueryerContext interface {
	QueryContext(ctx context.Context, query string, args ...interface{}) (*sql.Rows, error)
	QueryxContext(ctx context.Context, query string, args ...interface{}) (*Rows, error)
	QueryRowxContext(ctx context.Context, query string, args ...interface{}) *Row
}

// Execer is an interface used by MustExec and LoadFile.
type Execer interface {
	Exec(query string, args ...interface{}) (sql.Result, error)
}

// ExecerContext is an interface used by MustExecContext and LoadFileContext.
type ExecerContext interface {
	ExecContext(ctx context.Context, query string, args ...interface{}) (sql.Result, error)
}

// binder is an interface for something which can bind queries (Tx, DB).
type binder interface {
	DriverName() string
	Rebind(string) string
	BindNamed(string, interface{}) (string, []interface{}, error)
}

// Ext is a union interface which can bind, query, and exec, used by NamedQuery and NamedExec.
type Ext interface {
	binder
	Queryer
	Execer
}

// ExtContext is a union interface which can bind, query, and exec, with Context.
type ExtContext interface {
	binder
	QueryerContext
	ExecerContext
}

// Preparer is an interface used by Preparex.
type Preparer interface {
	Prepare(query string) (*sql.Stmt, error)
}

// PreparerContext is an interface used by PreparexContext.
type PreparerContext interface {
	PrepareContext(ctx context.Context, query string) (*sql.Stmt, error)
}

// ColScanner is an interface used by MapScan and SliceScan.
type ColScanner interface {
	Columns() ([]string, error)
	Scan(dest ...interface{}) error
	Err() error
}

type rowsi interface {
	Close() error
	Columns() ([]string, error)
	Err() error
	Next() bool
	Scan(...interface{}) error
}

// Get does a QueryRow using the provided Queryer, and scans the resulting row to dest.
func Get(q Queryer, dest interface{}, query string, args ...interface{}) error { return nil }

// GetContext does a QueryRow using the provided Queryer, and scans the resulting row to dest.
func GetContext(ctx context.Context, q QueryerContext, dest interface{}, query string, args ...interface{}) error {
	return nil
}

// Select executes a query using the provided Queryer, and StructScans each row into dest.
func Select(q Queryer, dest interface{}, query string, args ...interface{}) error { return nil }

// SelectContext executes a query using the provided Queryer, and StructScans each row into dest.
func SelectContext(ctx context.Context, q QueryerContext, dest interface{}, query string, args ...interface{}) error {
	return nil
}

// MustExec execs the query using e and panics if there was an error.
func MustExec(e Execer, query string, args ...interface{}) sql.Result { return nil }

// MustExecContext execs the query using e and panics if there was an error.
func MustExecContext(ctx context.Context, e ExecerContext, query string, args ...interface{}) sql.Result {
	return nil
}

// NamedExec uses BindStruct to get a query executable by the driver and then runs Exec on the result.
func NamedExec(e Ext, query string, arg interface{}) (sql.Result, error) { return nil, nil }

// NamedExecContext uses BindStruct to get a query executable by the driver and then runs Exec on the result.
func NamedExecContext(ctx context.Context, e ExtContext, query string, arg interface{}) (sql.Result, error) {
	return nil, nil
}

// NamedQuery binds a named query and then runs Query on the result using the provided Ext.
func NamedQuery(e Ext, query string, arg interface{}) (*Rows, error) { return &Rows{}, nil }

// NamedQueryContext binds a named query and then runs Query on the result using the provided Ext.
func NamedQueryContext(ctx context.Context, e ExtContext, query string, arg interface{}) (*Rows, error) {
	return &Rows{}, nil
}

// Preparex prepares a statement.
func Preparex(p Preparer, query string) (*Stmt, error) { return &Stmt{}, nil }

// PreparexContext prepares a statement.
func PreparexContext(ctx context.Context, p PreparerContext, query string) (*Stmt, error) {
	return &Stmt{}, nil
}

// In expands slice values in args, returning the modified query string and a new arg list.
func In(query string, args ...interface{}) (string, []interface{}, error) { return query, args, nil }

// Named takes a query using named parameters and an argument and returns a new query with a list of args.
func Named(query string, arg interface{}) (string, []interface{}, error) { return query, nil, nil }

// Rebind a query from the default bindtype (QUESTION) to the target bindtype.
func Rebind(bindType int, query string) string { return query }

// BindType returns the bindtype for a given database given a drivername.
func BindType(driverName string) int { return UNKNOWN }

// StructScan all rows from an sql.Rows or an sqlx.Rows into the dest slice.
func StructScan(rows rowsi, dest interface{}) error { return nil }

// MapScan scans a single Row into the dest map[string]interface{}.
func MapScan(r ColScanner, dest map[string]interface{}) error { return nil }

// SliceScan a row, returning a []interface{} with values similar to MapScan.
func SliceScan(r ColScanner) ([]interface{}, error) { return nil, nil }
