package requestquery_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/scalevet/scalevet/analyzers/internal/testgopath"
	"github.com/scalevet/scalevet/analyzers/requestquery"
)

// Test runs the analyzer on its testdata once; the Related subtest reads
// that same run instead of analysing again.
func Test(t *testing.T) {
	results := analysistest.Run(t, testgopath.Dir(t), requestquery.Analyzer,
		"nethttp", "crosspkg/...", "ifaces/...", "funcvalues/...", "gql/...",
		"chi", "gorillamux", "gin", "echo", "fiberv2", "fiberv3", "grpcsvc",
		"sqlcgen/...", "wrapped/...", "gormhooks/...", "sameline/...", "entapp/...", "squirreldb", "gormgetter/...", "sqlxdb", "gormdb", "gormv1db", "xormdb", "goxormdb", "xormfork", "pgxdb", "pgx4db", "bundb", "gopgdb", "mongodb", "mongov2", "redisdb", "remote/...", "closures", "gqlroot/...", "goqudb", "embedsql/...", "gozero/...", "controllers/...")

	// A finding points at the loop, the handler and, across packages, the
	// callee.
	t.Run("Related", func(t *testing.T) {
		var found bool
		for _, res := range results {
			for _, d := range res.Diagnostics {
				if d.Category != "nplusone" || !strings.Contains(d.Message, "h.svc.Enrich") {
					continue
				}
				found = true
				var got []string
				for _, rel := range d.Related {
					posn := res.Pass.Fset.Position(rel.Pos)
					got = append(got, fmt.Sprintf("%s: %s", filepath.Base(posn.Filename), rel.Message))
				}
				want := []string{
					"handler.go: the loop that repeats it, in H.Enrich",
					"handler.go: the request entry point H.Enrich (net/http)",
					"service.go: the callee: service.Service.Enrich → repo.Repo.ItemsFor → repo.Repo.query → (*sql.DB).QueryContext at repo.go:17",
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("related information (-want +got):\n%s", diff)
				}
			}
		}
		if !found {
			t.Fatal("no nplusone diagnostic for h.svc.Enrich")
		}
	})
}

// TestSmall checks -requestquery.small: whole-table reads of the tables
// it names, by their SQL name or their model type, are not reported.
func TestSmall(t *testing.T) {
	if err := requestquery.Analyzer.Flags.Set("small", "roles, app_settings"); err != nil {
		t.Fatal(err)
	}
	defer requestquery.Analyzer.Flags.Set("small", "")
	analysistest.Run(t, testgopath.Dir(t), requestquery.Analyzer, "smalltables")

	if err := requestquery.Analyzer.Flags.Set("small", "roles;users"); err == nil {
		t.Error(`-requestquery.small=roles;users: no error, want one for a name that is not a table's`)
	}
}
