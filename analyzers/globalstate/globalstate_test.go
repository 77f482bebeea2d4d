package globalstate_test

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/scalevet/scalevet/analyzers/globalstate"
	"github.com/scalevet/scalevet/analyzers/internal/testgopath"
)

// Test runs the analyzer on its testdata once; the subtests read
// Related and Category from that same run instead of analysing again.
func Test(t *testing.T) {
	t.Parallel()
	results := analysistest.Run(t, testgopath.Dir(t), globalstate.Analyzer,
		"forms", "exempt", "published/...", "singleton/...", "receivers", "startup", "chain/...", "gin", "echo", "grpcsvc", "sessions", "registry/...", "hooks/...", "ifaces/...", "scratch/...", "gqlroot/...")

	// A finding points at its entry point.
	t.Run("Related", func(t *testing.T) {
		var found bool
		for _, res := range results {
			for _, d := range res.Diagnostics {
				if !strings.Contains(d.Message, "handlers IncrHits, ") {
					continue
				}
				found = true
				got := testgopath.Related(res.Pass.Fset, d)
				want := []string{
					"downstream.go:11: the request entry point IncrHits (net/http)",
					"downstream.go:16: the same cause, also reached here",
					"frameworks.go:15: the same cause, also reached here",
					"frameworks.go:31: the same cause, also reached here",
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("related information (-want +got):\n%s", diff)
				}
				if d.Category != "race" {
					t.Errorf("category %q, want race", d.Category)
				}
			}
		}
		if !found {
			t.Fatal("no diagnostic for IncrHits")
		}
	})

	// The writes of one variable are one finding (forms/merge.go): the
	// other writes are its related information, and the worst category
	// of them is the finding's.
	t.Run("Merge", func(t *testing.T) {
		wantCategory := map[string]string{
			"variable likes ": "race",
			"variable votes ": "race",
			"map tags ":       "unbounded",
		}
		found := make(map[string]bool)
		for _, res := range results {
			for _, d := range res.Diagnostics {
				for subject, cat := range wantCategory {
					if !strings.Contains(d.Message, "package-level "+subject) {
						continue
					}
					if found[subject] {
						t.Errorf("more than one diagnostic for %q", subject)
					}
					found[subject] = true
					if d.Category != cat {
						t.Errorf("%q: category %q, want %s", subject, d.Category, cat)
					}
					if subject != "variable likes " {
						continue
					}
					got := testgopath.Related(res.Pass.Fset, d)
					want := []string{
						"merge.go:18: the request entry point Like (net/http)",
						"merge.go:23: the same cause, also reached here",
						"merge.go:27: the same cause, also reached here",
					}
					if diff := cmp.Diff(want, got); diff != "" {
						t.Errorf("related information of likes (-want +got):\n%s", diff)
					}
				}
			}
		}
		for subject := range wantCategory {
			if !found[subject] {
				t.Errorf("no diagnostic for %q", subject)
			}
		}
	})
}

// TestFacts checks the facts that carry writes up a chain of packages.
func TestFacts(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testgopath.Dir(t), globalstate.Facts, "facts/...")
}

// TestFactRoundTrip checks that a fact survives gob encoding unchanged,
// encodes to the same bytes every time, and stays within its budget.
func TestFactRoundTrip(t *testing.T) {
	t.Parallel()
	var ws []globalstate.Write
	for i := range 8 {
		ws = append(ws, globalstate.Write{
			Var:       fmt.Sprintf("somepackage.someVeryLongVariableName%d.withAField", i),
			Kind:      "map",
			Race:      true,
			Unbounded: true,
			Via:       []string{"a.VeryLongFunctionName", "b.Another", "c.Third", "d.Fourth", "…", "f.Last"},
			Pos:       "some_long_file_name.go:12345",
		})
	}
	fact := &globalstate.Fact{Writes: ws, Recv: &globalstate.Recv{Race: true, Via: []string{"a.T.M", "a.T.n"}, Pos: "a.go:1"}}
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
	var got globalstate.Fact
	if err := gob.NewDecoder(bytes.NewReader(b1)).Decode(&got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(fact, &got); diff != "" {
		t.Errorf("round trip changed the fact (-want +got):\n%s", diff)
	}
	const budget = 4 << 10
	if len(b1) > budget {
		t.Errorf("largest fact encodes to %d bytes, budget %d", len(b1), budget)
	}
	if s := fact.String(); !strings.HasPrefix(s, "writes somepackage.someVeryLongVariableName0.withAField unbounded@") {
		t.Errorf("String() = %q", s)
	}
}
