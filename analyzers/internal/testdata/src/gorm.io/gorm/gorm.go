// Package gorm is a stub of gorm.io/gorm for scalevet's analyzer tests: only the API shape matters.
package gorm

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"

	"gorm.io/gorm/clause"
)

// ErrRecordNotFound is returned by First, Take and Last (not Find) when no row matches.
var ErrRecordNotFound = errors.New("record not found")

// Dialector is a GORM database dialector (the real interface also has
// Migrator, DataTypeOf, DefaultValueOf, BindVarTo and QuoteTo).
type Dialector interface {
	Name() string
	Initialize(*DB) error
	Explain(sql string, vars ...interface{}) string
}

// Option is a gorm option; *Config implements it.
type Option interface {
	Apply(*Config) error
	AfterInitialize(*DB) error
}

// Plugin is a GORM plugin interface.
type Plugin interface {
	Name() string
	Initialize(*DB) error
}

// ConnPool is the database connection pool interface (*sql.DB, *sql.Tx...).
type ConnPool interface {
	PrepareContext(ctx context.Context, query string) (*sql.Stmt, error)
	ExecContext(ctx context.Context, query string, args ...interface{}) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...interface{}) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...interface{}) *sql.Row
}

// Config is the GORM config. It embeds Dialector, and DB embeds *Config.
type Config struct {
	SkipDefaultTransaction    bool
	DefaultTransactionTimeout time.Duration
	DefaultContextTimeout     time.Duration
	FullSaveAssociations      bool
	NowFunc                   func() time.Time
	DryRun                    bool
	PrepareStmt               bool
	DisableAutomaticPing      bool
	AllowGlobalUpdate         bool
	QueryFields               bool
	CreateBatchSize           int
	TranslateError            bool
	ConnPool                  ConnPool
	Dialector
	Plugins map[string]Plugin
}

func (c *Config) Apply(config *Config) error   { return nil }
func (c *Config) AfterInitialize(db *DB) error { return nil }

// Session is the configuration of DB.Session.
type Session struct {
	DryRun                   bool
	PrepareStmt              bool
	NewDB                    bool
	Initialized              bool
	SkipHooks                bool
	SkipDefaultTransaction   bool
	DisableNestedTransaction bool
	AllowGlobalUpdate        bool
	FullSaveAssociations     bool
	PropagateUnscoped        bool
	QueryFields              bool
	Context                  context.Context
	NowFunc                  func() time.Time
	CreateBatchSize          int
}

// Statement is the statement being built. It embeds *DB.
type Statement struct {
	*DB
	TableExpr *clause.Expr
	Table     string
	Model     interface{}
	Unscoped  bool
	Dest      interface{}
	// Clauses and Joins are fields, and so hide the methods of the embedded *DB.
	Clauses   map[string]clause.Clause
	Distinct  bool
	Selects   []string
	Omits     []string
	Joins     []join
	Preloads  map[string][]interface{}
	ConnPool  ConnPool
	Context   context.Context
	SkipHooks bool
	SQL       strings.Builder
	Vars      []interface{}
}

type join struct {
	Name string
}

func (stmt *Statement) WriteString(str string) (int, error)              { return 0, nil }
func (stmt *Statement) WriteByte(c byte) error                           { return nil }
func (stmt *Statement) WriteQuoted(value interface{})                    {}
func (stmt *Statement) Quote(field interface{}) string                   { return "" }
func (stmt *Statement) AddVar(writer clause.Writer, vars ...interface{}) {}
func (stmt *Statement) AddClause(v clause.Interface)                     {}

// DB is GORM's handle. Every chain method and finisher returns a *DB
// (usually a new instance, tx); errors are reported in the Error field,
// not as a second result. Only Row, Rows, ScanRows, Transaction,
// Connection, DB, AutoMigrate and Use return something else.
type DB struct {
	*Config
	Error        error
	RowsAffected int64
	Statement    *Statement
}

// Open initializes a db session based on dialector.
func Open(dialector Dialector, opts ...Option) (db *DB, err error) { return &DB{}, nil }

// Chain methods.

func (db *DB) Model(value interface{}) (tx *DB)                       { return db }
func (db *DB) Clauses(conds ...clause.Expression) (tx *DB)            { return db }
func (db *DB) Table(name string, args ...interface{}) (tx *DB)        { return db }
func (db *DB) Distinct(args ...interface{}) (tx *DB)                  { return db }
func (db *DB) Select(query interface{}, args ...interface{}) (tx *DB) { return db }
func (db *DB) Omit(columns ...string) (tx *DB)                        { return db }
func (db *DB) MapColumns(m map[string]string) (tx *DB)                { return db }
func (db *DB) Where(query interface{}, args ...interface{}) (tx *DB)  { return db }
func (db *DB) Not(query interface{}, args ...interface{}) (tx *DB)    { return db }
func (db *DB) Or(query interface{}, args ...interface{}) (tx *DB)     { return db }
func (db *DB) Joins(query string, args ...interface{}) (tx *DB)       { return db }
func (db *DB) InnerJoins(query string, args ...interface{}) (tx *DB)  { return db }
func (db *DB) Group(name string) (tx *DB)                             { return db }
func (db *DB) Having(query interface{}, args ...interface{}) (tx *DB) { return db }
func (db *DB) Order(value interface{}) (tx *DB)                       { return db }
func (db *DB) Limit(limit int) (tx *DB)                               { return db }
func (db *DB) Offset(offset int) (tx *DB)                             { return db }
func (db *DB) Scopes(funcs ...func(*DB) *DB) (tx *DB)                 { return db }
func (db *DB) Preload(query string, args ...interface{}) (tx *DB)     { return db }
func (db *DB) Attrs(attrs ...interface{}) (tx *DB)                    { return db }
func (db *DB) Assign(attrs ...interface{}) (tx *DB)                   { return db }
func (db *DB) Unscoped() (tx *DB)                                     { return db }
func (db *DB) Raw(sql string, values ...interface{}) (tx *DB)         { return db }
func (db *DB) Session(config *Session) *DB                            { return db }
func (db *DB) WithContext(ctx context.Context) *DB                    { return db }
func (db *DB) Debug() (tx *DB)                                        { return db }
func (db *DB) Set(key string, value interface{}) *DB                  { return db }
func (db *DB) Get(key string) (interface{}, bool)                     { return nil, false }
func (db *DB) InstanceSet(key string, value interface{}) *DB          { return db }
func (db *DB) InstanceGet(key string) (interface{}, bool)             { return nil, false }

// Finisher methods: these run SQL.

func (db *DB) Create(value interface{}) (tx *DB)                         { return db }
func (db *DB) CreateInBatches(value interface{}, batchSize int) (tx *DB) { return db }
func (db *DB) Save(value interface{}) (tx *DB)                           { return db }
func (db *DB) First(dest interface{}, conds ...interface{}) (tx *DB)     { return db }
func (db *DB) Take(dest interface{}, conds ...interface{}) (tx *DB)      { return db }
func (db *DB) Last(dest interface{}, conds ...interface{}) (tx *DB)      { return db }
func (db *DB) Find(dest interface{}, conds ...interface{}) (tx *DB)      { return db }
func (db *DB) FindInBatches(dest interface{}, batchSize int, fc func(tx *DB, batch int) error) *DB {
	return db
}
func (db *DB) FirstOrInit(dest interface{}, conds ...interface{}) (tx *DB)   { return db }
func (db *DB) FirstOrCreate(dest interface{}, conds ...interface{}) (tx *DB) { return db }
func (db *DB) Update(column string, value interface{}) (tx *DB)              { return db }
func (db *DB) Updates(values interface{}) (tx *DB)                           { return db }
func (db *DB) UpdateColumn(column string, value interface{}) (tx *DB)        { return db }
func (db *DB) UpdateColumns(values interface{}) (tx *DB)                     { return db }
func (db *DB) Delete(value interface{}, conds ...interface{}) (tx *DB)       { return db }
func (db *DB) Count(count *int64) (tx *DB)                                   { return db }
func (db *DB) Row() *sql.Row                                                 { return nil }
func (db *DB) Rows() (*sql.Rows, error)                                      { return nil, nil }
func (db *DB) Scan(dest interface{}) (tx *DB)                                { return db }
func (db *DB) Pluck(column string, dest interface{}) (tx *DB)                { return db }
func (db *DB) ScanRows(rows *sql.Rows, dest interface{}) error               { return nil }
func (db *DB) Connection(fc func(tx *DB) error) (err error)                  { return nil }
func (db *DB) Transaction(fc func(tx *DB) error, opts ...*sql.TxOptions) (err error) {
	return nil
}
func (db *DB) Begin(opts ...*sql.TxOptions) *DB                { return db }
func (db *DB) Commit() *DB                                     { return db }
func (db *DB) Rollback() *DB                                   { return db }
func (db *DB) SavePoint(name string) *DB                       { return db }
func (db *DB) RollbackTo(name string) *DB                      { return db }
func (db *DB) Exec(sql string, values ...interface{}) (tx *DB) { return db }

// Other methods.

func (db *DB) AddError(err error) error              { return err }
func (db *DB) DB() (*sql.DB, error)                  { return nil, nil }
func (db *DB) Use(plugin Plugin) error               { return nil }
func (db *DB) ToSQL(queryFn func(tx *DB) *DB) string { return "" }
func (db *DB) AutoMigrate(dst ...interface{}) error  { return nil }

// Expr returns a clause.Expr, which can be passed as an argument.
func Expr(expr string, args ...interface{}) clause.Expr { return clause.Expr{SQL: expr, Vars: args} }

// Model is a basic GoLang struct which includes ID, CreatedAt, UpdatedAt, DeletedAt.
type Model struct {
	ID        uint `gorm:"primarykey"`
	CreatedAt time.Time
	UpdatedAt time.Time
	DeletedAt DeletedAt `gorm:"index"`
}

// DeletedAt is the soft-delete column type.
type DeletedAt sql.NullTime

// The generics API (gorm >= 1.30): gorm.G[T](db).Where(...).Find(ctx).
// Here finishers take a context and return values and an error.

// G starts a generics query on db for the model T.
func G[T any](db *DB, opts ...clause.Expression) Interface[T] { return nil }

// Interface is the result of G.
type Interface[T any] interface {
	Raw(sql string, values ...interface{}) ExecInterface[T]
	Exec(ctx context.Context, sql string, values ...interface{}) error
	CreateInterface[T]
}

// CreateInterface is the chain available at the start.
type CreateInterface[T any] interface {
	ExecInterface[T]
	Scopes(scopes ...func(db *Statement)) ChainInterface[T]
	Where(query interface{}, args ...interface{}) ChainInterface[T]
	Not(query interface{}, args ...interface{}) ChainInterface[T]
	Or(query interface{}, args ...interface{}) ChainInterface[T]
	Limit(offset int) ChainInterface[T]
	Offset(offset int) ChainInterface[T]
	Joins(query clause.JoinTarget, on func(db JoinBuilder, joinTable clause.Table, curTable clause.Table) error) ChainInterface[T]
	Preload(association string, query func(db PreloadBuilder) error) ChainInterface[T]
	Select(query string, args ...interface{}) CreateInterface[T]
	Omit(columns ...string) CreateInterface[T]
	MapColumns(m map[string]string) ChainInterface[T]
	Distinct(args ...interface{}) ChainInterface[T]
	Group(name string) ChainInterface[T]
	Having(query interface{}, args ...interface{}) ChainInterface[T]
	Order(value interface{}) ChainInterface[T]
	Build(builder clause.Builder)

	Delete(ctx context.Context) (rowsAffected int, err error)
	Update(ctx context.Context, name string, value any) (rowsAffected int, err error)
	Updates(ctx context.Context, t T) (rowsAffected int, err error)
	Count(ctx context.Context, column string) (result int64, err error)

	Table(name string, args ...interface{}) CreateInterface[T]
	Create(ctx context.Context, r *T) error
	CreateInBatches(ctx context.Context, r *[]T, batchSize int) error
	Set(assignments ...clause.Assigner) SetCreateOrUpdateInterface[T]
}

// ChainInterface is the chain after a first condition.
type ChainInterface[T any] interface {
	ExecInterface[T]
	Scopes(scopes ...func(db *Statement)) ChainInterface[T]
	Where(query interface{}, args ...interface{}) ChainInterface[T]
	Not(query interface{}, args ...interface{}) ChainInterface[T]
	Or(query interface{}, args ...interface{}) ChainInterface[T]
	Limit(offset int) ChainInterface[T]
	Offset(offset int) ChainInterface[T]
	Joins(query clause.JoinTarget, on func(db JoinBuilder, joinTable clause.Table, curTable clause.Table) error) ChainInterface[T]
	Preload(association string, query func(db PreloadBuilder) error) ChainInterface[T]
	Select(query string, args ...interface{}) ChainInterface[T]
	Omit(columns ...string) ChainInterface[T]
	MapColumns(m map[string]string) ChainInterface[T]
	Distinct(args ...interface{}) ChainInterface[T]
	Group(name string) ChainInterface[T]
	Having(query interface{}, args ...interface{}) ChainInterface[T]
	Order(value interface{}) ChainInterface[T]
	Set(assignments ...clause.Assigner) SetUpdateOnlyInterface[T]

	Build(builder clause.Builder)

	Table(name string, args ...interface{}) ChainInterface[T]
	Delete(ctx context.Context) (rowsAffected int, err error)
	Update(ctx context.Context, name string, value any) (rowsAffected int, err error)
	Updates(ctx context.Context, t T) (rowsAffected int, err error)
	Count(ctx context.Context, column string) (result int64, err error)
}

// ExecInterface holds the generics finishers that read rows.
type ExecInterface[T any] interface {
	Scan(ctx context.Context, r interface{}) error
	First(context.Context) (T, error)
	Last(ctx context.Context) (T, error)
	Take(context.Context) (T, error)
	Find(ctx context.Context) ([]T, error)
	FindInBatches(ctx context.Context, batchSize int, fc func(data []T, batch int) error) error
	Row(ctx context.Context) *sql.Row
	Rows(ctx context.Context) (*sql.Rows, error)
}

// SetUpdateOnlyInterface is returned by ChainInterface.Set.
type SetUpdateOnlyInterface[T any] interface {
	Update(ctx context.Context) (rowsAffected int, err error)
}

// SetCreateOrUpdateInterface is returned by CreateInterface.Set.
type SetCreateOrUpdateInterface[T any] interface {
	Create(ctx context.Context) error
	Update(ctx context.Context) (rowsAffected int, err error)
}

// JoinBuilder builds the ON part of a generics join.
type JoinBuilder interface {
	Select(...string) JoinBuilder
	Omit(...string) JoinBuilder
	Where(query interface{}, args ...interface{}) JoinBuilder
	Not(query interface{}, args ...interface{}) JoinBuilder
	Or(query interface{}, args ...interface{}) JoinBuilder
}

// PreloadBuilder builds a generics preload.
type PreloadBuilder interface {
	Select(...string) PreloadBuilder
	Omit(...string) PreloadBuilder
	Where(query interface{}, args ...interface{}) PreloadBuilder
	Not(query interface{}, args ...interface{}) PreloadBuilder
	Or(query interface{}, args ...interface{}) PreloadBuilder
	Limit(offset int) PreloadBuilder
	Offset(offset int) PreloadBuilder
	Order(value interface{}) PreloadBuilder
	LimitPerRecord(num int) PreloadBuilder
}
