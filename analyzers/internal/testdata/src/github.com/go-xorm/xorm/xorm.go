// Package xorm is a stub of github.com/go-xorm/xorm (v0.7, the old path of xorm) for scalevet's analyzer
// tests: only the API shape matters.
package xorm

import (
	"context"
	"database/sql"
)

// Engine is the database engine: a pool and a mapper. Each of its
// builder methods starts a new Session.
type Engine struct{}

// Session is a query under construction, and a transaction when begun.
// Builder methods change the session and return it.
type Session struct{}

// EngineGroup is a master engine with slaves.
type EngineGroup struct {
	*Engine
}

// Rows iterates the rows of Rows(bean).
type Rows struct{}

func (rs *Rows) Next() bool                      { return false }
func (rs *Rows) Scan(beans ...interface{}) error { return nil }
func (rs *Rows) Close() error                    { return nil }

// IterFunc is called per row by Iterate.
type IterFunc func(idx int, bean interface{}) error

// NewEngine opens an engine (a connection pool).
func NewEngine(driverName string, dataSourceName string) (*Engine, error) {
	return &Engine{}, nil
}

// NewEngineGroup opens an engine group.
func NewEngineGroup(args1, args2 interface{}, policies ...interface{}) (*EngineGroup, error) {
	return &EngineGroup{}, nil
}

func (engine *Engine) NewSession() *Session      { return &Session{} }
func (engine *Engine) Close() error              { return nil }
func (engine *Engine) ShowSQL(show ...bool)      {}
func (engine *Engine) SetMaxOpenConns(conns int) {}
func (engine *Engine) Transaction(f func(*Session) (interface{}, error)) (interface{}, error) {
	return nil, nil
}

func (session *Session) And(query interface{}, args ...interface{}) *Session { return session }
func (session *Session) ForUpdate() *Session                                 { return session }
func (session *Session) Begin() error                                        { return nil }
func (session *Session) Commit() error                                       { return nil }
func (session *Session) Rollback() error                                     { return nil }
func (session *Session) Close() error                                        { return nil }
func (session *Session) Engine() *Engine                                     { return nil }
func (session *Session) InsertMulti(rowsSlicePtr interface{}) (int64, error) { return 0, nil }

func (engine *Engine) Where(query interface{}, args ...interface{}) *Session   { return nil }
func (engine *Engine) Or(query interface{}, args ...interface{}) *Session      { return nil }
func (engine *Engine) ID(id interface{}) *Session                              { return nil }
func (engine *Engine) In(column string, args ...interface{}) *Session          { return nil }
func (engine *Engine) NotIn(column string, args ...interface{}) *Session       { return nil }
func (engine *Engine) Limit(limit int, start ...int) *Session                  { return nil }
func (engine *Engine) SQL(query interface{}, args ...interface{}) *Session     { return nil }
func (engine *Engine) Table(tableNameOrBean interface{}) *Session              { return nil }
func (engine *Engine) Alias(alias string) *Session                             { return nil }
func (engine *Engine) Cols(columns ...string) *Session                         { return nil }
func (engine *Engine) AllCols() *Session                                       { return nil }
func (engine *Engine) MustCols(columns ...string) *Session                     { return nil }
func (engine *Engine) Omit(columns ...string) *Session                         { return nil }
func (engine *Engine) Select(str string) *Session                              { return nil }
func (engine *Engine) Distinct(columns ...string) *Session                     { return nil }
func (engine *Engine) OrderBy(order interface{}, args ...interface{}) *Session { return nil }
func (engine *Engine) Desc(colNames ...string) *Session                        { return nil }
func (engine *Engine) Asc(colNames ...string) *Session                         { return nil }
func (engine *Engine) GroupBy(keys string) *Session                            { return nil }
func (engine *Engine) Having(conditions string) *Session                       { return nil }
func (engine *Engine) Join(joinOperator string, tablename interface{}, condition string, args ...interface{}) *Session {
	return nil
}
func (engine *Engine) Context(ctx context.Context) *Session                          { return nil }
func (engine *Engine) Unscoped() *Session                                            { return nil }
func (engine *Engine) NoAutoCondition(no ...bool) *Session                           { return nil }
func (engine *Engine) UseBool(columns ...string) *Session                            { return nil }
func (engine *Engine) Incr(column string, arg ...interface{}) *Session               { return nil }
func (engine *Engine) Decr(column string, arg ...interface{}) *Session               { return nil }
func (engine *Engine) SetExpr(column string, expression interface{}) *Session        { return nil }
func (engine *Engine) Prepare() *Session                                             { return nil }
func (engine *Engine) Find(rowsSlicePtr interface{}, condiBean ...interface{}) error { return nil }
func (engine *Engine) FindAndCount(rowsSlicePtr interface{}, condiBean ...interface{}) (int64, error) {
	return 0, nil
}
func (engine *Engine) Get(bean interface{}) (bool, error)                            { return false, nil }
func (engine *Engine) Exist(bean ...interface{}) (bool, error)                       { return false, nil }
func (engine *Engine) Count(bean ...interface{}) (int64, error)                      { return 0, nil }
func (engine *Engine) Iterate(bean interface{}, fun IterFunc) error                  { return nil }
func (engine *Engine) Rows(bean interface{}) (*Rows, error)                          { return nil, nil }
func (engine *Engine) Sum(bean interface{}, colName string) (float64, error)         { return 0, nil }
func (engine *Engine) SumInt(bean interface{}, colName string) (int64, error)        { return 0, nil }
func (engine *Engine) Sums(bean interface{}, colNames ...string) ([]float64, error)  { return nil, nil }
func (engine *Engine) SumsInt(bean interface{}, colNames ...string) ([]int64, error) { return nil, nil }
func (engine *Engine) Insert(beans ...interface{}) (int64, error)                    { return 0, nil }
func (engine *Engine) InsertOne(bean interface{}) (int64, error)                     { return 0, nil }
func (engine *Engine) Update(bean interface{}, condiBean ...interface{}) (int64, error) {
	return 0, nil
}
func (engine *Engine) Delete(bean interface{}) (int64, error)                      { return 0, nil }
func (engine *Engine) Exec(sqlOrArgs ...interface{}) (sql.Result, error)           { return nil, nil }
func (engine *Engine) Query(sqlOrArgs ...interface{}) ([]map[string][]byte, error) { return nil, nil }
func (engine *Engine) QueryString(sqlOrArgs ...interface{}) ([]map[string]string, error) {
	return nil, nil
}
func (engine *Engine) QueryInterface(sqlOrArgs ...interface{}) ([]map[string]interface{}, error) {
	return nil, nil
}
func (engine *Engine) Sync(beans ...interface{}) error  { return nil }
func (engine *Engine) Sync2(beans ...interface{}) error { return nil }
func (engine *Engine) Ping() error                      { return nil }

func (session *Session) Where(query interface{}, args ...interface{}) *Session   { return session }
func (session *Session) Or(query interface{}, args ...interface{}) *Session      { return session }
func (session *Session) ID(id interface{}) *Session                              { return session }
func (session *Session) In(column string, args ...interface{}) *Session          { return session }
func (session *Session) NotIn(column string, args ...interface{}) *Session       { return session }
func (session *Session) Limit(limit int, start ...int) *Session                  { return session }
func (session *Session) SQL(query interface{}, args ...interface{}) *Session     { return session }
func (session *Session) Table(tableNameOrBean interface{}) *Session              { return session }
func (session *Session) Alias(alias string) *Session                             { return session }
func (session *Session) Cols(columns ...string) *Session                         { return session }
func (session *Session) AllCols() *Session                                       { return session }
func (session *Session) MustCols(columns ...string) *Session                     { return session }
func (session *Session) Omit(columns ...string) *Session                         { return session }
func (session *Session) Select(str string) *Session                              { return session }
func (session *Session) Distinct(columns ...string) *Session                     { return session }
func (session *Session) OrderBy(order interface{}, args ...interface{}) *Session { return session }
func (session *Session) Desc(colNames ...string) *Session                        { return session }
func (session *Session) Asc(colNames ...string) *Session                         { return session }
func (session *Session) GroupBy(keys string) *Session                            { return session }
func (session *Session) Having(conditions string) *Session                       { return session }
func (session *Session) Join(joinOperator string, tablename interface{}, condition string, args ...interface{}) *Session {
	return session
}
func (session *Session) Context(ctx context.Context) *Session                          { return session }
func (session *Session) Unscoped() *Session                                            { return session }
func (session *Session) NoAutoCondition(no ...bool) *Session                           { return session }
func (session *Session) UseBool(columns ...string) *Session                            { return session }
func (session *Session) Incr(column string, arg ...interface{}) *Session               { return session }
func (session *Session) Decr(column string, arg ...interface{}) *Session               { return session }
func (session *Session) SetExpr(column string, expression interface{}) *Session        { return session }
func (session *Session) Prepare() *Session                                             { return session }
func (session *Session) Find(rowsSlicePtr interface{}, condiBean ...interface{}) error { return nil }
func (session *Session) FindAndCount(rowsSlicePtr interface{}, condiBean ...interface{}) (int64, error) {
	return 0, nil
}
func (session *Session) Get(bean interface{}) (bool, error)                     { return false, nil }
func (session *Session) Exist(bean ...interface{}) (bool, error)                { return false, nil }
func (session *Session) Count(bean ...interface{}) (int64, error)               { return 0, nil }
func (session *Session) Iterate(bean interface{}, fun IterFunc) error           { return nil }
func (session *Session) Rows(bean interface{}) (*Rows, error)                   { return nil, nil }
func (session *Session) Sum(bean interface{}, colName string) (float64, error)  { return 0, nil }
func (session *Session) SumInt(bean interface{}, colName string) (int64, error) { return 0, nil }
func (session *Session) Sums(bean interface{}, colNames ...string) ([]float64, error) {
	return nil, nil
}
func (session *Session) SumsInt(bean interface{}, colNames ...string) ([]int64, error) {
	return nil, nil
}
func (session *Session) Insert(beans ...interface{}) (int64, error) { return 0, nil }
func (session *Session) InsertOne(bean interface{}) (int64, error)  { return 0, nil }
func (session *Session) Update(bean interface{}, condiBean ...interface{}) (int64, error) {
	return 0, nil
}
func (session *Session) Delete(bean interface{}) (int64, error)                      { return 0, nil }
func (session *Session) Exec(sqlOrArgs ...interface{}) (sql.Result, error)           { return nil, nil }
func (session *Session) Query(sqlOrArgs ...interface{}) ([]map[string][]byte, error) { return nil, nil }
func (session *Session) QueryString(sqlOrArgs ...interface{}) ([]map[string]string, error) {
	return nil, nil
}
func (session *Session) QueryInterface(sqlOrArgs ...interface{}) ([]map[string]interface{}, error) {
	return nil, nil
}
func (session *Session) Sync(beans ...interface{}) error  { return nil }
func (session *Session) Sync2(beans ...interface{}) error { return nil }
func (session *Session) Ping() error                      { return nil }

// Interface is what Engine and Session have in common.
type Interface interface {
	Where(query interface{}, args ...interface{}) *Session
	Or(query interface{}, args ...interface{}) *Session
	ID(id interface{}) *Session
	In(column string, args ...interface{}) *Session
	NotIn(column string, args ...interface{}) *Session
	Limit(limit int, start ...int) *Session
	SQL(query interface{}, args ...interface{}) *Session
	Table(tableNameOrBean interface{}) *Session
	Alias(alias string) *Session
	Cols(columns ...string) *Session
	AllCols() *Session
	MustCols(columns ...string) *Session
	Omit(columns ...string) *Session
	Select(str string) *Session
	Distinct(columns ...string) *Session
	OrderBy(order interface{}, args ...interface{}) *Session
	Desc(colNames ...string) *Session
	Asc(colNames ...string) *Session
	GroupBy(keys string) *Session
	Having(conditions string) *Session
	Join(joinOperator string, tablename interface{}, condition string, args ...interface{}) *Session
	Unscoped() *Session
	NoAutoCondition(no ...bool) *Session
	UseBool(columns ...string) *Session
	Incr(column string, arg ...interface{}) *Session
	Decr(column string, arg ...interface{}) *Session
	SetExpr(column string, expression interface{}) *Session
	Find(rowsSlicePtr interface{}, condiBean ...interface{}) error
	FindAndCount(rowsSlicePtr interface{}, condiBean ...interface{}) (int64, error)
	Get(bean interface{}) (bool, error)
	Exist(bean ...interface{}) (bool, error)
	Count(bean ...interface{}) (int64, error)
	Iterate(bean interface{}, fun IterFunc) error
	Rows(bean interface{}) (*Rows, error)
	Sum(bean interface{}, colName string) (float64, error)
	SumInt(bean interface{}, colName string) (int64, error)
	Sums(bean interface{}, colNames ...string) ([]float64, error)
	SumsInt(bean interface{}, colNames ...string) ([]int64, error)
	Insert(beans ...interface{}) (int64, error)
	InsertOne(bean interface{}) (int64, error)
	Update(bean interface{}, condiBean ...interface{}) (int64, error)
	Delete(bean interface{}) (int64, error)
	Exec(sqlOrArgs ...interface{}) (sql.Result, error)
	Query(sqlOrArgs ...interface{}) ([]map[string][]byte, error)
	QueryString(sqlOrArgs ...interface{}) ([]map[string]string, error)
	QueryInterface(sqlOrArgs ...interface{}) ([]map[string]interface{}, error)
	Sync(beans ...interface{}) error
	Sync2(beans ...interface{}) error
	Ping() error
}

// EngineInterface is the interface of Engine and EngineGroup.
type EngineInterface interface {
	Interface

	Context(context.Context) *Session
	NewSession() *Session
	Prepare() *Session
	ShowSQL(show ...bool)
	Transaction(f func(*Session) (interface{}, error)) (interface{}, error)
}

var (
	_ Interface       = (*Session)(nil)
	_ EngineInterface = (*Engine)(nil)
	_ EngineInterface = (*EngineGroup)(nil)
)
