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

// Test runs the analyzer on its testdata once; the subtests read Related
// and Category from that same run instead of analysing again.
func Test(t *testing.T) {
	t.Parallel()
	results := analysistest.Run(t, testgopath.Dir(t), missingcache.Analyzer,
		"nethttp", "caches", "crosspkg/...", "gin", "echo", "fiberv2", "grpcsvc", "libs", "wrapped/...", "beegoapp", "getters", "ids/...", "gqlroot/...", "embedsql/...", "builders/...")

	// A finding across packages points at the handler and at the callee,
	// with its chain.
	t.Run("Related", func(t *testing.T) {
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
					"middle.go: the callee: middle.Service.All → upstream.Plans → (*sql.DB).QueryContext at upstream.go:19",
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("related information (-want +got):\n%s", diff)
				}
			}
		}
		if !found {
			t.Fatal("no query diagnostic for h.svc.All")
		}
	})

	// Each kind of finding in nethttp has its category.
	t.Run("Categories", func(t *testing.T) {
		got := make(map[string]string)
		for _, res := range results {
			if res.Pass.Pkg.Path() != "nethttp" {
				continue
			}
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
	})
}

// TestSmall checks -missingcache.small: the whole of a table declared
// small is reported as work to cache, and is silent without the flag,
// like the whole of any other table.
func TestSmall(t *testing.T) {
	dir := testgopath.Dir(t)
	var without errorsOf
	analysistest.Run(&without, dir, missingcache.Analyzer, "tables")
	if len(without) != 1 || !strings.Contains(without[0], `no diagnostic was reported matching `+"`"+`query "SELECT name FROM roles"`) {
		t.Errorf("without -small, want only the roles read missing; got %q", without)
	}

	if err := missingcache.Analyzer.Flags.Set("small", "roles"); err != nil {
		t.Fatal(err)
	}
	defer missingcache.Analyzer.Flags.Set("small", "")
	analysistest.Run(t, dir, missingcache.Analyzer, "tables")
	if err := missingcache.Analyzer.Flags.Set("small", "roles;users"); err == nil {
		t.Error("-small=roles;users: no error")
	}
}

// errorsOf records what analysistest reports.
type errorsOf []string

func (e *errorsOf) Errorf(format string, args ...any) { *e = append(*e, fmt.Sprintf(format, args...)) }

// TestFix applies the hoisting fixes and compares with fix.go.golden.
func TestFix(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testgopath.Dir(t), missingcache.Analyzer, "fix")
}

// TestInterfaces runs the analyzer on a module whose handlers call
// interfaces that main wires: the work behind a call is judged where an
// implementation is first visible.
func TestInterfaces(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "ifaces"), missingcache.Analyzer, "./...")
}
