// Package sqlite3 is a stub of github.com/mattn/go-sqlite3: its
// database/sql driver, which a service may register under a name of
// its own to hook every connection.
package sqlite3

import "database/sql/driver"

// SQLiteConn is one connection.
type SQLiteConn struct{}

// SQLiteDriver is the driver.
type SQLiteDriver struct {
	Extensions  []string
	ConnectHook func(*SQLiteConn) error
}

// Open opens a connection.
func (d *SQLiteDriver) Open(dsn string) (driver.Conn, error) { return nil, nil }
