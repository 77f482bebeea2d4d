package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/scalevet/scalevet/analyzers"
	"github.com/scalevet/scalevet/analyzers/requestquery"
)

// The tests in this file run analyze in-process with analyzers made for
// them, on the fixture module of main_test.go.

// queries returns an analyzer that reports each call of a method named
// Query or QueryRow, twice and last call first, so that the driver has to
// sort and deduplicate. It requires inspect, so guard's remapping of
// prerequisites is exercised. With fix, it suggests passing r.Context().
func queries(name string, fix bool) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     name,
		Doc:      "report calls of Query and QueryRow",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			var calls []*ast.CallExpr
			in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
			for cur := range in.Root().Preorder((*ast.CallExpr)(nil)) {
				call := cur.Node().(*ast.CallExpr)
				if sel, ok := call.Fun.(*ast.SelectorExpr); ok && (sel.Sel.Name == "Query" || sel.Sel.Name == "QueryRow") {
					calls = append(calls, call)
				}
			}
			slices.Reverse(calls)
			for _, call := range calls {
				sel := call.Fun.(*ast.SelectorExpr)
				d := analysis.Diagnostic{Pos: call.Lparen, Message: "call of " + sel.Sel.Name}
				if fix {
					d.SuggestedFixes = []analysis.SuggestedFix{{
						Message: "Pass the request's context",
						TextEdits: []analysis.TextEdit{
							{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte(sel.Sel.Name + "Context")},
							{Pos: call.Lparen + 1, NewText: []byte("r.Context(), ")},
						},
					}}
				}
				pass.Report(d)
				pass.Report(d)
			}
			return nil, nil
		},
	}
}

func fixtureDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("testdata", "fixture"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestAnalyzeOutput(t *testing.T) {
	t.Parallel()
	var stdout, stderr strings.Builder
	as := []*analysis.Analyzer{queries("second", false), queries("first", false)}
	code := analyze(&stdout, &stderr, fixtureDir(t), []string{"./nplusone"}, as, options{})
	if code != exitFindings {
		t.Errorf("exit status %d, want %d; stderr:\n%s", code, exitFindings, stderr.String())
	}
	want := `nplusone/h.go:14:24: first: call of Query
nplusone/h.go:14:24: second: call of Query
nplusone/h.go:27:22: first: call of QueryRow
nplusone/h.go:27:22: second: call of QueryRow
`
	if diff := cmp.Diff(want, stdout.String()); diff != "" {
		t.Errorf("output (-want +got):\n%s", diff)
	}
}

func TestAnalyzeFailures(t *testing.T) {
	t.Parallel()
	panics := &analysis.Analyzer{
		Name: "panics",
		Doc:  "panic",
		Run:  func(*analysis.Pass) (any, error) { panic("boom") }, // boom
	}
	fails := &analysis.Analyzer{
		Name: "fails",
		Doc:  "fail",
		Run:  func(*analysis.Pass) (any, error) { return nil, errors.New("it broke") },
	}
	dependent := &analysis.Analyzer{
		Name:     "dependent",
		Doc:      "depend on an analyzer that panics",
		Requires: []*analysis.Analyzer{panics},
		Run:      func(*analysis.Pass) (any, error) { return nil, nil },
	}

	var stdout, stderr strings.Builder
	as := []*analysis.Analyzer{queries("queries", false), panics, fails, dependent}
	code := analyze(&stdout, &stderr, fixtureDir(t), []string{"./nplusone"}, as, options{})
	if code != exitError {
		t.Errorf("exit status %d, want %d", code, exitError)
	}
	// One line per failure, at its cause: not for dependent.
	lines := strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n")
	slices.Sort(lines)
	want := []string{
		"scalevet: fails failed on example.com/fixture/nplusone: it broke",
		fmt.Sprintf("scalevet: panics failed on example.com/fixture/nplusone: panics panicked at scalevet/standalone_test.go:%d: boom", lineOf(t, "standalone_test.go", "// boom")),
	}
	if diff := cmp.Diff(want, lines); diff != "" {
		t.Errorf("stderr (-want +got):\n%s", diff)
	}
	// The findings of the analyzers that worked are still printed.
	if got := strings.Count(stdout.String(), ": queries: "); got != 2 {
		t.Errorf("stdout has %d findings, want 2:\n%s", got, stdout.String())
	}
}

func TestAnalyzeFix(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, file := range []string{"go.mod", "nplusone/h.go"} {
		src, err := os.ReadFile(filepath.Join(fixtureDir(t), file))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, file)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, file), src, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	var stdout, stderr strings.Builder
	as := []*analysis.Analyzer{queries("queries", true)}
	if code := analyze(&stdout, &stderr, dir, []string{"./..."}, as, options{fix: true}); code != exitClean {
		t.Errorf("exit status %d, want %d; stderr:\n%s", code, exitClean, stderr.String())
	}
	if got, want := stderr.String(), "scalevet: fixed nplusone/h.go (2 fixes)\n"; got != want {
		t.Errorf("stderr is %q, want %q", got, want)
	}
	if stdout.Len() > 0 {
		t.Errorf("fixed findings were printed:\n%s", stdout.String())
	}
	src, err := os.ReadFile(filepath.Join(dir, "nplusone/h.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`rows, err := db.QueryContext(r.Context(), "SELECT id FROM users ORDER BY id LIMIT 10 OFFSET $1", r.FormValue("offset"))`,
		`row := db.QueryRowContext(r.Context(), "SELECT name FROM users WHERE id = $1", id)`,
	} {
		if !strings.Contains(string(src), want) {
			t.Errorf("fixed file does not have %s:\n%s", want, src)
		}
	}
}

func TestVetArgs(t *testing.T) {
	on := &analysis.Analyzer{Name: "on"}
	off := &analysis.Analyzer{Name: "off"}
	entries := []analyzers.Entry{{Analyzer: on, Default: true}, {Analyzer: off, Default: false}}
	for _, test := range []struct {
		args, want []string
	}{
		{[]string{"x.cfg"}, []string{"-on=true", "-off=false", "x.cfg"}},
		{[]string{"-off", "x.cfg"}, []string{"-off", "-on=true", "-off=true", "x.cfg"}},
		{[]string{"-on=false", "--off=1", "-json", "x.cfg"}, []string{"-on=false", "--off=1", "-json", "-on=false", "-off=true", "x.cfg"}},
		{[]string{"-on=maybe", "x.cfg"}, []string{"-on=maybe", "-on=true", "-off=false", "x.cfg"}},
		{[]string{"-flags"}, []string{"-flags", "-on=true", "-off=false"}},
	} {
		if diff := cmp.Diff(test.want, vetArgs(test.args, entries)); diff != "" {
			t.Errorf("vetArgs(%q) (-want +got):\n%s", test.args, diff)
		}
	}
}

// lineOf returns the line of the test file that ends with suffix, so
// that a test does not break when the lines above it move.
func lineOf(t *testing.T, file, suffix string) int {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(string(src), "\n") {
		if strings.HasSuffix(line, suffix) {
			return i + 1
		}
	}
	t.Fatalf("%s has no line ending in %q", file, suffix)
	return 0
}

// TestMergeCauses: a cause that handlers of two packages reach is
// reported once per package by the analyzer (as go vet needs), and once
// by the standalone driver, with the other package's finding as a
// related location.
func TestMergeCauses(t *testing.T) {
	t.Parallel()
	as := []*analysis.Analyzer{requestquery.Analyzer}
	var stdout, stderr strings.Builder
	if code := analyze(&stdout, &stderr, fixtureDir(t), []string{"./causes/..."}, as, options{}); code != exitFindings {
		t.Fatalf("exit status %d, want %d; stderr:\n%s", code, exitFindings, stderr.String())
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], "causes/a/a.go:10:13: requestquery: store.Totals runs an expensive operation once per iteration of its loop") {
		t.Errorf("findings:\n%s\nwant one, in causes/a", stdout.String())
	}
	stdout.Reset()
	if code := analyze(&stdout, &stderr, fixtureDir(t), []string{"./causes/..."}, as, options{format: "sarif"}); code != exitFindings {
		t.Fatalf("exit status %d, want %d; stderr:\n%s", code, exitFindings, stderr.String())
	}
	var log struct {
		Runs []struct {
			Results []struct {
				RelatedLocations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine int }
					}
					Message struct{ Text string }
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(stdout.String()), &log); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, run := range log.Runs {
		for _, res := range run.Results {
			for _, rl := range res.RelatedLocations {
				if strings.HasPrefix(rl.Message.Text, "the same cause") {
					got = append(got, fmt.Sprintf("%s:%d: %s", filepath.Base(rl.PhysicalLocation.ArtifactLocation.URI), rl.PhysicalLocation.Region.StartLine, rl.Message.Text))
				}
			}
		}
	}
	want := []string{"b.go:10: the same cause, also reported in package example.com/fixture/causes/b"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("related locations of the merged finding (-want +got):\n%s", diff)
	}
}
