package main

import (
	"bufio"
	"fmt"
	"os/exec"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestVetSuiteMatchesToolchain checks that the vet suite scalevet runs
// under go vet is the toolchain's own, no more and no fewer: the
// analyzers 'go tool vet help' lists for the Go that builds scalevet.
func TestVetSuiteMatchesToolchain(t *testing.T) {
	t.Parallel()
	goVersion, err := exec.Command("go", "env", "GOVERSION").Output()
	if err != nil {
		t.Fatalf("go env GOVERSION: %v", err)
	}
	if v := strings.TrimSpace(string(goVersion)); v != runtime.Version() {
		t.Fatalf("the go command is %s but this test was built with %s: run the test with the go that builds scalevet", v, runtime.Version())
	}
	out, err := exec.Command("go", "tool", "vet", "help").CombinedOutput()
	if err != nil {
		t.Fatalf("go tool vet help: %v\n%s", err, out)
	}
	want, err := registeredAnalyzers(string(out))
	if err != nil {
		t.Fatalf("go tool vet help: %v\n%s", err, out)
	}

	var got []string
	for _, e := range vetSuite(true) {
		name := e.Analyzer.Name
		for original, renamed := range vetRenames {
			if name == renamed {
				name = original
			}
		}
		got = append(got, name)
	}
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("scalevet's vet suite differs from the analyzers of go vet %s (-go tool vet help +toolchainVet); update toolchainVet in vetsuite.go:\n%s", runtime.Version(), diff)
	}
}

// registeredAnalyzers returns the sorted names under "Registered
// analyzers:" in the output of 'go tool vet help': one indented
// "name  title" line each, up to the first blank line.
func registeredAnalyzers(help string) ([]string, error) {
	var names []string
	in := false
	sc := bufio.NewScanner(strings.NewReader(help))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.TrimSpace(line) == "Registered analyzers:":
			in = true
		case !in:
		case strings.TrimSpace(line) == "":
			if len(names) > 0 {
				slices.Sort(names)
				return names, nil
			}
		case strings.HasPrefix(line, " "):
			names = append(names, strings.Fields(line)[0])
		default:
			return nil, fmt.Errorf("unexpected line in the list of analyzers: %q", line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no list of registered analyzers")
	}
	slices.Sort(names)
	return names, nil
}

// TestRegisteredAnalyzers checks the parser of 'go tool vet help' on
// outputs it must accept and reject.
func TestRegisteredAnalyzers(t *testing.T) {
	t.Parallel()
	const help = "vet is a tool.\n\nRegistered analyzers:\n\n    printf       check printf\n    stringintconv check conversions\n    appends      check append\n\nBy default all analyzers are run.\n"
	got, err := registeredAnalyzers(help)
	if want := []string{"appends", "printf", "stringintconv"}; err != nil || !slices.Equal(got, want) {
		t.Errorf("registeredAnalyzers = %q, %v; want %q", got, err, want)
	}
	for _, bad := range []string{"", "vet is a tool.\n", "Registered analyzers:\n\n", "Registered analyzers:\n    printf  x\nsurprise\n"} {
		if got, err := registeredAnalyzers(bad); err == nil {
			t.Errorf("registeredAnalyzers(%q) = %q, want an error", bad, got)
		}
	}
}
