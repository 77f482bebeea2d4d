package summary

import (
	"fmt"
	"testing"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
)

// TestNormaliseKeepsLock checks that a summary says a shared lock is
// taken even when the budget drops the operation that takes it, and that
// the operation standing for a loop says so when one of the loop's does,
// without the lock changing which operation stands for the others.
func TestNormaliseKeepsLock(t *testing.T) {
	t.Parallel()
	var ops []Op
	for i := range 4 {
		ops = append(ops, Op{Kind: catalog.Query, Callee: "(*sql.DB).Query", SQL: fmt.Sprintf("SELECT %d", i), Unbounded: "no WHERE"})
	}
	ops = append(ops, Op{Kind: catalog.Exec, Callee: "(*sql.DB).Exec", SQL: "INSERT INTO task_lock …", Lock: true})
	out := normaliseN(ops, 2)
	if len(out) != 2 || !out[1].Lock || out[0].Lock {
		t.Errorf("budget of 2: got %+v, want an unbounded read then the lock", out)
	}

	loop := []Op{
		{Kind: catalog.Query, Callee: "(*sql.DB).QueryRow", SQL: "SELECT x", Loop: "a.go:3", LoopIn: "F"},
		{Kind: catalog.Exec, Callee: "(*sql.DB).Exec", SQL: "INSERT INTO task_lock …", Loop: "a.go:3", LoopIn: "F", Lock: true},
	}
	out = normaliseN(loop, maxOps)
	if len(out) != 1 || out[0].Callee != "(*sql.DB).QueryRow" || !out[0].Lock || !out[0].AlsoWrites {
		t.Errorf("one loop: got %+v, want the read standing for the loop, with Lock and AlsoWrites", out)
	}

	plain := []Op{{Kind: catalog.Exec, Callee: "(*sql.DB).Exec", SQL: "DELETE FROM t"}}
	if out := normaliseN(plain, maxOps); len(out) != 1 || out[0].Lock {
		t.Errorf("no lock: got %+v", out)
	}
}
