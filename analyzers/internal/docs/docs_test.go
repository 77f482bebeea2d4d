package docs

import "testing"

func TestExtract(t *testing.T) {
	src := "// Package x does things.\n//\n// # Analyzer x\n//\n// x: find things\n//\n// Why it matters.\n//\n// # Examples\n//\n//\tfoo() // want\n//\n// # Other\n//\n// hidden\npackage x\n"
	got, err := extract(src, "x")
	if err != nil {
		t.Fatal(err)
	}
	want := "x: find things\n\nWhy it matters.\n\n# Examples\n\n\tfoo() // want"
	if got != want {
		t.Errorf("extract = %q, want %q", got, want)
	}
	for _, bad := range []string{
		"package x\n",
		"// Package x.\npackage x\n",
		"// # Analyzer x\n//\n// y: wrong name\npackage x\n",
	} {
		if _, err := extract(bad, "x"); err == nil {
			t.Errorf("extract(%q) succeeded, want error", bad)
		}
	}
}
