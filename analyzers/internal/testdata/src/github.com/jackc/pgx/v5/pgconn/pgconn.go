// Package pgconn is a stub of github.com/jackc/pgx/v5/pgconn for scalevet's analyzer tests: only the API shape matters.
package pgconn

import (
	"context"
	"crypto/tls"
	"net"
	"time"
)

// CommandTag is the status text returned by PostgreSQL for a query. It is
// a struct with value-receiver methods.
type CommandTag struct {
	s string
}

// NewCommandTag makes a CommandTag from s.
func NewCommandTag(s string) CommandTag { return CommandTag{s: s} }

func (ct CommandTag) RowsAffected() int64 { return 0 }
func (ct CommandTag) String() string      { return ct.s }
func (ct CommandTag) Insert() bool        { return false }
func (ct CommandTag) Update() bool        { return false }
func (ct CommandTag) Delete() bool        { return false }
func (ct CommandTag) Select() bool        { return false }

// FieldDescription describes a result column.
type FieldDescription struct {
	Name                 string
	TableOID             uint32
	TableAttributeNumber uint16
	DataTypeOID          uint32
	DataTypeSize         int16
	TypeModifier         int32
	Format               int16
}

// StatementDescription is a description of a prepared statement.
type StatementDescription struct {
	Name      string
	SQL       string
	ParamOIDs []uint32
	Fields    []FieldDescription
}

// Notification is a message received from the PostgreSQL LISTEN/NOTIFY system.
type Notification struct {
	PID     uint32
	Channel string
	Payload string
}

// PgError represents an error reported by the PostgreSQL server.
type PgError struct {
	Severity       string
	Code           string
	Message        string
	Detail         string
	Hint           string
	TableName      string
	ColumnName     string
	ConstraintName string
}

func (pe *PgError) Error() string    { return pe.Message }
func (pe *PgError) SQLState() string { return pe.Code }

// DialFunc is a function that can be used to connect to a PostgreSQL server.
type DialFunc func(ctx context.Context, network, addr string) (net.Conn, error)

// LookupFunc is a function that can be used to lookup IPs addrs from host.
type LookupFunc func(ctx context.Context, host string) (addrs []string, err error)

// Config is the settings used to establish a connection to a PostgreSQL server.
type Config struct {
	Host           string
	Port           uint16
	Database       string
	User           string
	Password       string
	TLSConfig      *tls.Config
	ConnectTimeout time.Duration
	DialFunc       DialFunc
	LookupFunc     LookupFunc
}

// PgConn is a low-level PostgreSQL connection handle.
type PgConn struct{ _ int }

func (pgConn *PgConn) Conn() net.Conn                  { return nil }
func (pgConn *PgConn) PID() uint32                     { return 0 }
func (pgConn *PgConn) Close(ctx context.Context) error { return nil }
func (pgConn *PgConn) IsClosed() bool                  { return false }

// SafeToRetry checks if the err is guaranteed to have occurred before sending any data to the server.
func SafeToRetry(err error) bool { return false }

// Timeout checks if err was caused by a timeout.
func Timeout(err error) bool { return false }
