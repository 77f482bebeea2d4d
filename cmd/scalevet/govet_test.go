package main_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/scalevet/scalevet/analyzers"
)

// vetFixture is the module the go vet tests run on. Its packages import
// nothing, so that go vet, which compiles every dependency, is fast with
// the tests' own empty build cache (vetCache): loop has one N+1,
// selfassign one mistake of the standard vet checks only, clean nothing.
var vetFixture = filepath.Join("testdata", "vetfixture")

// vetLoop is where the vet fixture's one scalevet finding is.
const vetLoop = "loop/loop.go:18:10"

// selfAssign is what vet's assign check says about the vet fixture, which
// scalevet's own analyzers have nothing to say about.
const selfAssign = "selfassign/selfassign.go:8:2: self-assignment of n"

// vetting reports whether the command runs go vet: go vet itself, or
// scalevet vet, which runs it.
func vetting(name string, args []string) bool {
	if name == scalevet && slices.Contains(args, "-cache") {
		return true // scalevet -cache runs go vet
	}
	return len(args) > 0 && args[0] == "vet" && (name == "go" || name == scalevet)
}

// vetCache returns the build cache of the go vet runs: a directory of
// their own, next to the binary under test and removed with it. cmd/go
// caches a vet result's facts before its standard output (the findings
// of go vet -json), so a run killed in between would leave a cache entry
// that replays no findings; in the user's cache, go vet -vettool=scalevet
// would then print nothing until go clean -cache. A cache of the tests'
// own cannot outlive them.
func vetCache() string {
	return filepath.Join(filepath.Dir(scalevet), "gocache")
}

// hasLine reports whether out has a line that starts with prefix.
func hasLine(out, prefix string) bool {
	for line := range strings.Lines(out) {
		if strings.HasPrefix(line, prefix) {
			return true
		}
	}
	return false
}

func TestVet(t *testing.T) {
	t.Parallel()
	pkgs := []string{"./clean", "./loop"}
	standalone := run(t, vetFixture, scalevet, pkgs...)
	want := lineKeys(t, standalone.stdout, true)
	if len(want) == 0 {
		t.Fatalf("scalevet found nothing to compare with go vet:\n%s%s", standalone.stdout, standalone.stderr)
	}

	// go vet prints the findings without the analyzer's name, and exits 1.
	text := run(t, vetFixture, "go", append([]string{"vet", "-vettool=" + scalevet}, pkgs...)...)
	if text.code != 1 || !hasLine(text.stderr, vetLoop+": ") {
		t.Errorf("go vet: exit status %d, want 1 and a line starting with %q:\n%s", text.code, vetLoop, text.stderr)
	}

	// go vet -json has the names, and exits 0. The standard vet checks,
	// which go vet runs along, have nothing to say about these packages.
	vetMatches(t, want, pkgs)
}

// vetMatches checks that go vet -json with scalevet as its tool finds
// in pkgs of the vet fixture what the standalone binary found (want).
func vetMatches(t *testing.T, want map[string]bool, pkgs []string) {
	t.Helper()
	js := run(t, vetFixture, "go", append([]string{"vet", "-vettool=" + scalevet, "-json"}, pkgs...)...)
	if js.code != 0 {
		t.Fatalf("go vet -json: exit status %d:\n%s", js.code, js.stderr)
	}
	got := vetKeys(t, vetFixture, js.stdout, true)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings of go vet differ from scalevet's (-scalevet +go vet):\n%s", diff)
	}
}

func TestVetFlags(t *testing.T) {
	t.Parallel()
	r := run(t, vetFixture, scalevet, "-flags")
	var flags []struct {
		Name string
		Bool bool
	}
	if err := json.Unmarshal([]byte(r.stdout), &flags); err != nil || r.code != 0 {
		t.Fatalf("scalevet -flags: exit status %d, %v:\n%s%s", r.code, err, r.stdout, r.stderr)
	}
	listed := make(map[string]bool)
	for _, f := range flags {
		listed[f.Name] = true
	}
	var vetArgs []string // every analyzer flag, at its default value
	for _, e := range analyzers.All() {
		a := e.Analyzer
		want := []string{a.Name}
		a.Flags.VisitAll(func(f *flag.Flag) {
			want = append(want, a.Name+"."+f.Name)
			vetArgs = append(vetArgs, fmt.Sprintf("-%s.%s=%s", a.Name, f.Name, f.DefValue))
		})
		for _, name := range want {
			if !listed[name] {
				t.Errorf("scalevet -flags does not list -%s, so go vet would refuse it", name)
			}
		}
	}

	// Flags reach the analyzers through go vet.
	vet := func(args ...string) result {
		return run(t, vetFixture, "go", append(append([]string{"vet", "-vettool=" + scalevet}, args...), "./loop")...)
	}
	if r := vet(vetArgs...); r.code != 1 || !hasLine(r.stderr, vetLoop+": ") {
		t.Errorf("go vet %s: exit status %d, want 1 (a finding at %s):\n%s", strings.Join(vetArgs, " "), r.code, vetLoop, r.stderr)
	}
	if r := vet("-requestquery=false", "-vetsuite=false"); r.code != 0 {
		t.Errorf("go vet -requestquery=false -vetsuite=false: exit status %d, want 0 (no analyzer, no finding):\n%s", r.code, r.stderr)
	}
}

// TestVetInterfaces checks a finding that exists only where a handler's
// interface call meets an implementation whose type is unexported in
// another package: under go vet the wiring package sees that type only
// through facts, and must find what the standalone binary finds.
func TestVetInterfaces(t *testing.T) {
	t.Parallel()
	pkgs := []string{"./iface/..."}
	standalone := run(t, vetFixture, scalevet, pkgs...)
	want := lineKeys(t, standalone.stdout, true)
	if !hasLine(standalone.stdout, "iface/wire/main.go:") {
		t.Fatalf("scalevet found nothing in the wiring package:\n%s%s", standalone.stdout, standalone.stderr)
	}
	vetMatches(t, want, pkgs)
}
