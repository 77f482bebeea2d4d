package analyzers_test

import (
	"os"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/go/analysis"

	"github.com/scalevet/scalevet/analyzers"
	"github.com/scalevet/scalevet/analyzers/internal/directive"
)

// TestRegistryComplete fails when an analyzer package under analyzers/
// is missing from All, so a new analyzer cannot be forgotten.
func TestRegistryComplete(t *testing.T) {
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	var dirs []string
	for _, e := range entries {
		if e.IsDir() && e.Name() != "internal" && e.Name() != "testdata" {
			dirs = append(dirs, e.Name())
		}
	}
	var names []string
	for _, e := range analyzers.All() {
		names = append(names, e.Analyzer.Name)
	}
	slices.Sort(dirs)
	slices.Sort(names)
	if diff := cmp.Diff(dirs, names); diff != "" {
		t.Errorf("analyzer packages (-) and registry (+) differ:\n%s", diff)
	}
	if err := analysis.Validate(analyzers.Enabled()); err != nil {
		t.Error(err)
	}
}

// TestKnownNames keeps the names that suppressions may use equal to the
// registry's reporting analyzers (directive itself is not suppressible).
func TestKnownNames(t *testing.T) {
	var names []string
	for _, e := range analyzers.All() {
		if e.Analyzer.Name != "directive" {
			names = append(names, e.Analyzer.Name)
		}
	}
	known := directive.Known()
	slices.Sort(names)
	slices.Sort(known)
	if diff := cmp.Diff(names, known); diff != "" {
		t.Errorf("directive.Known (-) and the registry (+) differ:\n%s", diff)
	}
}

// TestDocShape checks that every analyzer documents itself the
// same way: a Doc that starts with its name and a URL.
func TestDocShape(t *testing.T) {
	for _, e := range analyzers.All() {
		a := e.Analyzer
		if a.URL == "" {
			t.Errorf("%s: no URL", a.Name)
		}
		if want := a.Name + ": "; len(a.Doc) < len(want) || a.Doc[:len(want)] != want {
			t.Errorf("%s: Doc does not start with %q", a.Name, want)
		}
	}
}
