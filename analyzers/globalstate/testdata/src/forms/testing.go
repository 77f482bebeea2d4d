package forms

import "testing"

// Test helpers beside the code: Fake turns recording on for tests.
var (
	underTest bool
	recorded  []string
)

func Fake() { underTest = true; recorded = nil }

func AssertRecorded(t *testing.T, n int) {
	if len(recorded) != n {
		t.Errorf("recorded %d", len(recorded))
	}
}
