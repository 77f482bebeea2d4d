package localstate

import (
	"bytes"
	"encoding/gob"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFactRoundTrip checks that the object facts survive gob, as the
// drivers store them, and stay small.
func TestFactRoundTrip(t *testing.T) {
	t.Parallel()
	for _, fact := range []any{
		&driverParamFact{Index: 1, Opener: "gorm.Open"},
		&subscribeFact{Registry: "notify.Hub.listeners", FanOut: "notify/notify.go:26", From: "notify.Hub.Broadcast"},
	} {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(fact); err != nil {
			t.Fatal(err)
		}
		if buf.Len() > 256 {
			t.Errorf("%T encodes to %d bytes, want at most 256", fact, buf.Len())
		}
		var got any
		switch fact.(type) {
		case *driverParamFact:
			got = new(driverParamFact)
		case *subscribeFact:
			got = new(subscribeFact)
		}
		if err := gob.NewDecoder(&buf).Decode(got); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(fact, got, cmp.AllowUnexported(driverParamFact{}, subscribeFact{})); diff != "" {
			t.Errorf("%T after a gob round trip (-want +got):\n%s", fact, diff)
		}
	}
}
