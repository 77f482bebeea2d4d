package missingcache_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/scalevet/scalevet/analyzers/internal/testgopath"
	"github.com/scalevet/scalevet/analyzers/missingcache"
)

func Test(t *testing.T) {
	analysistest.Run(t, testgopath.Dir(t), missingcache.Analyzer,
		"nethttp", "caches", "crosspkg/...", "gin", "echo", "fiberv2", "grpcsvc", "libs")
}

// TestFix applies the hoisting fixes and compares with fix.go.golden.
func TestFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testgopath.Dir(t), missingcache.Analyzer, "fix")
}

// TestRelated checks that a finding across packages points at the
// handler and at the callee, with its chain.
func TestRelated(t *testing.T) {
	results := analysistest.Run(t, testgopath.Dir(t), missingcache.Analyzer, "crosspkg/downstream")
	var found bool
	for _, res := range results {
		for _, d := range res.Diagnostics {
			if d.Category != "query" || !strings.HasPrefix(d.Message, "h.svc.All ") {
				continue
			}
			found = true
			var got []string
			for _, rel := range d.Related {
				posn := res.Pass.Fset.Position(rel.Pos)
				got = append(got, fmt.Sprintf("%s: %s", filepath.Base(posn.Filename), rel.Message))
			}
			want := []string{
				"downstream.go: the request entry point Handler.Plans (net/http)",
				"middle.go: the callee: middle.Service.All → upstream.Plans → (*sql.DB).QueryContext at upstream.go:17",
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("related information (-want +got):\n%s", diff)
			}
		}
	}
	if !found {
		t.Fatal("no query diagnostic for h.svc.All")
	}
}

// TestCategories checks the category of each kind of finding.
func TestCategories(t *testing.T) {
	results := analysistest.Run(t, testgopath.Dir(t), missingcache.Analyzer, "nethttp")
	got := make(map[string]string)
	for _, res := range results {
		for _, d := range res.Diagnostics {
			subject, _, _ := strings.Cut(d.Message, " ")
			got[subject] = d.Category
		}
	}
	want := map[string]string{
		"query":               "query",
		"regexp.MustCompile":  "compile",
		"template.ParseFiles": "compile",
		"os.ReadFile":         "compile",
		"tls.LoadX509KeyPair": "compile",
		"sql.Open":            "pool",
		"a":                   "pool", // a new http.Transport
		"http.Get":            "remote",
	}
	for subject, cat := range want {
		if got[subject] != cat {
			t.Errorf("%s: category %q, want %q", subject, got[subject], cat)
		}
	}
}
