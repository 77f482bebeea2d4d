package main

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// The tests in this file check that a bug in an analyzer costs one
// package's results, not the run: a panic becomes an error that names
// the analyzer, the package and the position of the panic.

// explodes returns an analyzer that panics on the package named victim,
// with a runtime error (a write to a nil map) raised in the line marked
// "panics here", and reports nothing elsewhere.
func explodes(victim string) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: "explodes",
		Doc:  "panic on one package",
		Run: func(pass *analysis.Pass) (any, error) {
			if pass.Pkg.Name() == victim {
				var m map[string]int
				//lint:ignore SA5000 the panic is what this test is about
				m[pass.Pkg.Path()]++ // panics here
			}
			return nil, nil
		},
	}
}

// markedLine returns the line of robust_test.go that ends with the comment
// "// " + marker.
func markedLine(t *testing.T, marker string) int {
	t.Helper()
	src, err := os.ReadFile("robust_test.go")
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(string(src), "\n") {
		if strings.HasSuffix(line, "// "+marker) {
			return i + 1
		}
	}
	t.Fatalf("no line marked %q", marker)
	return 0
}

func TestPanicBecomesPackageError(t *testing.T) {
	t.Parallel()
	var stdout, stderr strings.Builder
	as := []*analysis.Analyzer{explodes("clean"), queries("queries", false)}
	code := analyze(&stdout, &stderr, fixtureDir(t), []string{"./clean", "./nplusone"}, as, options{})
	if code != exitError {
		t.Errorf("exit status %d, want %d", code, exitError)
	}

	// One line: the analyzer, the package, the position of the panic in
	// the analyzer's code, and the panic's value.
	want := fmt.Sprintf("scalevet: explodes failed on example.com/fixture/clean: "+
		"explodes panicked at scalevet/robust_test.go:%d: assignment to entry in nil map\n",
		markedLine(t, "panics here"))
	if got := stderr.String(); got != want {
		t.Errorf("stderr is\n%s\nwant\n%s", got, want)
	}
	// The other package, and the other analyzer, are unaffected.
	if got := strings.Count(stdout.String(), "nplusone/h.go:"); got != 2 {
		t.Errorf("stdout has %d findings in nplusone, want 2:\n%s", got, stdout.String())
	}
}

// A panic in an analyzer that others require fails those too, but is
// printed once, at its cause, and the run goes on to the other packages.
func TestPanicInPrerequisite(t *testing.T) {
	t.Parallel()
	root := explodes("nplusone")
	user := &analysis.Analyzer{
		Name:     "user",
		Doc:      "require an analyzer that panics",
		Requires: []*analysis.Analyzer{root},
		Run: func(pass *analysis.Pass) (any, error) {
			pass.Reportf(pass.Files[0].Package, "analyzed %s", pass.Pkg.Name())
			return nil, nil
		},
	}
	var stdout, stderr strings.Builder
	code := analyze(&stdout, &stderr, fixtureDir(t), []string{"./clean", "./nplusone"}, []*analysis.Analyzer{user}, options{})
	if code != exitError {
		t.Errorf("exit status %d, want %d", code, exitError)
	}
	lines := strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], "scalevet: explodes failed on example.com/fixture/nplusone: explodes panicked at scalevet/robust_test.go:") {
		t.Errorf("stderr is\n%s\nwant one line for explodes on nplusone", stderr.String())
	}
	if want := "clean/clean.go:2:1: user: analyzed clean\n"; stdout.String() != want {
		t.Errorf("stdout is\n%s\nwant\n%s", stdout.String(), want)
	}
}

// The guarded copy of an analyzer recovers on every goroutine the checker
// uses: many packages, each panicking, still end in one error per package.
func TestPanicOnEveryPackage(t *testing.T) {
	t.Parallel()
	always := &analysis.Analyzer{
		Name: "always",
		Doc:  "panic everywhere",
		Run:  func(pass *analysis.Pass) (any, error) { panic(pass.Pkg.Path()) },
	}
	var stdout, stderr strings.Builder
	code := analyze(&stdout, &stderr, fixtureDir(t), []string{"./clean", "./nplusone"}, []*analysis.Analyzer{always}, options{})
	if code != exitError {
		t.Errorf("exit status %d, want %d", code, exitError)
	}
	for _, pkg := range []string{"clean", "nplusone"} {
		want := "scalevet: always failed on example.com/fixture/" + pkg + ": always panicked at scalevet/robust_test.go:"
		if !strings.Contains(stderr.String(), want) || !strings.Contains(stderr.String(), ": example.com/fixture/"+pkg+"\n") {
			t.Errorf("stderr has no error for %s:\n%s", pkg, stderr.String())
		}
	}
}
