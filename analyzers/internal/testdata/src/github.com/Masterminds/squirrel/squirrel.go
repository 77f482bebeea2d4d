// Package squirrel is a stub of github.com/Masterminds/squirrel: the
// statement builders, their runners and sq.Eq.
package squirrel

import (
	"context"
	"database/sql"
)

type BaseRunner interface {
	Exec(query string, args ...interface{}) (sql.Result, error)
	Query(query string, args ...interface{}) (*sql.Rows, error)
}

type RowScanner interface {
	Scan(dest ...interface{}) error
}

type PlaceholderFormat interface {
	ReplacePlaceholders(sql string) (string, error)
}

type dollarFormat struct{}

func (dollarFormat) ReplacePlaceholders(sql string) (string, error) { return sql, nil }

var Dollar = dollarFormat{}

// Eq is a map of column to value: a slice value renders as IN (...).
type Eq map[string]interface{}

type StatementBuilderType struct{}

var StatementBuilder = StatementBuilderType{}

func (b StatementBuilderType) PlaceholderFormat(f PlaceholderFormat) StatementBuilderType { return b }
func (b StatementBuilderType) RunWith(runner BaseRunner) StatementBuilderType             { return b }
func (b StatementBuilderType) Select(columns ...string) SelectBuilder                     { return SelectBuilder{} }
func (b StatementBuilderType) Insert(into string) InsertBuilder                           { return InsertBuilder{} }

func Select(columns ...string) SelectBuilder { return SelectBuilder{} }
func Insert(into string) InsertBuilder       { return InsertBuilder{} }
func Update(table string) UpdateBuilder      { return UpdateBuilder{} }
func Delete(from string) DeleteBuilder       { return DeleteBuilder{} }

type SelectBuilder struct{}

func (b SelectBuilder) RunWith(runner BaseRunner) SelectBuilder                    { return b }
func (b SelectBuilder) From(from string) SelectBuilder                             { return b }
func (b SelectBuilder) Where(pred interface{}, args ...interface{}) SelectBuilder  { return b }
func (b SelectBuilder) Limit(limit uint64) SelectBuilder                           { return b }
func (b SelectBuilder) OrderBy(orderBys ...string) SelectBuilder                   { return b }
func (b SelectBuilder) Join(join string, rest ...interface{}) SelectBuilder        { return b }
func (b SelectBuilder) PlaceholderFormat(f PlaceholderFormat) SelectBuilder        { return b }
func (b SelectBuilder) ToSql() (string, []interface{}, error)                      { return "", nil, nil }
func (b SelectBuilder) Exec() (sql.Result, error)                                  { return nil, nil }
func (b SelectBuilder) Query() (*sql.Rows, error)                                  { return nil, nil }
func (b SelectBuilder) QueryRow() RowScanner                                       { return nil }
func (b SelectBuilder) Scan(dest ...interface{}) error                             { return nil }
func (b SelectBuilder) QueryContext(ctx context.Context) (*sql.Rows, error)        { return nil, nil }
func (b SelectBuilder) QueryRowContext(ctx context.Context) RowScanner             { return nil }
func (b SelectBuilder) ScanContext(ctx context.Context, dest ...interface{}) error { return nil }

type InsertBuilder struct{}

func (b InsertBuilder) RunWith(runner BaseRunner) InsertBuilder             { return b }
func (b InsertBuilder) Columns(columns ...string) InsertBuilder             { return b }
func (b InsertBuilder) Values(values ...interface{}) InsertBuilder          { return b }
func (b InsertBuilder) Select(sb SelectBuilder) InsertBuilder               { return b }
func (b InsertBuilder) Exec() (sql.Result, error)                           { return nil, nil }
func (b InsertBuilder) ExecContext(ctx context.Context) (sql.Result, error) { return nil, nil }
func (b InsertBuilder) QueryRowContext(ctx context.Context) RowScanner      { return nil }

type UpdateBuilder struct{}

func (b UpdateBuilder) RunWith(runner BaseRunner) UpdateBuilder                   { return b }
func (b UpdateBuilder) Set(column string, value interface{}) UpdateBuilder        { return b }
func (b UpdateBuilder) Where(pred interface{}, args ...interface{}) UpdateBuilder { return b }
func (b UpdateBuilder) Exec() (sql.Result, error)                                 { return nil, nil }
func (b UpdateBuilder) ExecContext(ctx context.Context) (sql.Result, error)       { return nil, nil }

type DeleteBuilder struct{}

func (b DeleteBuilder) RunWith(runner BaseRunner) DeleteBuilder                   { return b }
func (b DeleteBuilder) Where(pred interface{}, args ...interface{}) DeleteBuilder { return b }
func (b DeleteBuilder) Exec() (sql.Result, error)                                 { return nil, nil }

func (b InsertBuilder) Query() (*sql.Rows, error)                                  { return nil, nil }
func (b InsertBuilder) QueryContext(ctx context.Context) (*sql.Rows, error)        { return nil, nil }
func (b InsertBuilder) QueryRow() RowScanner                                       { return nil }
func (b InsertBuilder) Scan(dest ...interface{}) error                             { return nil }
func (b InsertBuilder) ScanContext(ctx context.Context, dest ...interface{}) error { return nil }

func (b UpdateBuilder) Query() (*sql.Rows, error)                                  { return nil, nil }
func (b UpdateBuilder) QueryContext(ctx context.Context) (*sql.Rows, error)        { return nil, nil }
func (b UpdateBuilder) QueryRow() RowScanner                                       { return nil }
func (b UpdateBuilder) QueryRowContext(ctx context.Context) RowScanner             { return nil }
func (b UpdateBuilder) Scan(dest ...interface{}) error                             { return nil }
func (b UpdateBuilder) ScanContext(ctx context.Context, dest ...interface{}) error { return nil }

func (b DeleteBuilder) ExecContext(ctx context.Context) (sql.Result, error)        { return nil, nil }
func (b DeleteBuilder) Query() (*sql.Rows, error)                                  { return nil, nil }
func (b DeleteBuilder) QueryContext(ctx context.Context) (*sql.Rows, error)        { return nil, nil }
func (b DeleteBuilder) QueryRowContext(ctx context.Context) RowScanner             { return nil }
func (b DeleteBuilder) ScanContext(ctx context.Context, dest ...interface{}) error { return nil }
