// Package clause is a stub of gorm.io/gorm/clause for scalevet's analyzer tests: only the API shape matters.
package clause

// Writer writes SQL.
type Writer interface {
	WriteByte(byte) error
	WriteString(string) (int, error)
}

// Builder builds SQL.
type Builder interface {
	Writer
	WriteQuoted(field any)
	AddVar(Writer, ...any)
	AddError(error) error
}

// Expression is an SQL expression.
type Expression interface {
	Build(builder Builder)
}

// Interface is a clause interface.
type Interface interface {
	Name() string
	Build(Builder)
	MergeClause(*Clause)
}

// Clause is a named clause.
type Clause struct {
	Name                string
	BeforeExpression    Expression
	AfterNameExpression Expression
	AfterExpression     Expression
	Expression          Expression
}

// Expr is a raw expression.
type Expr struct {
	SQL                string
	Vars               []any
	WithoutParentheses bool
}

func (expr Expr) Build(builder Builder) {}

// Eq is an equality expression.
type Eq struct {
	Column any
	Value  any
}

func (eq Eq) Build(builder Builder)         {}
func (eq Eq) NegationBuild(builder Builder) {}

// IN is an IN expression.
type IN struct {
	Column any
	Values []any
}

func (in IN) Build(builder Builder)         {}
func (in IN) NegationBuild(builder Builder) {}

// Column is a quoted column.
type Column struct {
	Table string
	Name  string
	Alias string
	Raw   bool
}

// Table is a quoted table.
type Table struct {
	Name  string
	Alias string
	Raw   bool
}

// Assignment is a column = value pair.
type Assignment struct {
	Column Column
	Value  any
}

func (a Assignment) Assignments() []Assignment { return []Assignment{a} }

// Assigner assignments provider interface.
type Assigner interface {
	Assignments() []Assignment
}

// JoinType is the kind of a join.
type JoinType string

// The join types.
const (
	CrossJoin JoinType = "CROSS"
	InnerJoin JoinType = "INNER"
	LeftJoin  JoinType = "LEFT"
	RightJoin JoinType = "RIGHT"
)

// JoinTarget is the target of a generics Joins call.
type JoinTarget struct {
	Type        JoinType
	Association string
	Subquery    Expression
	Table       string
}

// Has returns an inner JoinTarget for an association.
func Has(name string) JoinTarget { return JoinTarget{Type: InnerJoin, Association: name} }

// Locking is a FOR UPDATE / FOR SHARE clause.
type Locking struct {
	Strength string
	Table    Table
	Options  string
}

func (locking Locking) Name() string               { return "FOR" }
func (locking Locking) Build(builder Builder)      {}
func (locking Locking) MergeClause(clause *Clause) {}

// OnConflict is an ON CONFLICT clause.
type OnConflict struct {
	Columns      []Column
	OnConstraint string
	DoNothing    bool
	UpdateAll    bool
}

func (OnConflict) Name() string                          { return "ON CONFLICT" }
func (onConflict OnConflict) Build(builder Builder)      {}
func (onConflict OnConflict) MergeClause(clause *Clause) {}
