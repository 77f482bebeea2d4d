// Package exec is a stub of github.com/doug-martin/goqu/v9/exec for scalevet's analyzer tests: only the API shape matters.
package exec

import (
	"context"
	gsql "database/sql"
)

// QueryExecutor runs a built statement.
type QueryExecutor struct {
	db    *gsql.DB
	query string
}

func (q QueryExecutor) ToSQL() (sql string, args []interface{}, err error) { return q.query, nil, nil }
func (q QueryExecutor) Exec() (gsql.Result, error)                         { return q.db.Exec(q.query) }
func (q QueryExecutor) ExecContext(ctx context.Context) (gsql.Result, error) {
	return q.db.ExecContext(ctx, q.query)
}
func (q QueryExecutor) Query() (*gsql.Rows, error) { return q.db.Query(q.query) }
func (q QueryExecutor) QueryContext(ctx context.Context) (*gsql.Rows, error) {
	return q.db.QueryContext(ctx, q.query)
}
func (q QueryExecutor) ScanStructs(i interface{}) error { return nil }
func (q QueryExecutor) ScanStructsContext(ctx context.Context, i interface{}) error {
	return nil
}
func (q QueryExecutor) ScanStruct(i interface{}) (bool, error) { return false, nil }
func (q QueryExecutor) ScanStructContext(ctx context.Context, i interface{}) (bool, error) {
	return false, nil
}
func (q QueryExecutor) ScanVals(i interface{}) error                             { return nil }
func (q QueryExecutor) ScanValsContext(ctx context.Context, i interface{}) error { return nil }
func (q QueryExecutor) ScanVal(i interface{}) (bool, error)                      { return false, nil }
func (q QueryExecutor) ScanValContext(ctx context.Context, i interface{}) (bool, error) {
	return false, nil
}
