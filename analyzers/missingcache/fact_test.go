package missingcache

import (
	"bytes"
	"encoding/gob"
	"reflect"
	"strings"
	"testing"

	"github.com/scalevet/scalevet/analyzers/internal/summary"
)

// TestFactBudget checks that a fact built from many long findings is
// bounded, deterministic, and survives the gob round trip that drivers
// use to pass facts between packages.
func TestFactBudget(t *testing.T) {
	t.Parallel()
	var found []*found
	for i := range 20 {
		via := make([]string, 10)
		for j := range via {
			via[j] = strings.Repeat("f", 30)
		}
		found = append(found, found1{invOp{
			Cat:    []string{catQuery, catCompile, catPool, catRemote}[i%4],
			Callee: "(*sql.DB).QueryContext",
			SQL:    strings.Repeat("SELECT é ", 40),
			Mask:   uint64(i),
			Via:    via,
			Pos:    "repo.go:12",
		}}.f())
	}
	fact := &invariantFact{Ops: factOps(found)}
	if len(fact.Ops) != maxOps {
		t.Errorf("%d ops, want %d", len(fact.Ops), maxOps)
	}
	for _, op := range fact.Ops {
		if len(op.Via) > summary.MaxChain {
			t.Errorf("chain of %d functions, want at most %d", len(op.Via), summary.MaxChain)
		}
		if len(op.SQL) > summary.MaxSQL+len("…") || !strings.HasSuffix(op.SQL, "…") {
			t.Errorf("SQL of %d bytes not shortened: %q", len(op.SQL), op.SQL)
		}
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(fact); err != nil {
		t.Fatal(err)
	}
	if buf.Len() > 4096 {
		t.Errorf("encoded fact is %d bytes, want at most 4096", buf.Len())
	}
	var back invariantFact
	if err := gob.NewDecoder(&buf).Decode(&back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fact, &back) {
		t.Errorf("round trip changed the fact:\n%v\n%v", fact, &back)
	}
	if again := (&invariantFact{Ops: factOps(found)}).String(); again != fact.String() {
		t.Errorf("not deterministic:\n%s\n%s", fact, again)
	}
}

type found1 struct{ op invOp }

func (f found1) f() *found { return &found{invOp: f.op} }
