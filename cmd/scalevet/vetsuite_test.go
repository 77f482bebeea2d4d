package main_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/scalevet/scalevet/analyzers"
)

// printfMisuse is what vet's printf check says about the vetsuite
// fixture, which scalevet's own analyzers have nothing to say about.
const printfMisuse = "vetsuite/v.go:9:20: fmt.Printf format %d has arg name of wrong type string"

// TestVetSuite checks that go vet -vettool=scalevet still runs the
// standard vet checks, that -vetsuite=false and their own -NAME=false
// flags turn them off, and that standalone scalevet does not run them.
func TestVetSuite(t *testing.T) {
	vet := func(args ...string) result {
		return run(t, fixture, "go", append(append([]string{"vet", "-vettool=" + scalevet}, args...), "./vetsuite")...)
	}

	r := vet()
	if r.code != 1 || !strings.Contains(r.stderr, printfMisuse) {
		t.Errorf("go vet: exit status %d, want 1 and %q:\n%s", r.code, printfMisuse, r.stderr)
	}
	for _, args := range [][]string{{"-vetsuite=false"}, {"-printf=false"}, {"-vetsuite=true", "-vetsuite=false"}} {
		if r := vet(args...); r.code != 0 || strings.Contains(r.stderr, "fmt.Printf") {
			t.Errorf("go vet %s: exit status %d, want 0 and no printf finding:\n%s", strings.Join(args, " "), r.code, r.stderr)
		}
	}
	// A vet check can be asked for alone, as with go vet -printf.
	if r := vet("-vetsuite=false", "-printf"); r.code != 1 || !strings.Contains(r.stderr, printfMisuse) {
		t.Errorf("go vet -vetsuite=false -printf: exit status %d, want 1 and %q:\n%s", r.code, printfMisuse, r.stderr)
	}

	if r := run(t, fixture, scalevet, "./vetsuite"); r.code != 0 || r.stdout+r.stderr != "" {
		t.Errorf("scalevet ./vetsuite: exit status %d, want 0 and no output (standalone runs only scalevet's analyzers):\n%s%s", r.code, r.stdout, r.stderr)
	}
	// Unless asked: -vetsuite adds the standard checks, and their flags.
	const standaloneLine = "vetsuite/v.go:9:20: printf: fmt.Printf format %d has arg name of wrong type string"
	if r := run(t, fixture, scalevet, "-vetsuite", "./vetsuite"); r.code != 3 || !strings.Contains(r.stdout, standaloneLine) {
		t.Errorf("scalevet -vetsuite ./vetsuite: exit status %d, want 3 and %q:\n%s%s", r.code, standaloneLine, r.stdout, r.stderr)
	}
	if r := run(t, fixture, scalevet, "-vetsuite", "-printf=false", "./vetsuite"); r.code != 0 {
		t.Errorf("scalevet -vetsuite -printf=false ./vetsuite: exit status %d, want 0:\n%s%s", r.code, r.stdout, r.stderr)
	}
}

// TestVetSuiteWithScalevet checks that the suite and scalevet's analyzers
// report side by side, each under its own name, and that -vetsuite=false
// leaves scalevet's findings alone.
func TestVetSuiteWithScalevet(t *testing.T) {
	pkgs := []string{"./nplusone", "./vetsuite"}
	js := run(t, fixture, "go", append([]string{"vet", "-vettool=" + scalevet, "-json"}, pkgs...)...)
	if js.code != 0 {
		t.Fatalf("go vet -json: exit status %d:\n%s", js.code, js.stderr)
	}
	got := vetKeys(t, fixture, js.stdout, true)
	for _, want := range []string{nplusone + ": requestquery", "vetsuite/v.go:9:20: printf"} {
		if !got[want] {
			t.Errorf("go vet -json does not have %s; it has %v", want, got)
		}
	}

	off := run(t, fixture, "go", append([]string{"vet", "-vettool=" + scalevet, "-json", "-vetsuite=false"}, pkgs...)...)
	got = vetKeys(t, fixture, off.stdout, true)
	if off.code != 0 || !got[nplusone+": requestquery"] {
		t.Errorf("go vet -json -vetsuite=false: exit status %d, findings %v; want 0 and %s: requestquery:\n%s", off.code, got, nplusone, off.stderr)
	}
	ours := make(map[string]bool)
	for _, e := range analyzers.All() {
		ours[e.Analyzer.Name] = true
	}
	for k := range got {
		if name := k[strings.LastIndex(k, ": ")+2:]; !ours[name] {
			t.Errorf("go vet -vetsuite=false ran %s, which is not a scalevet analyzer: %s", name, k)
		}
	}
}

// TestVetSuiteFlags checks that go vet learns the suite's flags and
// -vetsuite from scalevet -flags, each once: vet's directive check, whose
// name scalevet's directive analyzer has, is listed as godirective.
func TestVetSuiteFlags(t *testing.T) {
	r := run(t, fixture, scalevet, "-flags")
	var flags []struct{ Name string }
	if err := json.Unmarshal([]byte(r.stdout), &flags); err != nil || r.code != 0 {
		t.Fatalf("scalevet -flags: exit status %d, %v:\n%s%s", r.code, err, r.stdout, r.stderr)
	}
	count := make(map[string]int)
	for _, f := range flags {
		count[f.Name]++
	}
	for name, n := range count {
		if n > 1 {
			t.Errorf("scalevet -flags lists -%s %d times", name, n)
		}
	}
	want := []string{"vetsuite", "printf", "printf.funcs", "copylocks", "godirective", "directive"}
	for _, e := range analyzers.All() {
		want = append(want, e.Analyzer.Name)
	}
	for _, name := range want {
		if count[name] == 0 {
			t.Errorf("scalevet -flags does not list -%s", name)
		}
	}
}

// TestVetCommand checks 'scalevet vet', which runs go vet with scalevet
// as the vet tool (the scalevet-vet pre-commit hook): flags reach go vet,
// and go vet's exit status is scalevet's.
func TestVetCommand(t *testing.T) {
	r := run(t, fixture, scalevet, "vet", "./vetsuite", "./nplusone")
	if r.code != 1 || !strings.Contains(r.stderr, printfMisuse) || !strings.Contains(r.stderr, nplusone+": ") {
		t.Errorf("scalevet vet: exit status %d, want 1, %q and a finding at %s:\n%s", r.code, printfMisuse, nplusone, r.stderr)
	}
	if r := run(t, fixture, scalevet, "vet", "-vetsuite=false", "./vetsuite"); r.code != 0 {
		t.Errorf("scalevet vet -vetsuite=false ./vetsuite: exit status %d, want 0:\n%s", r.code, r.stderr)
	}
	if r := run(t, fixture, scalevet, "vet", "./clean"); r.code != 0 || r.stderr != "" {
		t.Errorf("scalevet vet ./clean: exit status %d, want 0 and no output:\n%s", r.code, r.stderr)
	}
}
