// Package xorm is a stub of github.com/xorm-io/xorm (a fork of xorm.io/xorm) (v1.4) for scalevet's analyzer
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

func (rs *Rows) Next() bool              { return false }
func (rs *Rows) Scan(beans ...any) error { return nil }
func (rs *Rows) Close() error            { return nil }

// IterFunc is called per row by Iterate.
type IterFunc func(idx int, bean any) error

// NewEngine opens an engine (a connection pool).
func NewEngine(driverName, dataSourceName string, driverOptions ...func(db *sql.DB) error) (*Engine, error) {
	return &Engine{}, nil
}

// NewEngineGroup opens an engine group.
func NewEngineGroup(args1, args2 any, policies ...any) (*EngineGroup, error) {
	return &EngineGroup{}, nil
}

func (engine *Engine) NewSession() *Session                                   { return &Session{} }
func (engine *Engine) Close() error                                           { return nil }
func (engine *Engine) ShowSQL(show ...bool)                                   {}
func (engine *Engine) SetMaxOpenConns(conns int)                              {}
func (engine *Engine) Transaction(f func(*Session) (any, error)) (any, error) { return nil, nil }

func (session *Session) And(query any, args ...any) *Session         { return session }
func (session *Session) ForUpdate() *Session                         { return session }
func (session *Session) Begin() error                                { return nil }
func (session *Session) Commit() error                               { return nil }
func (session *Session) Rollback() error                             { return nil }
func (session *Session) Close() error                                { return nil }
func (session *Session) Engine() *Engine                             { return nil }
func (session *Session) InsertMulti(rowsSlicePtr any) (int64, error) { return 0, nil }

func (engine *Engine) Where(query any, args ...any) *Session     { return nil }
func (engine *Engine) Or(query any, args ...any) *Session        { return nil }
func (engine *Engine) ID(id any) *Session                        { return nil }
func (engine *Engine) In(column string, args ...any) *Session    { return nil }
func (engine *Engine) NotIn(column string, args ...any) *Session { return nil }
func (engine *Engine) Limit(limit int, start ...int) *Session    { return nil }
func (engine *Engine) SQL(query any, args ...any) *Session       { return nil }
func (engine *Engine) Table(tableNameOrBean any) *Session        { return nil }
func (engine *Engine) Alias(alias string) *Session               { return nil }
func (engine *Engine) Cols(columns ...string) *Session           { return nil }
func (engine *Engine) AllCols() *Session                         { return nil }
func (engine *Engine) MustCols(columns ...string) *Session       { return nil }
func (engine *Engine) Omit(columns ...string) *Session           { return nil }
func (engine *Engine) Select(str string) *Session                { return nil }
func (engine *Engine) Distinct(columns ...string) *Session       { return nil }
func (engine *Engine) OrderBy(order any, args ...any) *Session   { return nil }
func (engine *Engine) Desc(colNames ...string) *Session          { return nil }
func (engine *Engine) Asc(colNames ...string) *Session           { return nil }
func (engine *Engine) GroupBy(keys string) *Session              { return nil }
func (engine *Engine) Having(conditions string) *Session         { return nil }
func (engine *Engine) Join(joinOperator string, tablename, condition any, args ...any) *Session {
	return nil
}
func (engine *Engine) Context(ctx context.Context) *Session                           { return nil }
func (engine *Engine) Unscoped() *Session                                             { return nil }
func (engine *Engine) NoAutoCondition(no ...bool) *Session                            { return nil }
func (engine *Engine) UseBool(columns ...string) *Session                             { return nil }
func (engine *Engine) Incr(column string, arg ...any) *Session                        { return nil }
func (engine *Engine) Decr(column string, arg ...any) *Session                        { return nil }
func (engine *Engine) SetExpr(column string, expression any) *Session                 { return nil }
func (engine *Engine) Prepare() *Session                                              { return nil }
func (engine *Engine) Find(rowsSlicePtr any, condiBean ...any) error                  { return nil }
func (engine *Engine) FindAndCount(rowsSlicePtr any, condiBean ...any) (int64, error) { return 0, nil }
func (engine *Engine) Get(beans ...any) (bool, error)                                 { return false, nil }
func (engine *Engine) Exist(bean ...any) (bool, error)                                { return false, nil }
func (engine *Engine) Count(bean ...any) (int64, error)                               { return 0, nil }
func (engine *Engine) Iterate(bean any, fun IterFunc) error                           { return nil }
func (engine *Engine) Rows(bean any) (*Rows, error)                                   { return nil, nil }
func (engine *Engine) Sum(bean any, colName string) (float64, error)                  { return 0, nil }
func (engine *Engine) SumInt(bean any, colName string) (int64, error)                 { return 0, nil }
func (engine *Engine) Sums(bean any, colNames ...string) ([]float64, error)           { return nil, nil }
func (engine *Engine) SumsInt(bean any, colNames ...string) ([]int64, error)          { return nil, nil }
func (engine *Engine) Insert(beans ...any) (int64, error)                             { return 0, nil }
func (engine *Engine) InsertOne(bean any) (int64, error)                              { return 0, nil }
func (engine *Engine) Update(bean any, condiBean ...any) (int64, error)               { return 0, nil }
func (engine *Engine) Delete(beans ...any) (int64, error)                             { return 0, nil }
func (engine *Engine) Exec(sqlOrArgs ...any) (sql.Result, error)                      { return nil, nil }
func (engine *Engine) Query(sqlOrArgs ...any) ([]map[string][]byte, error)            { return nil, nil }
func (engine *Engine) QueryString(sqlOrArgs ...any) ([]map[string]string, error)      { return nil, nil }
func (engine *Engine) QueryInterface(sqlOrArgs ...any) ([]map[string]any, error)      { return nil, nil }
func (engine *Engine) Sync(beans ...any) error                                        { return nil }
func (engine *Engine) Sync2(beans ...any) error                                       { return nil }
func (engine *Engine) Ping() error                                                    { return nil }

func (session *Session) Where(query any, args ...any) *Session     { return session }
func (session *Session) Or(query any, args ...any) *Session        { return session }
func (session *Session) ID(id any) *Session                        { return session }
func (session *Session) In(column string, args ...any) *Session    { return session }
func (session *Session) NotIn(column string, args ...any) *Session { return session }
func (session *Session) Limit(limit int, start ...int) *Session    { return session }
func (session *Session) SQL(query any, args ...any) *Session       { return session }
func (session *Session) Table(tableNameOrBean any) *Session        { return session }
func (session *Session) Alias(alias string) *Session               { return session }
func (session *Session) Cols(columns ...string) *Session           { return session }
func (session *Session) AllCols() *Session                         { return session }
func (session *Session) MustCols(columns ...string) *Session       { return session }
func (session *Session) Omit(columns ...string) *Session           { return session }
func (session *Session) Select(str string) *Session                { return session }
func (session *Session) Distinct(columns ...string) *Session       { return session }
func (session *Session) OrderBy(order any, args ...any) *Session   { return session }
func (session *Session) Desc(colNames ...string) *Session          { return session }
func (session *Session) Asc(colNames ...string) *Session           { return session }
func (session *Session) GroupBy(keys string) *Session              { return session }
func (session *Session) Having(conditions string) *Session         { return session }
func (session *Session) Join(joinOperator string, tablename, condition any, args ...any) *Session {
	return session
}
func (session *Session) Context(ctx context.Context) *Session           { return session }
func (session *Session) Unscoped() *Session                             { return session }
func (session *Session) NoAutoCondition(no ...bool) *Session            { return session }
func (session *Session) UseBool(columns ...string) *Session             { return session }
func (session *Session) Incr(column string, arg ...any) *Session        { return session }
func (session *Session) Decr(column string, arg ...any) *Session        { return session }
func (session *Session) SetExpr(column string, expression any) *Session { return session }
func (session *Session) Prepare() *Session                              { return session }
func (session *Session) Find(rowsSlicePtr any, condiBean ...any) error  { return nil }
func (session *Session) FindAndCount(rowsSlicePtr any, condiBean ...any) (int64, error) {
	return 0, nil
}
func (session *Session) Get(beans ...any) (bool, error)                            { return false, nil }
func (session *Session) Exist(bean ...any) (bool, error)                           { return false, nil }
func (session *Session) Count(bean ...any) (int64, error)                          { return 0, nil }
func (session *Session) Iterate(bean any, fun IterFunc) error                      { return nil }
func (session *Session) Rows(bean any) (*Rows, error)                              { return nil, nil }
func (session *Session) Sum(bean any, colName string) (float64, error)             { return 0, nil }
func (session *Session) SumInt(bean any, colName string) (int64, error)            { return 0, nil }
func (session *Session) Sums(bean any, colNames ...string) ([]float64, error)      { return nil, nil }
func (session *Session) SumsInt(bean any, colNames ...string) ([]int64, error)     { return nil, nil }
func (session *Session) Insert(beans ...any) (int64, error)                        { return 0, nil }
func (session *Session) InsertOne(bean any) (int64, error)                         { return 0, nil }
func (session *Session) Update(bean any, condiBean ...any) (int64, error)          { return 0, nil }
func (session *Session) Delete(beans ...any) (int64, error)                        { return 0, nil }
func (session *Session) Exec(sqlOrArgs ...any) (sql.Result, error)                 { return nil, nil }
func (session *Session) Query(sqlOrArgs ...any) ([]map[string][]byte, error)       { return nil, nil }
func (session *Session) QueryString(sqlOrArgs ...any) ([]map[string]string, error) { return nil, nil }
func (session *Session) QueryInterface(sqlOrArgs ...any) ([]map[string]any, error) { return nil, nil }
func (session *Session) Sync(beans ...any) error                                   { return nil }
func (session *Session) Sync2(beans ...any) error                                  { return nil }
func (session *Session) Ping() error                                               { return nil }

// Interface is what Engine and Session have in common.
type Interface interface {
	Where(query any, args ...any) *Session
	Or(query any, args ...any) *Session
	ID(id any) *Session
	In(column string, args ...any) *Session
	NotIn(column string, args ...any) *Session
	Limit(limit int, start ...int) *Session
	SQL(query any, args ...any) *Session
	Table(tableNameOrBean any) *Session
	Alias(alias string) *Session
	Cols(columns ...string) *Session
	AllCols() *Session
	MustCols(columns ...string) *Session
	Omit(columns ...string) *Session
	Select(str string) *Session
	Distinct(columns ...string) *Session
	OrderBy(order any, args ...any) *Session
	Desc(colNames ...string) *Session
	Asc(colNames ...string) *Session
	GroupBy(keys string) *Session
	Having(conditions string) *Session
	Join(joinOperator string, tablename, condition any, args ...any) *Session
	Unscoped() *Session
	NoAutoCondition(no ...bool) *Session
	UseBool(columns ...string) *Session
	Incr(column string, arg ...any) *Session
	Decr(column string, arg ...any) *Session
	SetExpr(column string, expression any) *Session
	Find(rowsSlicePtr any, condiBean ...any) error
	FindAndCount(rowsSlicePtr any, condiBean ...any) (int64, error)
	Get(beans ...any) (bool, error)
	Exist(bean ...any) (bool, error)
	Count(bean ...any) (int64, error)
	Iterate(bean any, fun IterFunc) error
	Rows(bean any) (*Rows, error)
	Sum(bean any, colName string) (float64, error)
	SumInt(bean any, colName string) (int64, error)
	Sums(bean any, colNames ...string) ([]float64, error)
	SumsInt(bean any, colNames ...string) ([]int64, error)
	Insert(beans ...any) (int64, error)
	InsertOne(bean any) (int64, error)
	Update(bean any, condiBean ...any) (int64, error)
	Delete(beans ...any) (int64, error)
	Exec(sqlOrArgs ...any) (sql.Result, error)
	Query(sqlOrArgs ...any) ([]map[string][]byte, error)
	QueryString(sqlOrArgs ...any) ([]map[string]string, error)
	QueryInterface(sqlOrArgs ...any) ([]map[string]any, error)
	Sync(beans ...any) error
	Sync2(beans ...any) error
	Ping() error
}

// EngineInterface is the interface of Engine and EngineGroup.
type EngineInterface interface {
	Interface

	Context(context.Context) *Session
	NewSession() *Session
	Prepare() *Session
	ShowSQL(show ...bool)
	Transaction(f func(*Session) (any, error)) (any, error)
}

var (
	_ Interface       = (*Session)(nil)
	_ EngineInterface = (*Engine)(nil)
	_ EngineInterface = (*EngineGroup)(nil)
)
