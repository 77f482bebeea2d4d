package main_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/scalevet/scalevet/analyzers"
)

// The fixture's one finding, as the sample copy of it reports it.
const (
	sampleFile = "nplusone/h.go"
	sampleLine = 25
	sampleCol  = 21
	sampleEnd  = 29 // the end of name(id)
)

// TestFormats runs each format, directly and with -o, and checks the exit
// status and each output.
func TestFormats(t *testing.T) {
	t.Parallel()
	dir := sample(t)
	summary := filepath.Join(t.TempDir(), "summary.md")
	writeFile(t, summary, "earlier step\n")
	// Every run has the summary file, as in Actions; only -format=github
	// appends to it.
	env := []string{"GITHUB_STEP_SUMMARY=" + summary}

	direct := make(map[string]result)
	for _, format := range []string{"text", "json", "sarif", "github"} {
		r := scalevetOnEnv(t, env, dir, "-format="+format, "./nplusone")
		direct[format] = r
		if r.code != 3 {
			t.Errorf("-format=%s: exit status %d, want 3:\n%s", format, r.code, r.stderr)
		}
		// The other formats carry the error on stdout: TestErrorsDoNotHideFindings.
		if format != "text" {
			continue
		}
		if r := scalevetOnEnv(t, env, dir, "-format="+format, "./broken"); r.code != 1 || r.stdout != "" {
			t.Errorf("-format=%s on a package that does not type-check: exit status %d, want 1 and nothing on stdout:\n%s", format, r.code, r.stdout)
		}
	}
	text := direct["text"].stdout
	if !strings.HasPrefix(text, fmt.Sprintf("%s:%d:%d: requestquery: ", sampleFile, sampleLine, sampleCol)) || strings.Count(text, "\n") != 1 {
		t.Fatalf("-format=text printed:\n%s", text)
	}
	message := strings.TrimSpace(strings.SplitN(text, ": requestquery: ", 2)[1])

	// The GitHub run appended its summary: checked below. No other did.
	gotSummary, err := os.ReadFile(summary)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, summary, "")

	// -o writes the format to the file, and the text to stdout.
	for _, format := range []string{"json", "sarif", "github"} {
		out := filepath.Join(t.TempDir(), "report")
		r := scalevetOnEnv(t, env, dir, "-format="+format, "-o", out, "./nplusone")
		if r.code != 3 || r.stdout != text {
			t.Errorf("-format=%s -o: exit status %d, want 3 and the text on stdout; got:\n%s", format, r.code, r.stdout)
		}
		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != direct[format].stdout {
			t.Errorf("-format=%s -o wrote:\n%s\nwant what -format=%s prints:\n%s", format, got, format, direct[format].stdout)
		}
	}

	alias := scalevetOnEnv(t, env, dir, "-json", "./nplusone")
	if diff := cmp.Diff(direct["json"], alias, cmp.AllowUnexported(result{})); diff != "" {
		t.Errorf("-json and -format=json differ (-format=json +json):\n%s", diff)
	}
	checkJSON(t, dir, direct["json"].stdout)
	checkGitHub(t, direct["github"].stdout, string(gotSummary), message)
	checkSARIF(t, dir, direct["sarif"].stdout, message)

	for _, test := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"-format=xml"}, "-format=xml: want one of text, json, sarif, github"},
		{[]string{"-json", "-format=sarif"}, "-json and -format=sarif: choose one"},
		{[]string{"-baseline=b.json", "-baseline-write", "-fix"}, "-baseline-write and -fix: choose one"},
		{[]string{"-format=sarif", "-o", filepath.Join(dir, "no", "such", "dir", "out.sarif")}, "no such file or directory"},
	} {
		r := scalevetOnEnv(t, env, dir, append(test.args, "./nplusone")...)
		if r.code != 1 || !strings.Contains(r.stderr, test.stderr) {
			t.Errorf("scalevet %s: exit status %d, want 1 and %q:\n%s", strings.Join(test.args, " "), r.code, test.stderr, r.stderr)
		}
	}
}

// checkJSON checks -format=json output: the x/tools shape, with the
// category, the end and the related positions.
func checkJSON(t *testing.T, dir, out string) {
	t.Helper()
	want := map[string]bool{fmt.Sprintf("%s:%d:%d: requestquery", sampleFile, sampleLine, sampleCol): true}
	if diff := cmp.Diff(want, vetKeys(t, dir, out, true)); diff != "" {
		t.Errorf("-format=json findings (-want +got):\n%s", diff)
	}
	var tree map[string]map[string][]struct {
		Category, Posn, End, Message string
		Related                      []struct{ Posn, Message string }
	}
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		t.Fatal(err)
	}
	d := tree["example.com/fixture/nplusone"]["requestquery"]
	if len(d) != 1 || d[0].Category != "nplusone" || !strings.HasSuffix(d[0].End, fmt.Sprintf(":%d:%d", sampleLine, sampleEnd)) || len(d[0].Related) != 2 {
		t.Errorf("-format=json diagnostic: %+v", d)
	}
}

// checkGitHub checks -format=github output and the step summary.
func checkGitHub(t *testing.T, out, summary, message string) {
	t.Helper()
	want := fmt.Sprintf("::error file=%s,line=%d,endLine=%d,col=%d,endColumn=%d,title=scalevet/requestquery::%s\n",
		sampleFile, sampleLine, sampleLine, sampleCol, sampleEnd, message)
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("-format=github (-want +got):\n%s", diff)
	}
	for _, line := range []string{
		"earlier step", // appended, not replaced
		"## scalevet",
		"| requestquery | error | 1 |",
		"### requestquery",
		fmt.Sprintf("| `%s:%d:%d` | requestquery/nplusone | error | %s |", sampleFile, sampleLine, sampleCol, message),
	} {
		if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(line) + `$`).MatchString(summary) {
			t.Errorf("step summary has no line %q:\n%s", line, summary)
		}
	}
	if n := strings.Count(summary, "## scalevet"); n != 1 {
		t.Errorf("step summary written %d times, want once (by -format=github):\n%s", n, summary)
	}
}

// sarifLog is the part of SARIF the tests read.
type sarifLog struct {
	Version string
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name, Version, InformationURI string
				Rules                         []struct {
					ID                                string
					ShortDescription, FullDescription struct{ Text string }
					HelpURI                           string
					DefaultConfiguration              struct{ Level string }
				}
			}
		}
		OriginalURIBaseIDs map[string]struct{ URI string }
		Results            []sarifResult
	}
}

type sarifResult struct {
	RuleID              string
	RuleIndex           int
	Level               string
	Message             struct{ Text string }
	Locations           []sarifLocation
	RelatedLocations    []sarifLocation
	PartialFingerprints map[string]string
}

type sarifLocation struct {
	PhysicalLocation struct {
		ArtifactLocation struct{ URI, URIBaseID string }
		Region           struct{ StartLine, StartColumn, EndLine, EndColumn int }
	}
	Message struct{ Text string }
}

// checkSARIF checks -format=sarif output: valid, with rule metadata, and
// a result whose fingerprint survives moved lines. It edits the sample.
func checkSARIF(t *testing.T, dir, out, message string) {
	t.Helper()
	validateSARIF(t, out)
	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(log.Runs))
	}
	run0 := log.Runs[0]
	driver := run0.Tool.Driver
	if driver.Name != "scalevet" || driver.Version == "" || driver.InformationURI == "" {
		t.Errorf("tool.driver: %+v", driver)
	}
	// One rule per documented category of every analyzer that ran, with
	// the analyzer's doc and URL.
	byID := make(map[string]int)
	for i, rule := range driver.Rules {
		byID[rule.ID] = i
	}
	for _, e := range analyzers.Enabled() {
		for _, rule := range driver.Rules {
			if strings.HasPrefix(rule.ID, e.Name+"/") || rule.ID == e.Name {
				if rule.HelpURI != e.URL || !strings.Contains(e.Doc, strings.TrimSpace(strings.SplitN(rule.FullDescription.Text, "\n", 2)[0])) {
					t.Errorf("rule %s: helpUri %q, fullDescription %.60q; want the analyzer's URL and Doc", rule.ID, rule.HelpURI, rule.FullDescription.Text)
				}
			}
		}
	}
	for _, id := range []string{"requestquery/nplusone", "requestquery/writeloop", "requestquery/unbounded"} {
		i, ok := byID[id]
		if !ok {
			t.Errorf("no rule %s among %v", id, byID)
			continue
		}
		want := map[string]string{"requestquery/unbounded": "warning"}[id]
		if want == "" {
			want = "error"
		}
		if got := driver.Rules[i].DefaultConfiguration.Level; got != want {
			t.Errorf("rule %s: level %s, want %s", id, got, want)
		}
	}
	if !strings.HasPrefix(driver.Rules[byID["requestquery/nplusone"]].ShortDescription.Text, "requestquery: a query (database/sql") {
		t.Errorf("rule requestquery/nplusone: shortDescription %q, want the category's line of the doc", driver.Rules[byID["requestquery/nplusone"]].ShortDescription.Text)
	}
	if got, want := run0.OriginalURIBaseIDs["%SRCROOT%"].URI, "file://"+filepath.ToSlash(dir)+"/"; got != want && !strings.HasSuffix(got, filepath.ToSlash(dir)+"/") {
		t.Errorf("originalUriBaseIds: %%SRCROOT%% is %q, want %q", got, want)
	}

	loc := func(line, col, endLine, endCol int) sarifLocation {
		var l sarifLocation
		l.PhysicalLocation.ArtifactLocation.URI = sampleFile
		l.PhysicalLocation.ArtifactLocation.URIBaseID = "%SRCROOT%"
		l.PhysicalLocation.Region.StartLine, l.PhysicalLocation.Region.StartColumn = line, col
		l.PhysicalLocation.Region.EndLine, l.PhysicalLocation.Region.EndColumn = endLine, endCol
		return l
	}
	related := func(line, col int, msg string) sarifLocation {
		l := loc(line, col, 0, 0)
		l.Message.Text = msg
		return l
	}
	want := []sarifResult{{
		RuleID:           "requestquery/nplusone",
		RuleIndex:        byID["requestquery/nplusone"],
		Level:            "error",
		Message:          struct{ Text string }{message},
		Locations:        []sarifLocation{loc(sampleLine, sampleCol, sampleLine, sampleEnd)},
		RelatedLocations: []sarifLocation{related(24, 2, "the loop that repeats it, in Names"), related(22, 6, "the request entry point Names (directive)")},
	}}
	if diff := cmp.Diff(want, run0.Results, cmp.FilterPath(func(p cmp.Path) bool { return p.Last().String() == ".PartialFingerprints" }, cmp.Ignore())); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}

	// The fingerprint is the baseline's.
	base := filepath.Join(t.TempDir(), "b.json")
	scalevetOn(t, dir, "-baseline="+base, "-baseline-write", "./nplusone")
	_, entries := baselineEntries(t, base)
	if len(run0.Results) == 1 && (len(entries) != 1 || run0.Results[0].PartialFingerprints["scalevet/v1"] != entries[0]["fingerprint"]) {
		t.Errorf("partialFingerprints %v, want the baseline's fingerprint %v", run0.Results[0].PartialFingerprints, entries)
	}

	// Moving unrelated lines keeps the fingerprint and moves the region.
	edit(t, filepath.Join(dir, sampleFile), "\n// ids returns", "\n// An unrelated comment\n// of three\n// lines.\n\n// ids returns")
	moved := scalevetOn(t, dir, "-format=sarif", "./nplusone")
	var log2 sarifLog
	if err := json.Unmarshal([]byte(moved.stdout), &log2); err != nil || len(log2.Runs) != 1 || len(log2.Runs[0].Results) != 1 {
		t.Fatalf("after the edit: %v\n%s", err, moved.stdout)
	}
	after := log2.Runs[0].Results[0]
	if after.Locations[0].PhysicalLocation.Region.StartLine != sampleLine+4 || !cmp.Equal(after.PartialFingerprints, run0.Results[0].PartialFingerprints) {
		t.Errorf("after moving lines: line %d, fingerprints %v; want line %d and %v", after.Locations[0].PhysicalLocation.Region.StartLine, after.PartialFingerprints, sampleLine+4, run0.Results[0].PartialFingerprints)
	}

}

// validateSARIF checks out against the SARIF 2.1.0 schema (OASIS,
// errata01) in testdata, copied from the testdata of
// github.com/securego/gosec/v2@v2.30.0.
func validateSARIF(t *testing.T, out string) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	const url = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(out)))
	if err != nil {
		t.Fatalf("SARIF output is not JSON: %v\n%s", err, out)
	}
	if err := schema.Validate(inst); err != nil {
		t.Errorf("SARIF output does not match the 2.1.0 schema: %v\n%s", err, out)
	}
}

// TestDemoSARIF checks the SARIF of the demo service, which has findings
// of several analyzers and categories: valid, every result pointing at its
// rule, and every fingerprint distinct.
func TestDemoSARIF(t *testing.T) {
	t.Parallel()
	r := run(t, ".", scalevet, "-C", filepath.Join("..", "..", "testdata", "demo"), "-format=sarif", "./...")
	if r.code != 3 {
		t.Fatalf("exit status %d, want 3:\n%s", r.code, r.stderr)
	}
	validateSARIF(t, r.stdout)
	var log sarifLog
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("%v:\n%s", err, r.stdout)
	}
	rules := log.Runs[0].Tool.Driver.Rules
	seen := make(map[string]bool)
	for _, res := range log.Runs[0].Results {
		if res.RuleIndex < 0 || res.RuleIndex >= len(rules) || rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("result of %s has ruleIndex %d, which is not its rule", res.RuleID, res.RuleIndex)
		}
		loc := res.Locations[0].PhysicalLocation
		if loc.ArtifactLocation.URIBaseID != "%SRCROOT%" || strings.HasPrefix(loc.ArtifactLocation.URI, "/") || !strings.HasSuffix(loc.ArtifactLocation.URI, ".go") {
			t.Errorf("result of %s at %+v; want a relative path from the repository root", res.RuleID, loc.ArtifactLocation)
		}
		fp := res.PartialFingerprints["scalevet/v1"]
		if fp == "" || seen[fp] {
			t.Errorf("result of %s at %+v: fingerprint %q missing or repeated", res.RuleID, loc, fp)
		}
		seen[fp] = true
	}
	if len(seen) < 5 {
		t.Errorf("%d results, want the demo's findings", len(seen))
	}
}
