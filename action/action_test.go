package action_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// scalevet is a binary built once by TestMain, for the runs that do not
// test the script's own build.
var scalevet string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "scalevet-action-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	scalevet = filepath.Join(dir, "scalevet")
	if out, err := exec.Command("go", "build", "-o", scalevet, "../cmd/scalevet").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building scalevet: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type outcome struct {
	stdout  string            // the step's log (stdout and stderr)
	code    int               // the step's exit status
	outputs map[string]string // what the script wrote to GITHUB_OUTPUT
	summary string            // what was written to GITHUB_STEP_SUMMARY
	dir     string            // the workspace
}

// runAction runs run.sh as action.yml does, in a copy of testdata/sample,
// with a fake runner environment and the given inputs (INPUT_ names).
// Without SCALEVET in env, the script builds scalevet from this checkout.
func runAction(t *testing.T, env map[string]string) outcome {
	t.Helper()
	return runActionWith(t, env, nil)
}

// runActionWith is runAction with files added to the workspace first.
func runActionWith(t *testing.T, env map[string]string, files map[string][]byte) outcome {
	t.Helper()
	work := t.TempDir()
	if err := os.CopyFS(work, os.DirFS("testdata/sample")); err != nil {
		t.Fatal(err)
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(work, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	actionPath, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	runner := t.TempDir()
	output := filepath.Join(runner, "output")
	summary := filepath.Join(runner, "summary.md")
	cmd := exec.Command("bash", filepath.Join(actionPath, "action", "run.sh"))
	cmd.Dir = work
	cmd.Env = cleanEnv()
	cmd.Env = append(cmd.Env,
		"GITHUB_ACTIONS=true",
		"GITHUB_ACTION_PATH="+actionPath,
		"GITHUB_WORKSPACE="+work,
		"GITHUB_OUTPUT="+output,
		"GITHUB_STEP_SUMMARY="+summary,
		"RUNNER_TEMP="+runner,
	)
	if _, ok := env["SCALEVET"]; !ok {
		cmd.Env = append(cmd.Env, "SCALEVET="+scalevet)
	}
	for k, v := range env {
		if v != "" {
			cmd.Env = append(cmd.Env, k+"="+v)
		}
	}
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("running run.sh: %v", err)
	}
	o := outcome{stdout: string(out), code: cmd.ProcessState.ExitCode(), outputs: make(map[string]string), dir: work}
	if data, err := os.ReadFile(summary); err == nil {
		o.summary = string(data)
	}
	if data, err := os.ReadFile(output); err == nil {
		for line := range strings.Lines(string(data)) {
			k, v, _ := strings.Cut(strings.TrimSpace(line), "=")
			o.outputs[k] = v
		}
	}
	return o
}

// cleanEnv is this process's environment without GitHub's variables (the
// test may itself run in Actions), without go.work and without -mod in
// GOFLAGS, so the sample module is taken as it is.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		name, value, _ := strings.Cut(kv, "=")
		switch {
		case strings.HasPrefix(name, "GITHUB_"), strings.HasPrefix(name, "INPUT_"), strings.HasPrefix(name, "RUNNER_"), name == "SCALEVET", name == "GOWORK":
			continue
		case name == "GOFLAGS":
			var keep []string
			for f := range strings.FieldsSeq(value) {
				if !strings.HasPrefix(f, "-mod=") {
					keep = append(keep, f)
				}
			}
			kv = "GOFLAGS=" + strings.Join(keep, " ")
		}
		env = append(env, kv)
	}
	return append(env, "GOWORK=off")
}

// annotation is the workflow command of the sample's finding.
// (The level is scalevet's: an N+1 is an error.)
var annotation = regexp.MustCompile(`(?m)^::(error|warning|notice) file=orders/orders\.go,line=24,.*title=scalevet/requestquery::db\.QueryRowContext runs a query once per iteration`)

// anyAnnotation matches any annotation of a finding.
var anyAnnotation = regexp.MustCompile(`(?m)^::(error|warning|notice) file=`)

func (o outcome) check(t *testing.T, code int, outputs map[string]string) {
	t.Helper()
	if o.code != code {
		t.Errorf("exit status %d, want %d; log:\n%s", o.code, code, o.stdout)
	}
	for k, want := range outputs {
		if got := o.outputs[k]; got != want {
			t.Errorf("output %s=%q, want %q; log:\n%s", k, got, want, o.stdout)
		}
	}
}

// TestBuildAndAnnotate runs the action as a workflow does by default: it
// builds scalevet from the action's checkout and annotates the finding.
func TestBuildAndAnnotate(t *testing.T) {
	t.Parallel()
	o := runAction(t, map[string]string{"SCALEVET": ""})
	o.check(t, 1, map[string]string{"findings": "true", "exit-code": "3"})
	if !strings.Contains(o.stdout, "::group::build scalevet") || !annotation.MatchString(o.stdout) {
		t.Errorf("the log has no build group or no annotation matching %s:\n%s", annotation, o.stdout)
	}
	if !strings.Contains(o.summary, "requestquery") {
		t.Errorf("the step summary does not name requestquery:\n%s", o.summary)
	}
}

func TestFailOnFindings(t *testing.T) {
	t.Parallel()
	o := runAction(t, map[string]string{"INPUT_FAIL_ON_FINDINGS": "false"})
	o.check(t, 0, map[string]string{"findings": "true", "exit-code": "3"})
	if !annotation.MatchString(o.stdout) {
		t.Errorf("no annotation matching %s:\n%s", annotation, o.stdout)
	}
}

func TestClean(t *testing.T) {
	t.Parallel()
	o := runAction(t, map[string]string{"INPUT_PACKAGES": "./clean"})
	o.check(t, 0, map[string]string{"findings": "false", "exit-code": "0"})
	if anyAnnotation.MatchString(o.stdout) {
		t.Errorf("annotations on a clean package:\n%s", o.stdout)
	}
}

// TestArgs passes flags through the args input.
func TestArgs(t *testing.T) {
	t.Parallel()
	o := runAction(t, map[string]string{"INPUT_ARGS": "-requestquery=false -test"})
	o.check(t, 0, map[string]string{"findings": "false", "exit-code": "0"})
}

func TestTextAndSARIF(t *testing.T) {
	t.Parallel()
	o := runAction(t, map[string]string{"INPUT_FORMAT": "text", "INPUT_SARIF_FILE": "scalevet.sarif"})
	o.check(t, 1, map[string]string{"findings": "true", "exit-code": "3"})
	if !strings.Contains(o.stdout, "orders/orders.go:24:8: requestquery: ") || anyAnnotation.MatchString(o.stdout) {
		t.Errorf("want the finding as a text line, not an annotation:\n%s", o.stdout)
	}
	data, err := os.ReadFile(filepath.Join(o.dir, "scalevet.sarif"))
	if err != nil {
		t.Fatalf("no SARIF file: %v; log:\n%s", err, o.stdout)
	}
	var sarif struct {
		Version string
		Runs    []struct {
			Results []struct{ RuleID string }
		}
	}
	if err := json.Unmarshal(data, &sarif); err != nil {
		t.Fatalf("the SARIF file is not JSON: %v\n%s", err, data)
	}
	if sarif.Version != "2.1.0" || len(sarif.Runs) != 1 || len(sarif.Runs[0].Results) != 1 || !strings.HasPrefix(sarif.Runs[0].Results[0].RuleID, "requestquery") {
		t.Errorf("want SARIF 2.1.0 with one requestquery result, got:\n%s", data)
	}
}

// TestScaleReport checks that scale-report: true appends the Markdown
// scale report to the job summary, with the sample's N+1 endpoint.
func TestScaleReport(t *testing.T) {
	t.Parallel()
	o := runAction(t, map[string]string{"SCALEVET": scalevet, "INPUT_SCALE_REPORT": "true", "INPUT_FAIL_ON_FINDINGS": "false"})
	o.check(t, 0, map[string]string{"findings": "true", "exit-code": "3"})
	if !strings.Contains(o.summary, "## scalevet scale report") || !strings.Contains(o.summary, "| `orders.List.func1` | 1 + N | 0 | 0 | N |") {
		t.Errorf("want the scale report, with an endpoint that grows, in the job summary; got:\n%s", o.summary)
	}
}

// TestBaseline checks that a finding recorded in the baseline does not
// fail the step.
func TestBaseline(t *testing.T) {
	t.Parallel()
	o := runAction(t, map[string]string{"INPUT_BASELINE": "scalevet-baseline.json"})
	if o.code != 1 || !strings.Contains(o.stdout, "no file scalevet-baseline.json") {
		t.Errorf("a missing baseline: exit status %d, want 1 and an error naming the file:\n%s", o.code, o.stdout)
	}

	work := t.TempDir()
	if err := os.CopyFS(work, os.DirFS("testdata/sample")); err != nil {
		t.Fatal(err)
	}
	write := exec.Command(scalevet, "-baseline=scalevet-baseline.json", "-baseline-write", "./...")
	write.Dir, write.Env = work, cleanEnv()
	if out, err := write.CombinedOutput(); err != nil {
		t.Fatalf("writing the baseline: %v\n%s", err, out)
	}
	baseline, err := os.ReadFile(filepath.Join(work, "scalevet-baseline.json"))
	if err != nil {
		t.Fatal(err)
	}
	o = runActionWith(t, map[string]string{"INPUT_BASELINE": "scalevet-baseline.json"}, map[string][]byte{"scalevet-baseline.json": baseline})
	o.check(t, 0, map[string]string{"findings": "false", "exit-code": "0"})
}

func TestBadInputs(t *testing.T) {
	t.Parallel()
	for _, test := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"INPUT_FORMAT": "xml"}, "::error title=scalevet::input format: got 'xml'"},
		{map[string]string{"INPUT_FAIL_ON_FINDINGS": "maybe"}, "::error title=scalevet::input fail-on-findings: got 'maybe'"},
	} {
		o := runAction(t, test.env)
		if o.code != 1 || !strings.Contains(o.stdout, test.want) || len(o.outputs) != 0 {
			t.Errorf("%v: exit status %d, outputs %v; want 1, no outputs and %q:\n%s", test.env, o.code, o.outputs, test.want, o.stdout)
		}
	}
}

// TestError checks that an error fails the step whatever
// fail-on-findings says.
func TestError(t *testing.T) {
	t.Parallel()
	o := runAction(t, map[string]string{"INPUT_PACKAGES": "./nothere", "INPUT_FAIL_ON_FINDINGS": "false"})
	o.check(t, 1, map[string]string{"findings": "false", "exit-code": "1"})
	if !strings.Contains(o.stdout, "::error title=scalevet::scalevet failed with exit status 1") {
		t.Errorf("no error annotation:\n%s", o.stdout)
	}
}
