package main_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/scalevet/scalevet/analyzers"
)

// scalevet is the binary under test, built once by TestMain.
var scalevet string

func TestMain(m *testing.M) {
	os.Exit(buildAndRun(m))
}

func buildAndRun(m *testing.M) int {
	dir, err := os.MkdirTemp("", "scalevet-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	// A CI's job summary is not the tests' to append to: the tests that
	// check it set their own.
	os.Unsetenv("GITHUB_STEP_SUMMARY")
	scalevet = filepath.Join(dir, "scalevet")
	if runtime.GOOS == "windows" {
		scalevet += ".exe"
	}
	if out, err := exec.Command("go", "build", "-o", scalevet, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building scalevet: %v\n%s", err, out)
		return 1
	}
	return m.Run()
}

// fixture is the module the binary is run on: clean has nothing to report,
// broken does not type-check, nplusone has one N+1.
var fixture = filepath.Join("testdata", "fixture")

// nplusone is where the fixture's one finding is.
const nplusone = "nplusone/h.go:27:11"

type result struct {
	stdout, stderr string
	code           int
}

// run runs the command in dir and returns its output and exit status.
func run(t *testing.T, dir, name string, args ...string) result {
	t.Helper()
	return runEnv(t, nil, dir, name, args...)
}

// runEnv is run with more environment variables ("NAME=value"), such as
// a test's own GITHUB_STEP_SUMMARY: t.Setenv would keep the test from
// running in parallel with the others.
func runEnv(t *testing.T, env []string, dir, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(goEnv(), env...)
	if vetting(name, args) {
		cmd.Env = append(cmd.Env, "GOCACHE="+vetCache())
	}
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	r := result{stdout.String(), stderr.String(), cmd.ProcessState.ExitCode()}
	if strings.Contains(r.stderr, "goroutine ") || strings.Contains(r.stderr, "panic:") {
		t.Errorf("%s %s crashed:\n%s", name, strings.Join(args, " "), r.stderr)
	}
	return r
}

// goEnv is the environment of the commands: no go.work, and no -mod from
// GOFLAGS, so that the test modules' go.mod and go.sum are taken as they
// are and an incomplete go.sum fails.
func goEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if flags, ok := strings.CutPrefix(kv, "GOFLAGS="); ok {
			var keep []string
			for f := range strings.FieldsSeq(flags) {
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

func TestExitStatus(t *testing.T) {
	t.Parallel()
	for _, test := range []struct {
		name   string
		args   []string
		code   int
		stderr string // a line stderr must have
	}{
		{"clean package", []string{"./clean"}, 0, ""},
		{"type error", []string{"./broken"}, 1, "broken/broken.go:5:9: undefined: foo"},
		{"no such package", []string{"./nothere"}, 1, "scalevet: package ./nothere: stat "},
		{"unknown flag", []string{"-nosuch", "./clean"}, 1, "flag provided but not defined: -nosuch"},
		{"bad flag value", []string{"-requestquery=maybe", "./clean"}, 1, `invalid boolean value "maybe" for -requestquery: parse error`},
		{"no packages", nil, 1, "usage: scalevet [flags] packages..."},
		{"unknown analyzer", []string{"help", "nosuch"}, 1, `scalevet: unknown analyzer "nosuch"; run 'scalevet help' for the list`},
		{"analyzer disabled", []string{"-requestquery=false", "./nplusone"}, 0, ""},
	} {
		t.Run(test.name, func(t *testing.T) {
			t.Parallel()
			r := run(t, fixture, scalevet, test.args...)
			if r.code != test.code {
				t.Errorf("scalevet %s: exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(test.args, " "), r.code, test.code, r.stdout, r.stderr)
			}
			if test.code == 0 && r.stdout+r.stderr != "" {
				t.Errorf("scalevet %s printed:\n%s%s", strings.Join(test.args, " "), r.stdout, r.stderr)
			}
			if test.stderr != "" && !strings.Contains(r.stderr, test.stderr) {
				t.Errorf("scalevet %s: stderr does not have %q:\n%s", strings.Join(test.args, " "), test.stderr, r.stderr)
			}
		})
	}
}

func TestFindings(t *testing.T) {
	t.Parallel()
	r := run(t, fixture, scalevet, "./clean", "./nplusone")
	if r.code != 3 {
		t.Errorf("scalevet: exit status %d, want 3\nstderr:\n%s", r.code, r.stderr)
	}
	want := nplusone + ": requestquery: "
	if lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n"); len(lines) != 1 || !strings.HasPrefix(lines[0], want) {
		t.Errorf("scalevet printed:\n%s\nwant one line starting with %q", r.stdout, want)
	}
}

// TestTestVariants checks that a file analyzed twice, in its package and
// in the package's test variant, is reported once.
func TestTestVariants(t *testing.T) {
	t.Parallel()
	plain := run(t, fixture, scalevet, "./nplusone")
	tests := run(t, fixture, scalevet, "-test", "./nplusone")
	if diff := cmp.Diff(plain, tests, cmp.AllowUnexported(result{})); diff != "" {
		t.Errorf("-test changed the result (-without +with):\n%s", diff)
	}
}

func TestHelp(t *testing.T) {
	t.Parallel()
	r := run(t, fixture, scalevet, "help")
	if r.code != 0 {
		t.Fatalf("scalevet help: exit status %d:\n%s", r.code, r.stderr)
	}
	for _, e := range analyzers.All() {
		name := e.Analyzer.Name
		if !regexp.MustCompile(`(?m)^  ` + name + ` +\S`).MatchString(r.stdout) {
			t.Errorf("scalevet help does not list %s with its title:\n%s", name, r.stdout)
		}

		one := run(t, fixture, scalevet, "help", name)
		doc := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(e.Analyzer.Doc), name+":"))
		if one.code != 0 || !strings.HasPrefix(one.stdout, name+": "+doc) {
			t.Errorf("scalevet help %s: exit status %d; want the analyzer's Doc, got:\n%s", name, one.code, one.stdout)
		}
	}
}

func TestJSON(t *testing.T) {
	t.Parallel()
	r := run(t, fixture, scalevet, "-json", "./clean", "./nplusone")
	if r.code != 3 {
		t.Errorf("scalevet -json: exit status %d, want 3:\n%s", r.code, r.stderr)
	}
	var tree map[string]map[string]any // package, analyzer, diagnostics or error
	if err := json.Unmarshal([]byte(r.stdout), &tree); err != nil {
		t.Fatalf("scalevet -json: %v:\n%s", err, r.stdout)
	}
	got := vetKeys(t, fixture, r.stdout, true)
	want := map[string]bool{nplusone + ": requestquery": true}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("scalevet -json (-want +got):\n%s", diff)
	}
}

func TestVersion(t *testing.T) {
	t.Parallel()
	for _, test := range []struct {
		flag string
		want *regexp.Regexp
	}{
		{"-version", regexp.MustCompile(`^scalevet version \S+\n$`)},
		{"-V=full", regexp.MustCompile(`^scalevet version \S+ buildID=[0-9a-f]{64}\n$`)}, // go vet's protocol
	} {
		r := run(t, fixture, scalevet, test.flag)
		if r.code != 0 || !test.want.MatchString(r.stdout) {
			t.Errorf("scalevet %s: exit status %d, output %q; want 0 and %s", test.flag, r.code, r.stdout, test.want)
		}
	}
}

// diagnostic is a line of standalone output.
var diagnostic = regexp.MustCompile(`^(.+?):(\d+):(\d+): ([\w-]+): (.+)$`)

// lineKeys returns the "file:line:col: analyzer" of each line of
// standalone output, or "file:line: analyzer" if withCol is false.
func lineKeys(t *testing.T, out string, withCol bool) map[string]bool {
	t.Helper()
	keys := make(map[string]bool)
	for line := range strings.Lines(out) {
		m := diagnostic.FindStringSubmatch(strings.TrimSuffix(line, "\n"))
		if m == nil {
			t.Errorf("output line is not a diagnostic: %q", line)
			continue
		}
		keys[key(filepath.ToSlash(m[1]), m[2], m[3], m[4], withCol)] = true
	}
	return keys
}

// vetKeys returns the keys of the diagnostics in JSON output: a stream of
// trees of package, analyzer, diagnostics or error, as go vet -json and
// scalevet -json print them. Errors fail the test.
func vetKeys(t *testing.T, dir, out string, withCol bool) map[string]bool {
	t.Helper()
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	keys := make(map[string]bool)
	dec := json.NewDecoder(strings.NewReader(out))
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("decoding JSON diagnostics: %v\n%s", err, out)
		}
		for pkg, results := range tree {
			for analyzer, raw := range results {
				var diags []struct{ Posn string }
				if err := json.Unmarshal(raw, &diags); err != nil {
					t.Errorf("%s on %s: %s", analyzer, pkg, raw)
					continue
				}
				for _, d := range diags {
					m := regexp.MustCompile(`^(.+):(\d+):(\d+)$`).FindStringSubmatch(d.Posn)
					if m == nil {
						t.Errorf("bad position %q", d.Posn)
						continue
					}
					file, err := filepath.Rel(abs, m[1])
					if err != nil {
						t.Fatal(err)
					}
					keys[key(filepath.ToSlash(file), m[2], m[3], analyzer, withCol)] = true
				}
			}
		}
	}
	return keys
}

func key(file, line, col, analyzer string, withCol bool) string {
	if withCol {
		return fmt.Sprintf("%s:%s:%s: %s", file, line, col, analyzer)
	}
	return fmt.Sprintf("%s:%s: %s", file, line, analyzer)
}

// TestDemo runs scalevet on the bundled demo service, as the README's
// first command does, and compares its output with demo.golden: the
// demo's five hazards and none of its look-alikes.
func TestDemo(t *testing.T) {
	t.Parallel()
	r := run(t, ".", scalevet, "-C", filepath.Join("..", "..", "testdata", "demo"), "./...")
	if r.code != 3 {
		t.Errorf("exit status %d, want 3\nstderr:\n%s", r.code, r.stderr)
	}
	golden := filepath.Join("testdata", "demo.golden")
	if os.Getenv("UPDATE_GOLDEN") != "" {
		if err := os.WriteFile(golden, []byte(r.stdout), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), r.stdout); diff != "" {
		t.Errorf("demo findings (-want +got); run with UPDATE_GOLDEN=1 after checking:\n%s", diff)
	}
}
