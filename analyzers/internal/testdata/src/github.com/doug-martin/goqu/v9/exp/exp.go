// Package exp is a stub of github.com/doug-martin/goqu/v9/exp for scalevet's analyzer tests: only the API shape matters.
package exp

type (
	// Expression is any part of a statement.
	Expression interface{ Clone() Expression }
	// BooleanExpression is a condition.
	BooleanExpression interface {
		Expression
		Op() string
	}
	// IdentifierExpression names a column or table.
	IdentifierExpression interface {
		Expression
		Eq(interface{}) BooleanExpression
		In(...interface{}) BooleanExpression
	}
	// Ex is a map of column to value: equality, or IN for a slice value.
	Ex map[string]interface{}
	// OrderedExpression orders a select.
	OrderedExpression interface{ Expression }
	// JoinCondition is the condition of a join.
	JoinCondition interface{ Type() int }
)

// Clone returns the map itself.
func (e Ex) Clone() Expression { return e }

type identifier struct{ col string }

// NewIdentifierExpression returns a column identifier.
func NewIdentifierExpression(col string) IdentifierExpression { return identifier{col} }

func (i identifier) Clone() Expression                        { return i }
func (i identifier) Eq(v interface{}) BooleanExpression       { return boolean{} }
func (i identifier) In(vals ...interface{}) BooleanExpression { return boolean{} }

type boolean struct{}

func (boolean) Clone() Expression { return boolean{} }
func (boolean) Op() string        { return "" }
