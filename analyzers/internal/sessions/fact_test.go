package sessions

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFactRoundTrip checks that facts survive gob, as the drivers store
// them, and that their size is bounded whatever the code.
func TestFactRoundTrip(t *testing.T) {
	t.Parallel()
	var effects []*effect
	for i := range 20 {
		effects = append(effects, &effect{
			mapName: fmt.Sprintf("Store.m%02d", i),
			root:    rootRecv,
			key:     paramLabel(i % 3),
			writer:  "Store.Set",
			at:      fmt.Sprintf("store.go:%d", 10+i),
		})
	}
	effects = append(effects, &effect{mapName: "local", root: rootCaptured, key: session})
	fact := factOf("sessstore", effects, generated)
	if len(fact.Writes) != maxWrites {
		t.Fatalf("fact has %d writes, want the budget %d", len(fact.Writes), maxWrites)
	}
	if got, want := fact.Writes[0].Map, "sessstore.Store.m00"; got != want {
		t.Errorf("first write names %q, want %q (sorted, qualified)", got, want)
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(fact); err != nil {
		t.Fatal(err)
	}
	if buf.Len() > 1024 {
		t.Errorf("encoded fact is %d bytes, want at most 1 KiB", buf.Len())
	}
	var back writesFact
	if err := gob.NewDecoder(&buf).Decode(&back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(fact, &back); diff != "" {
		t.Errorf("round trip (-sent +received):\n%s", diff)
	}
	if s := back.String(); !strings.HasPrefix(s, "writes sessstore.Store.m00[recv] key(p0)") || !strings.HasSuffix(s, "; returns(generated)") {
		t.Errorf("String() = %q", s)
	}
}

// TestFactEmpty checks that a function with nothing to tell exports no
// fact, and that captured-variable writes never travel.
func TestFactEmpty(t *testing.T) {
	if f := factOf("p", nil, 0); f != nil {
		t.Errorf("factOf(nothing) = %v, want nil", f)
	}
	if f := factOf("p", []*effect{{mapName: "seen", root: rootCaptured, key: session}}, 0); f != nil {
		t.Errorf("factOf(captured) = %v, want nil", f)
	}
}
