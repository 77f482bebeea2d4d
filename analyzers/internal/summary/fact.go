package summary

import (
	"fmt"
	"slices"
	"strings"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

// Budgets that keep facts small whatever the code: a function's
// summary names at most maxOps operations, each with a chain of at
// most MaxChain functions and at most MaxSQL bytes of query text. Every
// analyzer's facts bound their chains and SQL the same way (BoundChain,
// ShortSQL).
const (
	maxOps   = 32
	MaxChain = 6
	MaxSQL   = 120
)

// BoundChain bounds a witness chain to the budget every scalevet fact
// uses, keeping its first links and its last: a → b → … → z.
func BoundChain(via []string) []string {
	if len(via) <= MaxChain {
		return via
	}
	out := slices.Clone(via[:MaxChain-2])
	return append(out, "…", via[len(via)-1])
}

// ShortSQL bounds query text to the budget every scalevet fact uses,
// cutting on a UTF-8 boundary and marking the cut with "…".
func ShortSQL(s string) string {
	if len(s) <= MaxSQL {
		return s
	}
	cut := MaxSQL
	for cut > 0 && s[cut]&0xC0 == 0x80 { // keep UTF-8 whole
		cut--
	}
	return s[:cut] + "…"
}

// Op is one expensive operation a function performs, directly or
// through calls.
type Op struct {
	Kind   catalog.Kind
	Callee string // the catalogued call: "(*sql.DB).QueryContext", "gorm.DB.Find"
	SQL    string // the constant query text, shortened; "" when not known
	// SQLFrom, when SQL is not known, is 1 + the position (as
	// funcgraph.ParamIndex counts) of the summarised function's
	// parameter that gives the query text: a wrapper such as
	// func (c *conn) Query(q string, args ...any). A caller that passes
	// constant text there fills SQL in; 0 when no parameter does.
	SQLFrom   int
	Unbounded string   // why the read grows with the table; "" when bounded or not known
	Table     string   // the table read, as its SQL names it or the ORM's model type: "users", "User"; "" when not known
	Batched   bool     // many keys or rows in one round trip
	MinMax    bool     // a read of MIN/MAX aggregates only: one row that an index answers (sqltext.Aggregates)
	Prepared  bool     // executes a prepared statement
	Lock      bool     // takes a lock that every instance shares (sqltext.TakesLock, a cache's SETNX), or, for the op that stands for a loop, one of the loop's does
	Via       []string // the functions from the summarised one to the caller of Callee: "store.ItemsFor"
	Pos       string   // where Callee is called: "items.go:12"
	// In is the import path of the package where Callee is called: with
	// Pos, the one place of the call in the program.
	In   string
	Loop string // where a loop repeats it per element on the way: "orders.go:30"; "" if none
	// LoopFrom, when Loop ranges over a parameter of the summarised
	// function (createTasks(tasks []*Task) { for _, t := range tasks
	// }), is 1 + its position (funcgraph.ParamIndex); a caller that
	// passes a short literal (createTasks([]*Task{t})) runs the loop a
	// fixed few times, so the loop around that call is the one that
	// repeats. 0 otherwise.
	LoopFrom int
	// LoopIn is the function Loop is in, qualified by its package's
	// path: two loops at one file name and line in two packages are two
	// causes.
	LoopIn string
	// LoopGrows says that Loop walks a collection shown to grow with
	// the data: the rows of a query (LoopRows too), or what a caller
	// made so (grows.go). A loop over a parameter is judged where the
	// parameter is filled (LoopFrom). It is worked out for remote calls
	// only, the one kind whose repetition it decides.
	LoopGrows bool
	// LoopRows says that Loop is not a loop statement but the rows
	// that an ORM call there loads or writes, running a model's hook
	// once per row (funcgraph.RowLoop).
	LoopRows bool
	// AlsoWrites says that Loop, which this operation stands for in the
	// summary, also repeats a write.
	AlsoWrites bool
	// Nest is the number of repeating loops around Loop on the way to
	// the summarised function: 1 when a loop over orders calls a
	// function that loops over each order's items (N·M), 0 for one loop.
	Nest int
	// LoopOver names what Loop walks, as its code says ("orders",
	// "o.Items"; funcgraph.LoopSource), for the scale report; "" when
	// nothing names it.
	LoopOver string
}

// Chain renders the op's witness chain: "store.List → queryRows → (*sql.DB).Query at repo.go:42".
func (op Op) Chain() string { return walk.Chain(op.Via, op.Callee, op.Pos) }

// Fact summarises the expensive operations of a function, for its
// callers in other packages.
type Fact struct {
	Ops     []Op   // sorted; at most maxOps
	Pending []Pend // interface calls not resolved where summarised; at most maxPend
	// Entry says that the function is an entry point of its package (a
	// handler there, such as a controller taking the framework's
	// context that the package does not call itself): its package
	// reports what it does, and a caller in another package that is no
	// loop around the call adds no cause of its own.
	Entry bool
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
		if op.LoopRows {
			fmt.Fprintf(&b, " rows@%s", op.Loop)
		} else if op.Loop != "" {
			fmt.Fprintf(&b, " loop@%s", op.Loop)
		}
		fmt.Fprintf(&b, " via %s", strings.Join(op.Via, ">"))
	}
	for i, p := range f.Pending {
		if i > 0 || len(f.Ops) > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "pending %s.%s@%s", p.Iface[strings.LastIndex(p.Iface, "/")+1:], p.Method, p.Pos)
		if p.Loop != "" {
			fmt.Fprintf(&b, " loop@%s", p.Loop)
		}
		fmt.Fprintf(&b, " via %s", strings.Join(p.Via, ">"))
	}
	return b.String()
}
