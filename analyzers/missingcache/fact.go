package missingcache

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/summary"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

// maxOps keeps facts small: at most maxOps operations per function,
// each with its chain and SQL bounded as summary's facts are
// (summary.BoundChain, summary.ShortSQL).
const maxOps = 8

// invOp is one piece of expensive work a function does that is the
// same on every call when the parameters in Mask are (bit 0 is the
// receiver of a method, then the parameters in order).
type invOp struct {
	Cat    string        // query, compile, pool or remote
	In     catalog.Input // what compiled, parsed, read, fetched or opened work takes
	Callee string        // the catalogued call: "(*sql.DB).QueryContext", "regexp.MustCompile"
	SQL    string        // the query text, shortened; "" when not a SQL query
	// SQLFrom, when SQL is "", is 1 + the position of the parameter
	// that gives the query text (summary.Op.SQLFrom): the caller's
	// constant text fills SQL in.
	SQLFrom int
	// NeedFrom is 1 + the position of a parameter that must hold
	// something for the work to run (a range over it, an if that tests
	// it, an early return when it is empty), or 0: a caller that passes
	// nothing there ("", nil, or no argument for a variadic parameter)
	// runs none of it.
	NeedFrom int
	Const    bool     // its arguments are constants, not just invariant
	Mask     uint64   // the parameters it depends on
	Via      []string // the functions from the summarised one to the caller of Callee
	Pos      string   // where Callee is called: "repo.go:12"
	// Owner is where the user's own code does the work: its innermost
	// function of a package that is not a dependency or the standard
	// library, which makes the catalogued call itself
	// ("example.com/app/user.checkFormat→regexp.MustCompile"); "" until
	// the summary reaches such a package. Caching there fixes it. Work
	// done inside a dependency, below a function the catalogue does not
	// name, is dropped there (summarise).
	Owner string
	// Iface, for an operation of category pending, is the module
	// interface ("example.com/store.Orders") whose method Callee is
	// called where no implementation is visible: the work is that of
	// the implementations, found where they are (iface.go).
	Iface string
	// Args, for a pending call, gives per argument (0 the interface
	// value, then the parameters) the parameters of the summarised
	// function it depends on, or variantArg.
	Args []uint64
	// Empty has bit i set when argument i is nothing: "", nil, 0, or no
	// variadic argument.
	Empty uint64
	// Seen lists the implementations (types.Func.FullName of their
	// methods) whose work a pending call has been judged against on its
	// way up: each is reported where it is first visible, once.
	Seen []string
}

// chain renders the witness chain: "repo.Plans → (*sql.DB).Query at repo.go:12".
func (op invOp) chain() string { return walk.Chain(op.Via, op.Callee, op.Pos) }

// invariantFact lists the invariant work of a function, for callers in
// other packages, and what its results depend on.
type invariantFact struct {
	Ops []invOp // sorted; at most maxOps
	// Returns is set when the function's results depend only on the
	// parameters in ResultMask (bit 0 is the receiver of a method): a
	// helper that splits an id or builds a key gives an invariant
	// result for invariant arguments.
	Returns    bool
	ResultMask uint64
}

// AFact marks invariantFact as an analysis fact.
func (*invariantFact) AFact() {}

// String renders the fact for tests: "query (*sql.DB).Query if(2) via repo.Plan; ...".
func (f *invariantFact) String() string {
	var b strings.Builder
	for i, op := range f.Ops {
		if i > 0 {
			b.WriteString("; ")
		}
		callee := op.Callee
		if op.Iface != "" {
			callee = op.Iface[strings.LastIndex(op.Iface, "/")+1:] + "." + callee
		}
		fmt.Fprintf(&b, "%s %s", op.Cat, callee)
		if op.Mask != 0 {
			fmt.Fprintf(&b, " %s", maskString(op.Mask))
		}
		fmt.Fprintf(&b, " via %s", strings.Join(op.Via, ">"))
	}
	if f.Returns {
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "returns %s", maskString(f.ResultMask))
	}
	return b.String()
}

// factOps turns a function's findings into its fact: deterministic,
// deduplicated, bounded.
func factOps(found []*found) []invOp {
	var ops []invOp
	for _, f := range found {
		op := f.invOp
		op.Via = summary.BoundChain(op.Via)
		op.SQL = summary.ShortSQL(op.SQL)
		ops = append(ops, op)
	}
	type key struct {
		cat, callee, sql, pos, iface string
		mask                         uint64
		sqlFrom                      int
	}
	return walk.Normalise(ops, compareOps, func(op invOp) key { return key{op.Cat, op.Callee, op.SQL, op.Pos, op.Iface, op.Mask, op.SQLFrom} }, maxOps)
}

func compareOps(a, b invOp) int {
	return cmp.Or(
		cmp.Compare(b2i(a.Cat == catPending), b2i(b.Cat == catPending)), // work first
		cmp.Compare(a.Cat, b.Cat),
		cmp.Compare(len(a.Via), len(b.Via)),
		cmp.Compare(a.Callee, b.Callee),
		cmp.Compare(a.SQL, b.SQL),
		cmp.Compare(a.Pos, b.Pos),
		cmp.Compare(a.Mask, b.Mask),
		slices.Compare(a.Via, b.Via),
	)
}

// maskString renders the parameters of a mask: "if(0,2)"; "if()" for none.
func maskString(mask uint64) string {
	var bits []string
	for i := range 64 {
		if mask&(1<<uint(i)) != 0 {
			bits = append(bits, fmt.Sprint(i))
		}
	}
	return "if(" + strings.Join(bits, ",") + ")"
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
