package summary

import (
	"fmt"
	"strings"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
)

// Budgets that keep facts small whatever the code: a function's
// summary names at most maxOps operations, each with a chain of at
// most maxVia functions and at most maxSQL bytes of query text.
const (
	maxOps = 8
	maxVia = 6
	maxSQL = 120
)

// Op is one expensive operation a function performs, directly or
// through calls.
type Op struct {
	Kind      catalog.Kind
	Callee    string   // the catalogued call: "(*sql.DB).QueryContext", "gorm.DB.Find"
	SQL       string   // the constant query text, shortened; "" when not known
	Unbounded string   // why the read grows with the table; "" when bounded or not known
	Batched   bool     // many keys or rows in one round trip
	Prepared  bool     // executes a prepared statement
	Via       []string // the functions from the summarised one to the caller of Callee: "store.ItemsFor"
	Pos       string   // where Callee is called: "items.go:12"
	Loop      string   // where a loop repeats it per element on the way: "orders.go:30"; "" if none
}

// Chain renders the op's witness chain: "store.List → queryRows → (*sql.DB).Query at repo.go:42".
func (op Op) Chain() string {
	return strings.Join(op.Via, " → ") + " → " + op.Callee + " at " + op.Pos
}

// Fact summarises the expensive operations of a function, for its
// callers in other packages.
type Fact struct {
	Ops []Op // sorted; at most maxOps
}

// AFact marks Fact as an analysis fact.
func (*Fact) AFact() {}

// String renders the fact compactly for tests: "query (*sql.DB).Query@repo.go:42 loop@svc.go:20; ...".
func (f *Fact) String() string {
	var b strings.Builder
	for i, op := range f.Ops {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s %s@%s", op.Kind, op.Callee, op.Pos)
		if op.Unbounded != "" {
			fmt.Fprintf(&b, " unbounded(%s)", op.Unbounded)
		}
		if op.Batched {
			b.WriteString(" batched")
		}
		if op.Prepared {
			b.WriteString(" prepared")
		}
		if op.Loop != "" {
			fmt.Fprintf(&b, " loop@%s", op.Loop)
		}
		fmt.Fprintf(&b, " via %s", strings.Join(op.Via, ">"))
	}
	return b.String()
}
