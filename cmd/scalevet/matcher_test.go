package main_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// setupGoMatcher is the "go" problem matcher of actions/setup-go, from its
// matchers.json (the same in v3, v4, v5 and v6): the README says that
// it turns scalevet's text lines into annotations. Group 1 is the file,
// 2 the line, 3 the column and 4 the message.
var setupGoMatcher = regexp.MustCompile(`^\s*(.+\.go):(?:(\d+):(\d+):)? (.*)`)

// TestProblemMatcher checks that setup-go's problem matcher reads every
// line of the demo's text output (demo.golden, which TestDemo compares
// with what scalevet prints) as scalevet means it: the whole path, the
// line, the column, and the analyzer's name and message. It also checks
// the shapes the demo does not have: a file at the module root and a
// message that names another file.
func TestProblemMatcher(t *testing.T) {
	t.Parallel()
	golden, err := os.ReadFile(filepath.Join("testdata", "demo.golden"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(golden), "\n"), "\n")
	lines = append(lines,
		"handlers.go:43:13: requestquery: db.QueryContext runs once per iteration of this loop on the request path of List (N+1); fetch all rows in one query",
		"internal/web/web.go:52:10: missingcache: h.svc.All runs the same query on every request of Handler.Plans; the callee: middle.Service.All → (*sql.DB).QueryContext at upstream.go:17",
	)
	for _, line := range lines {
		want := diagnostic.FindStringSubmatch(line)
		if want == nil {
			t.Errorf("not a scalevet text line: %q", line)
			continue
		}
		got := setupGoMatcher.FindStringSubmatch(line)
		if got == nil {
			t.Errorf("setup-go's problem matcher does not match %q", line)
			continue
		}
		if got[1] != want[1] || got[2] != want[2] || got[3] != want[3] || got[4] != want[4]+": "+want[5] {
			t.Errorf("setup-go's problem matcher reads %q as file %q, line %q, column %q, message %q", line, got[1], got[2], got[3], got[4])
		}
	}
}
