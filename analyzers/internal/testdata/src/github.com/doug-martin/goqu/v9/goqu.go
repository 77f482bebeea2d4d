// Package goqu is a stub of github.com/doug-martin/goqu/v9 for scalevet's analyzer tests: only the API shape matters.
package goqu

import (
	"context"
	"database/sql"

	"github.com/doug-martin/goqu/v9/exec"
	"github.com/doug-martin/goqu/v9/exp"
)

type (
	// Ex is a map of column to value.
	Ex = exp.Ex
	// SQLDatabase is what New wraps.
	SQLDatabase interface {
		ExecContext(ctx context.Context, query string, args ...interface{}) (sql.Result, error)
		QueryContext(ctx context.Context, query string, args ...interface{}) (*sql.Rows, error)
	}
)

// Database is a handle that builds and runs statements.
type Database struct {
	dialect string
	db      SQLDatabase
}

// New wraps db for dialect.
func New(dialect string, db SQLDatabase) *Database { return &Database{dialect: dialect, db: db} }

// C names a column.
func C(col string) exp.IdentifierExpression { return exp.NewIdentifierExpression(col) }

// From starts a select of table.
func From(table ...interface{}) *SelectDataset { return &SelectDataset{} }

// Select starts a select of cols.
func Select(cols ...interface{}) *SelectDataset { return &SelectDataset{} }

// Insert starts an insert into table.
func Insert(table interface{}) *InsertDataset { return &InsertDataset{} }

func (d *Database) From(from ...interface{}) *SelectDataset   { return &SelectDataset{} }
func (d *Database) Select(cols ...interface{}) *SelectDataset { return &SelectDataset{} }
func (d *Database) Update(table interface{}) *UpdateDataset   { return &UpdateDataset{} }
func (d *Database) Insert(table interface{}) *InsertDataset   { return &InsertDataset{} }
func (d *Database) Delete(table interface{}) *DeleteDataset   { return &DeleteDataset{} }

// SelectDataset builds a select.
type SelectDataset struct{}

func (sd *SelectDataset) Select(selects ...interface{}) *SelectDataset { return sd }
func (sd *SelectDataset) From(from ...interface{}) *SelectDataset      { return sd }
func (sd *SelectDataset) Join(table exp.Expression, condition exp.JoinCondition) *SelectDataset {
	return sd
}
func (sd *SelectDataset) InnerJoin(table exp.Expression, condition exp.JoinCondition) *SelectDataset {
	return sd
}
func (sd *SelectDataset) LeftJoin(table exp.Expression, condition exp.JoinCondition) *SelectDataset {
	return sd
}
func (sd *SelectDataset) Where(expressions ...exp.Expression) *SelectDataset  { return sd }
func (sd *SelectDataset) Order(order ...exp.OrderedExpression) *SelectDataset { return sd }
func (sd *SelectDataset) GroupBy(groupBy ...interface{}) *SelectDataset       { return sd }
func (sd *SelectDataset) Having(expressions ...exp.Expression) *SelectDataset { return sd }
func (sd *SelectDataset) Limit(limit uint) *SelectDataset                     { return sd }
func (sd *SelectDataset) Offset(offset uint) *SelectDataset                   { return sd }
func (sd *SelectDataset) Executor() exec.QueryExecutor                        { return exec.QueryExecutor{} }
func (sd *SelectDataset) ScanStructs(i interface{}) error                     { return nil }
func (sd *SelectDataset) ScanStructsContext(ctx context.Context, i interface{}) error {
	return nil
}
func (sd *SelectDataset) ScanStruct(i interface{}) (bool, error) { return false, nil }
func (sd *SelectDataset) ScanStructContext(ctx context.Context, i interface{}) (bool, error) {
	return false, nil
}
func (sd *SelectDataset) ScanVals(i interface{}) error                             { return nil }
func (sd *SelectDataset) ScanValsContext(ctx context.Context, i interface{}) error { return nil }
func (sd *SelectDataset) ScanVal(i interface{}) (bool, error)                      { return false, nil }
func (sd *SelectDataset) ScanValContext(ctx context.Context, i interface{}) (bool, error) {
	return false, nil
}
func (sd *SelectDataset) Count() (int64, error)                           { return 0, nil }
func (sd *SelectDataset) CountContext(ctx context.Context) (int64, error) { return 0, nil }
func (sd *SelectDataset) Pluck(i interface{}, col string) error           { return nil }
func (sd *SelectDataset) PluckContext(ctx context.Context, i interface{}, col string) error {
	return nil
}

// InsertDataset builds an insert.
type InsertDataset struct{}

func (id *InsertDataset) Rows(rows ...interface{}) *InsertDataset { return id }
func (id *InsertDataset) Executor() exec.QueryExecutor            { return exec.QueryExecutor{} }

// UpdateDataset builds an update.
type UpdateDataset struct{}

func (ud *UpdateDataset) Set(values interface{}) *UpdateDataset              { return ud }
func (ud *UpdateDataset) Where(expressions ...exp.Expression) *UpdateDataset { return ud }
func (ud *UpdateDataset) Executor() exec.QueryExecutor                       { return exec.QueryExecutor{} }

// DeleteDataset builds a delete.
type DeleteDataset struct{}

func (dd *DeleteDataset) Where(expressions ...exp.Expression) *DeleteDataset { return dd }
func (dd *DeleteDataset) Executor() exec.QueryExecutor                       { return exec.QueryExecutor{} }
