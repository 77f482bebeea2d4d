package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestApplyFixes(t *testing.T) {
	const src = "package p\n\nvar a, b = 1, 2\n"
	file := filepath.Join(t.TempDir(), "p.go")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	one := strings.Index(src, "1")
	replace := func(old, new string) *fix {
		start := strings.Index(src, old)
		return &fix{message: "Replace " + old, edits: []edit{{file, start, start + len(old), new}}}
	}
	findings := []finding{
		{message: "one", fix: replace("1", "1 +  9")},
		{message: "overlaps one", fix: replace("1, 2", "3, 4")},
		{message: "one again", fix: replace("1", "1 +  9")}, // the same fix, from a test variant
		{message: "inserts before one", fix: &fix{edits: []edit{{file, one, one, "-"}}}},
		{message: "no fix"},
	}

	rest, err := applyFixes(io.Discard, filepath.Dir(file), findings)
	if err != nil {
		t.Fatal(err)
	}
	var left []string
	for _, f := range rest {
		left = append(left, f.message)
	}
	if diff := cmp.Diff([]string{"overlaps one", "no fix"}, left); diff != "" {
		t.Errorf("findings left (-want +got):\n%s", diff)
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	// The file was gofmt-ed before, so it is after.
	if want := "package p\n\nvar a, b = -1 + 9, 2\n"; string(got) != want {
		t.Errorf("fixed file:\n%s\nwant:\n%s", got, want)
	}
}

func TestApplyFixesFormatting(t *testing.T) {
	const src = "package p\nvar a   = 1\n" // not gofmt-ed: left as it is
	file := filepath.Join(t.TempDir(), "p.go")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	start := strings.Index(src, "1")
	f := &fix{edits: []edit{{file, start, start + 1, "2"}}}
	if _, err := applyFixes(io.Discard, "", []finding{{fix: f}}); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(file); string(got) != "package p\nvar a   = 2\n" {
		t.Errorf("fixed file:\n%s", got)
	}
}

func TestApplyFixesInvalid(t *testing.T) {
	const src = "package p\n\nvar a = 1\n"
	file := filepath.Join(t.TempDir(), "p.go")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	f := &fix{edits: []edit{{file, strings.Index(src, "var"), strings.Index(src, "var") + 3, "va r"}}}
	_, err := applyFixes(io.Discard, "", []finding{{fix: f}})
	if err == nil || !strings.Contains(err.Error(), "the fixed file would not parse") {
		t.Errorf("applyFixes: error %v, want one that says the file would not parse", err)
	}
	if got, _ := os.ReadFile(file); string(got) != src {
		t.Errorf("the file was changed:\n%s", got)
	}
}
