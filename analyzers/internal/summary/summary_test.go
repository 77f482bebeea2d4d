package summary_test

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/summary"
)

func Test(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), summary.Analyzer, "chain/...", "embedded")
}

// TestFactRoundTrip checks that a fact survives gob encoding unchanged,
// encodes to the same bytes every time, and stays within its budget
// even when a function does everything.
func TestFactRoundTrip(t *testing.T) {
	t.Parallel()
	var ops []summary.Op
	for i := range 8 {
		ops = append(ops, summary.Op{
			Kind:      catalog.Query,
			Callee:    "(*sql.DB).QueryContext",
			SQL:       strings.Repeat("x", 120),
			Unbounded: "no WHERE, no LIMIT",
			Via:       []string{"a.VeryLongFunctionName", "b.Another", "c.Third", "d.Fourth", "…", fmt.Sprintf("f.Last%d", i)},
			Pos:       "some_long_file_name.go:12345",
			Loop:      "another_file_name.go:678",
		})
	}
	fact := &summary.Fact{Ops: ops}
	enc := func() []byte {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(fact); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	b1, b2 := enc(), enc()
	if !bytes.Equal(b1, b2) {
		t.Error("fact encoding is not deterministic")
	}
	var got summary.Fact
	if err := gob.NewDecoder(bytes.NewReader(b1)).Decode(&got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(fact, &got); diff != "" {
		t.Errorf("round trip changed the fact (-want +got):\n%s", diff)
	}
	// The largest fact a function can have: maxOps ops at their
	// longest. 4 KiB keeps a package with thousands of summarised
	// functions to a few MiB of facts at worst.
	const budget = 4 << 10
	if len(b1) > budget {
		t.Errorf("largest fact encodes to %d bytes, budget %d", len(b1), budget)
	}
}
