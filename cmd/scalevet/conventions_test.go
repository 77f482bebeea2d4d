package main_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestConventions checks what linter users expect of the command line:
// scalevet version, -h on stdout, a closing count, -tags and -disable of
// one category.
func TestConventions(t *testing.T) {
	t.Parallel()
	if r := run(t, fixture, scalevet, "version"); r.code != 0 || !regexp.MustCompile(`^scalevet version \S+\n$`).MatchString(r.stdout) {
		t.Errorf("scalevet version: exit status %d, output %q", r.code, r.stdout)
	}
	if r := run(t, fixture, scalevet, "-h"); r.code != 0 || !strings.Contains(r.stdout, "-disable analyzer") || r.stderr != "" {
		t.Errorf("scalevet -h: exit status %d; want the flags on stdout, nothing on stderr:\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	if r := run(t, fixture, scalevet, "help", "config"); r.code != 0 || !strings.Contains(r.stdout, "small_tables") {
		t.Errorf("scalevet help config: exit status %d:\n%s", r.code, r.stdout)
	}

	dir := sample(t)
	if r := scalevetOn(t, dir, "./nplusone"); r.code != 3 || r.stderr != "1 finding\n" {
		t.Errorf("exit status %d, stderr %q; want 3 and the closing line %q", r.code, r.stderr, "1 finding\n")
	}
	if r := scalevetOn(t, dir, "-disable=requestquery/nplusone", "./nplusone"); r.code != 0 || r.stdout+r.stderr != "" {
		t.Errorf("-disable=requestquery/nplusone: exit status %d; want 0 and nothing:\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := scalevetOn(t, dir, "-disable=requestquery/nplus", "./nplusone"); r.code != 1 || !strings.Contains(r.stderr, `no category "nplus"`) {
		t.Errorf("-disable=requestquery/nplus: exit status %d, stderr %q; want 1 and the unknown category", r.code, r.stderr)
	}

	// A file behind a build tag counts only with -tags.
	writeFile(t, filepath.Join(dir, "nplusone", "tagged.go"), "//go:build special\n\npackage nplusone\n\nvar _ = undefinedOnlyWithTag\n")
	if r := scalevetOn(t, dir, "./nplusone"); r.code != 3 {
		t.Errorf("without -tags: exit status %d, want 3:\n%s", r.code, r.stderr)
	}
	if r := scalevetOn(t, dir, "-tags=special", "./nplusone"); r.code != 1 || !strings.Contains(r.stderr, "undefined: undefinedOnlyWithTag") {
		t.Errorf("-tags=special: exit status %d, want 1 and the tagged file's error:\n%s", r.code, r.stderr)
	}
}

// TestConfigFile checks scalevet.toml at the module root: a category
// turned off, a package excluded, an unknown key rejected; standalone
// and under go vet.
func TestConfigFile(t *testing.T) {
	t.Parallel()
	dir := sample(t)
	conf := filepath.Join(dir, "scalevet.toml")
	for _, test := range []struct {
		content string
		code    int
		stderr  string
	}{
		{`disable = ["requestquery/nplusone"]`, 0, ""},
		{`exclude = ["nplusone/..."]`, 0, ""},
		{`exclude = ["other/..."]`, 3, "1 finding\n"},
		{`disabled = ["requestquery"]`, 1, `scalevet.toml: unknown key "disabled"`},
	} {
		writeFile(t, conf, test.content+"\n")
		r := scalevetOn(t, dir, "./nplusone")
		if r.code != test.code || !strings.Contains(r.stderr, test.stderr) {
			t.Errorf("%s: exit status %d, stderr %q; want %d and %q", test.content, r.code, r.stderr, test.code, test.stderr)
		}
	}

	// go vet reads the same file, and scalevet.toml changes what it
	// reports even though the package did not change. The vet fixture's
	// loop, which imports nothing, keeps go vet from compiling the
	// standard library in the tests' own build cache.
	loop, err := os.ReadFile(filepath.Join(vetFixture, "loop", "loop.go"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "loop", "loop.go"), string(loop))
	vet := func() result {
		return run(t, dir, "go", "vet", "-vettool="+scalevet, "-vetsuite=false", "./loop")
	}
	writeFile(t, conf, `disable = ["requestquery/nplusone"]`+"\n")
	if r := vet(); r.code != 0 {
		t.Errorf("go vet with nplusone disabled: exit status %d:\n%s", r.code, r.stderr)
	}
	writeFile(t, conf, `disable = []`+"\n")
	if r := vet(); r.code != 1 || !strings.Contains(r.stderr, "loop/loop.go:") {
		t.Errorf("go vet with nothing disabled: exit status %d, want 1 and the finding:\n%s", r.code, r.stderr)
	}
}
