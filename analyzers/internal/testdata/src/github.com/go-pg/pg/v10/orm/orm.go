// Package orm is a stub of github.com/go-pg/pg/v10/orm for scalevet's
// analyzer tests: only the API shape matters.
package orm

import "context"

// Result summarizes an executed SQL command.
type Result interface {
	RowsAffected() int
	RowsReturned() int
}

// DB is a common interface for pg.DB and pg.Tx types.
type DB interface {
	Model(model ...interface{}) *Query
	ModelContext(c context.Context, model ...interface{}) *Query
	Exec(query interface{}, params ...interface{}) (Result, error)
	ExecContext(c context.Context, query interface{}, params ...interface{}) (Result, error)
	ExecOne(query interface{}, params ...interface{}) (Result, error)
	ExecOneContext(c context.Context, query interface{}, params ...interface{}) (Result, error)
	Query(model, query interface{}, params ...interface{}) (Result, error)
	QueryContext(c context.Context, model, query interface{}, params ...interface{}) (Result, error)
	QueryOne(model, query interface{}, params ...interface{}) (Result, error)
	QueryOneContext(c context.Context, model, query interface{}, params ...interface{}) (Result, error)
}

// Query is a query builder.
type Query struct{ _ int }

func (q *Query) Model(model ...interface{}) *Query                                  { return q }
func (q *Query) Column(columns ...string) *Query                                    { return q }
func (q *Query) Table(tables ...string) *Query                                      { return q }
func (q *Query) TableExpr(expr string, params ...interface{}) *Query                { return q }
func (q *Query) Relation(name string, apply ...func(*Query) (*Query, error)) *Query { return q }
func (q *Query) Where(condition string, params ...interface{}) *Query               { return q }
func (q *Query) WhereOr(condition string, params ...interface{}) *Query             { return q }
func (q *Query) WhereGroup(fn func(*Query) (*Query, error)) *Query                  { return q }
func (q *Query) WhereIn(where string, slice interface{}) *Query                     { return q }
func (q *Query) WherePK() *Query                                                    { return q }
func (q *Query) Join(join string, params ...interface{}) *Query                     { return q }
func (q *Query) Order(orders ...string) *Query                                      { return q }
func (q *Query) Limit(n int) *Query                                                 { return q }
func (q *Query) Offset(n int) *Query                                                { return q }
func (q *Query) Apply(fn func(*Query) (*Query, error)) *Query                       { return q }
func (q *Query) Count() (int, error)                                                { return 0, nil }
func (q *Query) CountEstimate(threshold int) (int, error)                           { return 0, nil }
func (q *Query) First() error                                                       { return nil }
func (q *Query) Last() error                                                        { return nil }
func (q *Query) Select(values ...interface{}) error                                 { return nil }
func (q *Query) SelectAndCount(values ...interface{}) (int, error)                  { return 0, nil }
func (q *Query) SelectAndCountEstimate(threshold int, values ...interface{}) (int, error) {
	return 0, nil
}
func (q *Query) Exists() (bool, error)                              { return false, nil }
func (q *Query) Insert(values ...interface{}) (Result, error)       { return nil, nil }
func (q *Query) SelectOrInsert(values ...interface{}) (bool, error) { return false, nil }
func (q *Query) Update(scan ...interface{}) (Result, error)         { return nil, nil }
func (q *Query) UpdateNotZero(scan ...interface{}) (Result, error)  { return nil, nil }
func (q *Query) Delete(values ...interface{}) (Result, error)       { return nil, nil }
func (q *Query) ForceDelete(values ...interface{}) (Result, error)  { return nil, nil }
