package golangci_test

import (
	"strings"
	"testing"
)

// TestDisableCategory checks that the disable setting takes one category
// of an analyzer's findings, as -disable=globalstate/instance does, and
// rejects a category the analyzer does not have.
func TestDisableCategory(t *testing.T) {
	got, err := build(t, map[string]any{"disable": []any{"globalstate/instance"}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(names(got), ","), "globalstate") {
		t.Errorf("disabling a category turned its analyzer off: %v", names(got))
	}
	if _, err := build(t, map[string]any{"disable": []any{"globalstate/instanse"}}); err == nil || !strings.Contains(err.Error(), `no category "instanse"`) {
		t.Errorf("an unknown category: error %v", err)
	}
}
