package main_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// brokenError is the type error of the fixture's broken package, as
// scalevet prints it: file:line:col: message, as the compiler does.
const brokenError = "broken/broken.go:5:9: undefined: foo"

// TestErrorsDoNotHideFindings checks that a package that does not
// type-check is reported as an error, in each format's own way, while the
// healthy package beside it is still analysed and its finding printed,
// with exit status 1.
func TestErrorsDoNotHideFindings(t *testing.T) {
	t.Parallel()
	pkgs := []string{"./broken", "./nplusone"}

	text := scalevetOn(t, fixture, pkgs...)
	if text.code != 1 {
		t.Errorf("exit status %d, want 1", text.code)
	}
	if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(brokenError) + `$`).MatchString(text.stderr) {
		t.Errorf("stderr has no line %q:\n%s", brokenError, text.stderr)
	}
	if !strings.HasPrefix(text.stdout, nplusone+": requestquery: ") {
		t.Errorf("the finding in the healthy package is not printed:\n%s", text.stdout)
	}

	js := scalevetOn(t, fixture, append([]string{"-json"}, pkgs...)...)
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(js.stdout), &tree); err != nil || js.code != 1 {
		t.Fatalf("-json: exit status %d, %v:\n%s", js.code, err, js.stdout)
	}
	var obj struct{ Error string }
	if err := json.Unmarshal(tree["example.com/fixture/broken"]["requestquery"], &obj); err != nil || obj.Error != brokenError {
		t.Errorf("-json: broken has %s, want an error object with %q", tree["example.com/fixture/broken"]["requestquery"], brokenError)
	}
	if !strings.Contains(string(tree["example.com/fixture/nplusone"]["requestquery"]), `"category": "nplusone"`) {
		t.Errorf("-json: the finding in nplusone is missing:\n%s", js.stdout)
	}

	gh := scalevetOn(t, fixture, append([]string{"-format=github"}, pkgs...)...)
	wantCmd := regexp.MustCompile(`(?m)^::error file=\S*broken/broken\.go,line=5,col=9,title=scalevet::undefined: foo$`)
	if gh.code != 1 || !wantCmd.MatchString(gh.stdout) || !strings.Contains(gh.stdout, "title=scalevet/requestquery::") {
		t.Errorf("-format=github: exit status %d, want 1, an ::error command for the type error and the finding:\n%s", gh.code, gh.stdout)
	}
	if strings.Contains(gh.stderr, brokenError) {
		t.Errorf("-format=github printed the error as plain text too:\n%s", gh.stderr)
	}

	out := filepath.Join(t.TempDir(), "out.sarif")
	sarif := scalevetOn(t, fixture, append([]string{"-format=sarif", "-o", out}, pkgs...)...)
	data, err := os.ReadFile(out)
	if err != nil || sarif.code != 1 {
		t.Fatalf("-format=sarif -o: exit status %d, %v", sarif.code, err)
	}
	validateSARIF(t, string(data))
	var log struct {
		Runs []struct {
			Invocations []struct {
				ExecutionSuccessful        bool
				ToolExecutionNotifications []struct {
					Level     string
					Message   struct{ Text string }
					Locations []struct {
						PhysicalLocation struct {
							ArtifactLocation struct{ URI string }
							Region           struct{ StartLine, StartColumn int }
						}
					}
				}
			}
			Results []json.RawMessage
		}
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	inv := log.Runs[0].Invocations[0]
	if inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 1 || len(log.Runs[0].Results) != 1 {
		t.Fatalf("SARIF: want an unsuccessful invocation with one notification and one result:\n%s", data)
	}
	n := inv.ToolExecutionNotifications[0]
	if n.Level != "error" || n.Message.Text != "undefined: foo" || len(n.Locations) != 1 ||
		!strings.HasSuffix(n.Locations[0].PhysicalLocation.ArtifactLocation.URI, "broken/broken.go") ||
		n.Locations[0].PhysicalLocation.Region.StartLine != 5 {
		t.Errorf("SARIF notification: %+v", n)
	}
	if !strings.HasPrefix(sarif.stdout, nplusone+": requestquery: ") {
		t.Errorf("-o: the text findings are not on stdout:\n%s", sarif.stdout)
	}
}

// TestBadOutputFailsFast checks that an -o file that cannot be created
// stops the run before the analysis, with nothing else printed.
func TestBadOutputFailsFast(t *testing.T) {
	t.Parallel()
	out := filepath.Join(t.TempDir(), "no", "such", "dir", "out.sarif")
	r := scalevetOn(t, fixture, "-format=sarif", "-o", out, "./nplusone")
	want := "scalevet: -o: open " + out + ": no such file or directory\n"
	if r.code != 1 || r.stdout != "" || r.stderr != want {
		t.Errorf("exit status %d, stdout %q, stderr %q; want 1, nothing and %q", r.code, r.stdout, r.stderr, want)
	}
}

// TestImporterOfBrokenIsAnalysed checks that a package that only
// imports a package that does not type-check is still analysed: its
// finding is printed in text and JSON, and the broken package's error is
// reported too.
func TestImporterOfBrokenIsAnalysed(t *testing.T) {
	t.Parallel()
	text := scalevetOn(t, fixture, "./importsbroken")
	if text.code != 1 || !strings.Contains(text.stdout, "importsbroken.go:17:4: requestquery:") {
		t.Errorf("text: exit %d, stdout:\n%s\nstderr:\n%s", text.code, text.stdout, text.stderr)
	}
	if !strings.Contains(text.stderr, brokenError) {
		t.Errorf("text: stderr has no %q:\n%s", brokenError, text.stderr)
	}
	js := scalevetOn(t, fixture, "-json", "./importsbroken")
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(js.stdout), &tree); err != nil {
		t.Fatalf("-json: %v\n%s", err, js.stdout)
	}
	if !strings.Contains(string(tree["example.com/fixture/importsbroken"]["requestquery"]), `"category": "nplusone"`) {
		t.Errorf("-json: importsbroken's finding is missing:\n%s", js.stdout)
	}
	if !strings.Contains(string(tree["scalevet"]["scalevet"]), "undefined: foo") {
		t.Errorf("-json: the broken import's error is missing:\n%s", js.stdout)
	}
}
