// Package gorm is a stub of github.com/jinzhu/gorm (gorm v1, v1.9.16)
// for scalevet's analyzer tests: only the API shape matters.
package gorm

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// ErrRecordNotFound is returned by First, Take and Last when no row matches.
var ErrRecordNotFound = errors.New("record not found")

// DB is gorm v1's handle. Chain methods clone it; finishers run SQL
// through callbacks and report errors in the Error field.
type DB struct {
	Value        interface{}
	Error        error
	RowsAffected int64
}

// Model is the base model with ID, CreatedAt, UpdatedAt, DeletedAt.
type Model struct {
	ID        uint `gorm:"primary_key"`
	CreatedAt time.Time
	UpdatedAt time.Time
	DeletedAt *time.Time `sql:"index"`
}

// Open opens a connection pool: Open("postgres", dsn).
func Open(dialect string, args ...interface{}) (db *DB, err error) { return &DB{}, nil }

// Chain methods.

func (s *DB) New() *DB                                                { return s }
func (s *DB) Where(query interface{}, args ...interface{}) *DB        { return s }
func (s *DB) Or(query interface{}, args ...interface{}) *DB           { return s }
func (s *DB) Not(query interface{}, args ...interface{}) *DB          { return s }
func (s *DB) Limit(limit interface{}) *DB                             { return s }
func (s *DB) Offset(offset interface{}) *DB                           { return s }
func (s *DB) Order(value interface{}, reorder ...bool) *DB            { return s }
func (s *DB) Select(query interface{}, args ...interface{}) *DB       { return s }
func (s *DB) Omit(columns ...string) *DB                              { return s }
func (s *DB) Group(query string) *DB                                  { return s }
func (s *DB) Having(query interface{}, values ...interface{}) *DB     { return s }
func (s *DB) Joins(query string, args ...interface{}) *DB             { return s }
func (s *DB) Scopes(funcs ...func(*DB) *DB) *DB                       { return s }
func (s *DB) Unscoped() *DB                                           { return s }
func (s *DB) Attrs(attrs ...interface{}) *DB                          { return s }
func (s *DB) Assign(attrs ...interface{}) *DB                         { return s }
func (s *DB) Raw(sql string, values ...interface{}) *DB               { return s }
func (s *DB) Model(value interface{}) *DB                             { return s }
func (s *DB) Table(name string) *DB                                   { return s }
func (s *DB) Debug() *DB                                              { return s }
func (s *DB) Preload(column string, conditions ...interface{}) *DB    { return s }
func (s *DB) Set(name string, value interface{}) *DB                  { return s }
func (s *DB) Get(name string) (value interface{}, ok bool)            { return nil, false }
func (s *DB) LogMode(enable bool) *DB                                 { return s }
func (s *DB) Association(column string) *Association                  { return &Association{} }
func (s *DB) Transaction(fc func(tx *DB) error) (err error)           { return nil }
func (s *DB) Begin() *DB                                              { return s }
func (s *DB) BeginTx(ctx context.Context, opts *sql.TxOptions) *DB    { return s }
func (s *DB) Commit() *DB                                             { return s }
func (s *DB) Rollback() *DB                                           { return s }
func (s *DB) RecordNotFound() bool                                    { return false }
func (s *DB) NewRecord(value interface{}) bool                        { return false }
func (s *DB) AutoMigrate(values ...interface{}) *DB                   { return s }
func (s *DB) Close() error                                            { return nil }
func (s *DB) DB() *sql.DB                                             { return nil }
func (s *DB) ScanRows(rows *sql.Rows, result interface{}) error       { return nil }
func (s *DB) AddError(err error) error                                { return err }
func (s *DB) GetErrors() []error                                      { return nil }
func (s *DB) HasTable(value interface{}) bool                         { return false }
func (s *DB) Callback() *Callback                                     { return nil }
func (s *DB) SetNowFuncOverride(nowFuncOverride func() time.Time) *DB { return s }

// Finishers: these run SQL.

func (s *DB) First(out interface{}, where ...interface{}) *DB         { return s }
func (s *DB) Take(out interface{}, where ...interface{}) *DB          { return s }
func (s *DB) Last(out interface{}, where ...interface{}) *DB          { return s }
func (s *DB) Find(out interface{}, where ...interface{}) *DB          { return s }
func (s *DB) Scan(dest interface{}) *DB                               { return s }
func (s *DB) Row() *sql.Row                                           { return nil }
func (s *DB) Rows() (*sql.Rows, error)                                { return nil, nil }
func (s *DB) Pluck(column string, value interface{}) *DB              { return s }
func (s *DB) Count(value interface{}) *DB                             { return s }
func (s *DB) Related(value interface{}, foreignKeys ...string) *DB    { return s }
func (s *DB) FirstOrInit(out interface{}, where ...interface{}) *DB   { return s }
func (s *DB) FirstOrCreate(out interface{}, where ...interface{}) *DB { return s }
func (s *DB) Update(attrs ...interface{}) *DB                         { return s }
func (s *DB) Updates(values interface{}, ignoreProtectedAttrs ...bool) *DB {
	return s
}
func (s *DB) UpdateColumn(attrs ...interface{}) *DB              { return s }
func (s *DB) UpdateColumns(values interface{}) *DB               { return s }
func (s *DB) Save(value interface{}) *DB                         { return s }
func (s *DB) Create(value interface{}) *DB                       { return s }
func (s *DB) Delete(value interface{}, where ...interface{}) *DB { return s }
func (s *DB) Exec(sql string, values ...interface{}) *DB         { return s }

// Callback holds the callbacks through which gorm v1 runs its queries.
type Callback struct{}

// Association is the association mode of a model: db.Model(&u).Association("Tags").
type Association struct {
	Error error
}

func (association *Association) Find(value interface{}) *Association        { return association }
func (association *Association) Append(values ...interface{}) *Association  { return association }
func (association *Association) Replace(values ...interface{}) *Association { return association }
func (association *Association) Delete(values ...interface{}) *Association  { return association }
func (association *Association) Clear() *Association                        { return association }
func (association *Association) Count() int                                 { return 0 }
