package main_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/scalevet/scalevet/analyzers"
)

// sample copies the fixture's clean, broken and nplusone packages to a
// temporary directory, made a repository root with an empty .git, so that
// the tests can edit the sources and the repository-relative paths of
// SARIF and GitHub output are known.
// sample returns a copy of the fixture module's clean and broken
// packages with the import-free sample of one finding as nplusone
// (testdata/sample): a run over it loads nothing but the module.
func sample(t *testing.T) string {
	t.Helper()
	dir := sampleSQL(t)
	src, err := os.ReadFile(filepath.Join("testdata", "sample", "nplusone", "h.go"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "nplusone", "h.go"), string(src))
	return dir
}

// sampleSQL returns a copy of the fixture module's clean, broken and
// nplusone packages: the N+1 on net/http and database/sql, which a run
// type-checks from source.
func sampleSQL(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, file := range []string{"go.mod", "clean/clean.go", "broken/broken.go", "nplusone/h.go"} {
		src, err := os.ReadFile(filepath.Join(fixture, file))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, file), string(src))
	}
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func writeFile(t *testing.T, name, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// edit replaces old, which must be in the file, with new.
func edit(t *testing.T, name, old, new string) {
	t.Helper()
	src, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), old) {
		t.Fatalf("%s does not have %q", name, old)
	}
	writeFile(t, name, strings.Replace(string(src), old, new, 1))
}

// baselineEntries reads the baseline file as the tests see it.
func baselineEntries(t *testing.T, name string) (version int, entries []map[string]string) {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Version  int
		Findings []map[string]string
	}
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatalf("baseline: %v\n%s", err, data)
	}
	return file.Version, file.Findings
}

// findingLines returns the "file:line: analyzer" of each line of text
// output.
func findingLines(t *testing.T, out string) []string {
	t.Helper()
	var lines []string
	for k := range lineKeys(t, out, false) {
		lines = append(lines, k)
	}
	return lines
}

// TestBaseline is the baseline's whole story on a copy of the fixture:
// write, report nothing known in every format, move and edit code, add a
// hazard, rewrite. A dozen runs one after another, each type-checking
// net/http from source, so it is one of the long tests (SCALEVET_LONG=1);
// TestBaselineErrors and TestFingerprints stay in the short run.
func TestBaseline(t *testing.T) {
	long(t, "a dozen runs, one after another")
	t.Parallel()
	dir := sampleSQL(t)
	h := filepath.Join(dir, "nplusone", "h.go")
	base := filepath.Join(dir, "scalevet-baseline.json")

	// Record today's finding.
	r := scalevetOn(t, dir, "-baseline="+base, "-baseline-write", "./nplusone")
	if r.code != 0 || r.stdout != "" || !strings.Contains(r.stderr, "wrote 1 findings to baseline") {
		t.Fatalf("-baseline-write: exit status %d, want 0 and a note on stderr only:\n%s%s", r.code, r.stdout, r.stderr)
	}
	version, entries := baselineEntries(t, base)
	want := []map[string]string{{
		"fingerprint": entries[0]["fingerprint"],
		"analyzer":    "requestquery",
		"category":    "nplusone",
		"package":     "example.com/fixture/nplusone",
		"function":    "Names",
		"file":        "nplusone/h.go",
		"message":     entries[0]["message"],
	}}
	if diff := cmp.Diff(want, entries); version != 1 || diff != "" || len(entries[0]["fingerprint"]) != 32 {
		t.Errorf("baseline version %d, want 1; entries (-want +got):\n%s", version, diff)
	}
	first, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}

	// Nothing new: clean, in every format.
	for _, format := range []string{"text", "json", "sarif", "github"} {
		r = scalevetOn(t, dir, "-format="+format, "-baseline="+base, "./nplusone")
		if r.code != 0 {
			t.Errorf("-format=%s -baseline: exit status %d, want 0:\n%s%s", format, r.code, r.stdout, r.stderr)
		}
		if format == "text" && r.stdout != "" {
			t.Errorf("-baseline printed a known finding:\n%s", r.stdout)
		}
		if format == "github" && r.stdout != "" {
			t.Errorf("-format=github -baseline printed a known finding:\n%s", r.stdout)
		}
		if format == "sarif" {
			validateSARIF(t, r.stdout) // with no results
			if !strings.Contains(r.stdout, `"results": []`) {
				t.Errorf("-format=sarif -baseline: want an empty results array:\n%s", r.stdout)
			}
		}
		if format == "json" && strings.TrimSpace(r.stdout) != "{}" {
			t.Errorf("-format=json -baseline printed a known finding:\n%s", r.stdout)
		}
	}

	// Move the function down and reformat around it: the finding moves,
	// and stays known.
	edit(t, h, "// Names writes", "// Pad is here to move Names down.\nfunc Pad() {\n\tfor i := 0; i < 3; i++ {\n\t\t_ = i\n\t}\n}\n\n// Names writes")
	moved := scalevetOn(t, dir, "./nplusone")
	if diff := cmp.Diff([]string{"nplusone/h.go:34: requestquery"}, findingLines(t, moved.stdout)); diff != "" {
		t.Fatalf("the function did not move as the test expects (-want +got):\n%s", diff)
	}
	if r = scalevetOn(t, dir, "-baseline="+base, "./nplusone"); r.code != 0 || r.stdout != "" {
		t.Errorf("after moving Names, -baseline: exit status %d, want 0 and nothing:\n%s%s", r.code, r.stdout, r.stderr)
	}

	// A new hazard in the same function (a write in a loop of its own:
	// one in the known loop would be part of the known finding) is
	// reported, alone.
	edit(t, h, "\t\t\tfmt.Fprintln(w, name)\n\t\t}", "\t\t\tfmt.Fprintln(w, name)\n\t\t}\n\t\tfor _, id := range r.URL.Query()[\"seen\"] {\n\t\t\tdb.Exec(\"UPDATE users SET seen = now() WHERE id = $1\", id)\n\t\t}")
	r = scalevetOn(t, dir, "-baseline="+base, "./nplusone")
	if diff := cmp.Diff([]string{"nplusone/h.go:42: requestquery"}, findingLines(t, r.stdout)); r.code != 3 || diff != "" {
		t.Errorf("new hazard: exit status %d, want 3; findings (-want +got):\n%s\n%s", r.code, diff, r.stderr)
	}

	// The old hazard goes: the next write drops it and keeps the new one.
	edit(t, h, "row := db.QueryRow(\"SELECT name FROM users WHERE id = $1\", id)", "row := lookup(id)")
	edit(t, h, "// Pad is here", "func lookup(int64) interface{ Scan(...any) error } { return nil }\n\n// Pad is here")
	if r = scalevetOn(t, dir, "-baseline="+base, "-baseline-write", "./nplusone"); r.code != 0 {
		t.Fatalf("second -baseline-write: exit status %d:\n%s", r.code, r.stderr)
	}
	_, entries = baselineEntries(t, base)
	if len(entries) != 1 || entries[0]["category"] != "writeloop" || entries[0]["fingerprint"] == want[0]["fingerprint"] {
		t.Errorf("baseline after the old finding vanished: %v; want only the writeloop finding", entries)
	}
	if r = scalevetOn(t, dir, "-baseline="+base, "./nplusone"); r.code != 0 {
		t.Errorf("-baseline after rewriting: exit status %d, want 0:\n%s", r.code, r.stdout)
	}

	// The same findings give the same bytes.
	second, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	scalevetOn(t, dir, "-baseline="+base, "-baseline-write", "./nplusone")
	again, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	if string(second) != string(again) || string(first) == string(second) {
		t.Errorf("rewriting the baseline changed it, or the new finding was not recorded:\n%s\n%s", second, again)
	}
}

func TestBaselineErrors(t *testing.T) {
	t.Parallel()
	dir := sample(t)
	for _, test := range []struct {
		name, content string // no file if content is ""
		args          []string
		stderr        string
	}{
		{"missing", "", nil, "does not exist; create it with -baseline="},
		{"not JSON", "{fingerprints", nil, "is not a scalevet baseline: invalid character"},
		{"unknown field", `{"version": 1, "findings": [], "extra": true}`, nil, `is not a scalevet baseline: json: unknown field "extra"`},
		{"other version", `{"version": 2, "findings": []}`, nil, "has version 2, this scalevet reads version 1"},
		{"no fingerprint", `{"version": 1, "findings": [{"analyzer": "requestquery"}]}`, nil, "finding 1 has no fingerprint"},
		{"write without file", "", []string{"-baseline-write"}, "-baseline-write needs -baseline=FILE"},
	} {
		t.Run(test.name, func(t *testing.T) {
			base := filepath.Join(t.TempDir(), "baseline.json")
			if test.content != "" {
				writeFile(t, base, test.content)
			}
			args := test.args
			if args == nil {
				args = []string{"-baseline=" + base}
			}
			r := scalevetOn(t, dir, append(args, "./nplusone")...)
			if r.code != 1 || r.stdout != "" || !strings.Contains(r.stderr, test.stderr) {
				t.Errorf("exit status %d, want 1 and %q on stderr:\n%s%s", r.code, test.stderr, r.stdout, r.stderr)
			}
		})
	}
}

// scalevetOn runs scalevet in dir with requestquery as the only analyzer,
// so that the fixture's one finding stays one whatever other analyzers
// come to report on it.
func scalevetOn(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return scalevetOnEnv(t, nil, dir, args...)
}

// scalevetOnEnv is scalevetOn with more environment variables, as runEnv.
func scalevetOnEnv(t *testing.T, env []string, dir string, args ...string) result {
	t.Helper()
	var only []string
	for _, e := range analyzers.All() {
		only = append(only, fmt.Sprintf("-%s=%t", e.Analyzer.Name, e.Analyzer.Name == "requestquery"))
	}
	return runEnv(t, env, dir, scalevet, append(only, args...)...)
}
