// Package pg is a stub of github.com/go-pg/pg/v10 for scalevet's
// analyzer tests: only the API shape matters.
package pg

import (
	"context"

	"github.com/go-pg/pg/v10/orm"
)

// Result summarizes an executed SQL command.
type Result = orm.Result

// Options contains database connection options.
type Options struct {
	Addr     string
	User     string
	Database string
}

// In accepts a slice and returns a wrapper that can be used with the
// PostgreSQL IN operator.
func In(slice interface{}) interface{} { return slice }

type baseDB struct{ _ int }

func (db *baseDB) Model(model ...interface{}) *orm.Query { return &orm.Query{} }
func (db *baseDB) ModelContext(c context.Context, model ...interface{}) *orm.Query {
	return &orm.Query{}
}
func (db *baseDB) Exec(query interface{}, params ...interface{}) (Result, error) { return nil, nil }
func (db *baseDB) ExecContext(c context.Context, query interface{}, params ...interface{}) (Result, error) {
	return nil, nil
}
func (db *baseDB) ExecOne(query interface{}, params ...interface{}) (Result, error) { return nil, nil }
func (db *baseDB) ExecOneContext(c context.Context, query interface{}, params ...interface{}) (Result, error) {
	return nil, nil
}
func (db *baseDB) Query(model, query interface{}, params ...interface{}) (Result, error) {
	return nil, nil
}
func (db *baseDB) QueryContext(c context.Context, model, query interface{}, params ...interface{}) (Result, error) {
	return nil, nil
}
func (db *baseDB) QueryOne(model, query interface{}, params ...interface{}) (Result, error) {
	return nil, nil
}
func (db *baseDB) QueryOneContext(c context.Context, model, query interface{}, params ...interface{}) (Result, error) {
	return nil, nil
}
func (db *baseDB) Begin() (*Tx, error) { return &Tx{}, nil }

// DB is a database handle representing a pool of zero or more
// underlying connections.
type DB struct{ *baseDB }

// Connect connects to a database using provided options.
func Connect(opt *Options) *DB { return &DB{baseDB: &baseDB{}} }

func (db *DB) Close() error { return nil }

// Conn represents a single database connection.
type Conn struct{ *baseDB }

// Tx is an in-progress database transaction.
type Tx struct{ _ int }

func (tx *Tx) Model(model ...interface{}) *orm.Query { return &orm.Query{} }
func (tx *Tx) ModelContext(c context.Context, model ...interface{}) *orm.Query {
	return &orm.Query{}
}
func (tx *Tx) Exec(query interface{}, params ...interface{}) (Result, error) { return nil, nil }
func (tx *Tx) ExecContext(c context.Context, query interface{}, params ...interface{}) (Result, error) {
	return nil, nil
}
func (tx *Tx) ExecOne(query interface{}, params ...interface{}) (Result, error) { return nil, nil }
func (tx *Tx) ExecOneContext(c context.Context, query interface{}, params ...interface{}) (Result, error) {
	return nil, nil
}
func (tx *Tx) Query(model interface{}, query interface{}, params ...interface{}) (Result, error) {
	return nil, nil
}
func (tx *Tx) QueryContext(c context.Context, model interface{}, query interface{}, params ...interface{}) (Result, error) {
	return nil, nil
}
func (tx *Tx) QueryOne(model interface{}, query interface{}, params ...interface{}) (Result, error) {
	return nil, nil
}
func (tx *Tx) QueryOneContext(c context.Context, model interface{}, query interface{}, params ...interface{}) (Result, error) {
	return nil, nil
}
func (tx *Tx) Commit() error   { return nil }
func (tx *Tx) Rollback() error { return nil }
