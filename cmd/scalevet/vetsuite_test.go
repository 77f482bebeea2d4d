package main_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/scalevet/scalevet/analyzers"
)

// TestVetSuite checks that go vet -vettool=scalevet still runs the
// standard vet checks, that -vetsuite=false and their own -NAME=false
// flags turn them off, and that standalone scalevet does not run them.
func TestVetSuite(t *testing.T) {
	t.Parallel()
	vet := func(args ...string) result {
		return run(t, vetFixture, "go", append(append([]string{"vet", "-vettool=" + scalevet}, args...), "./selfassign")...)
	}

	r := vet()
	if r.code != 1 || !hasLine(r.stderr, selfAssign) {
		t.Errorf("go vet: exit status %d, want 1 and %q:\n%s", r.code, selfAssign, r.stderr)
	}
	for _, args := range [][]string{{"-vetsuite=false"}, {"-assign=false"}, {"-vetsuite=true", "-vetsuite=false"}} {
		if r := vet(args...); r.code != 0 || strings.Contains(r.stderr, "self-assignment") {
			t.Errorf("go vet %s: exit status %d, want 0 and no assign finding:\n%s", strings.Join(args, " "), r.code, r.stderr)
		}
	}
	// A vet check can be asked for alone, as with go vet -assign.
	if r := vet("-vetsuite=false", "-assign"); r.code != 1 || !hasLine(r.stderr, selfAssign) {
		t.Errorf("go vet -vetsuite=false -assign: exit status %d, want 1 and %q:\n%s", r.code, selfAssign, r.stderr)
	}

	if r := run(t, vetFixture, scalevet, "./selfassign"); r.code != 0 || r.stdout+r.stderr != "" {
		t.Errorf("scalevet ./selfassign: exit status %d, want 0 and no output (standalone runs only scalevet's analyzers):\n%s%s", r.code, r.stdout, r.stderr)
	}
	// Unless asked: -vetsuite adds the standard checks, and their flags.
	const standaloneLine = "selfassign/selfassign.go:8:2: assign: self-assignment of n"
	if r := run(t, vetFixture, scalevet, "-vetsuite", "./selfassign"); r.code != 3 || !hasLine(r.stdout, standaloneLine) {
		t.Errorf("scalevet -vetsuite ./selfassign: exit status %d, want 3 and %q:\n%s%s", r.code, standaloneLine, r.stdout, r.stderr)
	}
	if r := run(t, vetFixture, scalevet, "-vetsuite", "-assign=false", "./selfassign"); r.code != 0 {
		t.Errorf("scalevet -vetsuite -assign=false ./selfassign: exit status %d, want 0:\n%s%s", r.code, r.stdout, r.stderr)
	}
}

// TestVetSuiteWithScalevet checks that the suite and scalevet's analyzers
// report side by side, each under its own name; that the suite's findings
// are those of the toolchain's own go vet, no more and no fewer; and that
// -vetsuite=false leaves scalevet's findings alone.
func TestVetSuiteWithScalevet(t *testing.T) {
	t.Parallel()
	pkgs := []string{"./loop", "./selfassign", "./clean"}
	js := run(t, vetFixture, "go", append([]string{"vet", "-vettool=" + scalevet, "-json"}, pkgs...)...)
	if js.code != 0 {
		t.Fatalf("go vet -json: exit status %d:\n%s", js.code, js.stderr)
	}
	got := vetKeys(t, vetFixture, js.stdout, true)
	for _, want := range []string{vetLoop + ": requestquery", "selfassign/selfassign.go:8:2: assign"} {
		if !got[want] {
			t.Errorf("go vet -json does not have %s; it has %v", want, got)
		}
	}

	ours := make(map[string]bool)
	for _, e := range analyzers.All() {
		ours[e.Analyzer.Name] = true
	}
	toolchain := run(t, vetFixture, "go", append([]string{"vet", "-json"}, pkgs...)...)
	if toolchain.code != 0 {
		t.Fatalf("go vet -json (the toolchain's vet): exit status %d:\n%s", toolchain.code, toolchain.stderr)
	}
	suite := make(map[string]bool)
	for k := range got {
		if name := k[strings.LastIndex(k, ": ")+2:]; !ours[name] {
			suite[k] = true
		}
	}
	if diff := cmp.Diff(vetKeys(t, vetFixture, toolchain.stdout, true), suite); diff != "" {
		t.Errorf("the vet suite under scalevet reports otherwise than the toolchain's go vet (-go vet +go vet -vettool=scalevet):\n%s", diff)
	}

	off := run(t, vetFixture, "go", append([]string{"vet", "-vettool=" + scalevet, "-json", "-vetsuite=false"}, pkgs...)...)
	got = vetKeys(t, vetFixture, off.stdout, true)
	if off.code != 0 || !got[vetLoop+": requestquery"] {
		t.Errorf("go vet -json -vetsuite=false: exit status %d, findings %v; want 0 and %s: requestquery:\n%s", off.code, got, vetLoop, off.stderr)
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
	t.Parallel()
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
	t.Parallel()
	r := run(t, vetFixture, scalevet, "vet", "./selfassign", "./loop")
	if r.code != 1 || !hasLine(r.stderr, selfAssign) || !hasLine(r.stderr, vetLoop+": ") {
		t.Errorf("scalevet vet: exit status %d, want 1, %q and a finding at %s:\n%s", r.code, selfAssign, vetLoop, r.stderr)
	}
	if r := run(t, vetFixture, scalevet, "vet", "-vetsuite=false", "./selfassign"); r.code != 0 {
		t.Errorf("scalevet vet -vetsuite=false ./selfassign: exit status %d, want 0:\n%s", r.code, r.stderr)
	}
	if r := run(t, vetFixture, scalevet, "vet", "./clean"); r.code != 0 || r.stderr != "" {
		t.Errorf("scalevet vet ./clean: exit status %d, want 0 and no output:\n%s", r.code, r.stderr)
	}
}
