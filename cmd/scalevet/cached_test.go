package main_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCacheMatchesLoaded checks that scalevet -cache, which analyses a
// package at a time through go vet, prints what scalevet prints when it
// loads the whole program, in every format: the findings, their related
// positions (an imported function's, which go vet's export data gives
// only by line), the cause merged across packages (fixture/causes) and
// the exit status.
func TestCacheMatchesLoaded(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		dir  string
		pkgs []string
	}{
		{vetFixture, []string{"./..."}},
		// tested has a test file that declares an entry point: its
		// finding is printed with -test only, with or without -cache.
		{vetFixture, []string{"-test", "./..."}},
		{fixture, []string{"./causes/...", "./nplusone", "./clean"}},
	} {
		for _, format := range []string{"text", "json", "sarif", "github"} {
			if format == "json" && c.pkgs[0] == "-test" {
				// The JSON tree is by package: a loaded run has the
				// package and its test variant apart, go vet has only
				// the variant, which it names as the package.
				continue
			}
			args := append([]string{"-format=" + format}, c.pkgs...)
			loaded := run(t, c.dir, scalevet, args...)
			cached := run(t, c.dir, scalevet, append([]string{"-cache"}, args...)...)
			if loaded.code != 3 {
				t.Fatalf("%s: scalevet %s: exit status %d, want 3 (findings to compare):\n%s", c.dir, strings.Join(args, " "), loaded.code, loaded.stderr)
			}
			if cached.code != loaded.code {
				t.Errorf("%s: scalevet -cache %s: exit status %d, want %d:\n%s", c.dir, strings.Join(args, " "), cached.code, loaded.code, cached.stderr)
			}
			if diff := cmp.Diff(loaded.stdout, cached.stdout); diff != "" {
				t.Errorf("%s: scalevet -cache -format=%s differs from scalevet (-loaded +cached):\n%s", c.dir, format, diff)
			}
		}
	}
	// What the test file adds is there to compare.
	for _, test := range []bool{false, true} {
		args := []string{"-cache", "./tested"}
		if test {
			args = append([]string{"-test"}, args...)
		}
		r := run(t, vetFixture, scalevet, args...)
		if got := strings.Contains(r.stdout, "request path of fakeHandler"); got != test {
			t.Errorf("scalevet %s: the loop reached from the test file's entry point printed: %t, want %t:\n%s", strings.Join(args, " "), got, test, r.stdout)
		}
	}
	// A resolver embedded in the root resolver from another package is
	// found under go vet too, where the generated executor comes from
	// export data: its import list names gqlgen's runtime because
	// NewExecutableSchema returns the runtime's type.
	if r := run(t, vetFixture, scalevet, "-cache", "./gqlroot/..."); !strings.Contains(r.stdout, "root.go:12:8: requestquery: spans.Resolvers.TagSpan runs a query once per iteration of its loop at spans.go:14") {
		t.Errorf("scalevet -cache ./gqlroot/...: no finding for the promoted resolver:\n%s%s", r.stdout, r.stderr)
	}
	// The merged cause is there to compare.
	r := run(t, fixture, scalevet, "-cache", "-format=sarif", "./causes/...")
	if !strings.Contains(r.stdout, "the same cause, also reported in package example.com/fixture/causes/b") {
		t.Errorf("scalevet -cache did not merge the cause reported in two packages:\n%s", r.stdout)
	}
}

// TestCacheErrors checks that scalevet -cache reports a package that
// does not type-check as an error, at its position, and still prints
// the findings of the package beside it, with exit status 1.
func TestCacheErrors(t *testing.T) {
	t.Parallel()
	r := scalevetOn(t, fixture, "-cache", "./broken", "./nplusone")
	if r.code != 1 || !hasLine(r.stderr, brokenError) || !strings.HasPrefix(r.stdout, nplusone+": requestquery: ") {
		t.Errorf("exit status %d, want 1; stderr %q, want a line %q; stdout %q, want the finding at %s", r.code, r.stderr, brokenError, r.stdout, nplusone)
	}
	// A package that imports one that does not build, which go vet
	// does not analyse: the run falls back to loading the program.
	if r := scalevetOn(t, fixture, "-cache", "./importsbroken"); r.code != 1 || !strings.Contains(r.stdout, "importsbroken.go:17:4: requestquery:") ||
		!strings.Contains(r.stderr, "analysing from source instead") || !hasLine(r.stderr, brokenError) {
		t.Errorf("an importer of a broken package: exit status %d, want 1, its finding, the type error and why:\n%s%s", r.code, r.stdout, r.stderr)
	}
	// A test file that does not compile is no error without -test:
	// go vet does not see it.
	if r := scalevetOn(t, fixture, "-cache", "./badtest", "./nplusone"); r.code != 3 || r.stderr != "1 finding\n" {
		t.Errorf("with a test file that does not compile: exit status %d, stderr %q; want 3 and the count alone", r.code, r.stderr)
	}
	// A warning of the C compiler, which go vet prints while it
	// succeeds, is not an error.
	if r := scalevetOn(t, fixture, "-cache", "./cgowarn", "./nplusone"); r.code != 3 || r.stderr != "1 finding\n" {
		t.Errorf("with a cgo package that builds with a warning: exit status %d, stderr %q; want 3 and the count alone", r.code, r.stderr)
	}
	if r := run(t, fixture, scalevet, "report", "-cache", "./nplusone"); r.code != 1 || !strings.Contains(r.stderr, "report does not take -cache") {
		t.Errorf("scalevet report -cache: exit status %d, stderr %q; want 1 and why", r.code, r.stderr)
	}
}

// TestCacheConfig checks that scalevet.toml decides what scalevet
// -cache reports although go vet's cache key does not include the file:
// a finding the file turns off, then on again, after a run that cached
// the package.
func TestCacheConfig(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	src, err := os.ReadFile(filepath.Join(vetFixture, "loop", "loop.go"))
	if err != nil {
		t.Fatal(err)
	}
	write := func(name, content string) {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example.com/cacheconfig\n\ngo 1.26\n")
	write("loop/loop.go", string(src))
	want := vetLoop + ": requestquery: "
	for i, c := range []struct {
		toml  string
		found bool
	}{
		{"", true},
		{`disable = ["requestquery"]` + "\n", false},
		{`exclude = ["loop"]` + "\n", false},
		{"", true},
	} {
		write("scalevet.toml", c.toml)
		r := run(t, dir, scalevet, "-cache", "./...")
		if got := hasLine(r.stdout, want); got != c.found || r.code == 1 {
			t.Errorf("run %d, scalevet.toml %q: exit status %d, finding at %s printed: %t, want %t\n%s%s", i, c.toml, r.code, vetLoop, got, c.found, r.stdout, r.stderr)
		}
	}
}

// TestCacheUserOverlay checks that scalevet -cache keeps the overlay a
// user gives in GOFLAGS (here, an embedded file that is not on disk, as
// a front-end build would make it) when it adds its own, which deletes
// the test files: the package builds, has its tests, and is analysed.
func TestCacheUserOverlay(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	src, err := os.ReadFile(filepath.Join(vetFixture, "loop", "loop.go"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"go.mod":            "module example.com/overlaid\n\ngo 1.26\n",
		"loop/loop.go":      string(src),
		"loop/embed.go":     "package loop\n\nimport _ \"embed\"\n\n//go:embed dist.txt\nvar dist string\n",
		"loop/loop_test.go": "package loop\n\nimport \"testing\"\n\nfunc TestTotal(t *testing.T) {\n\tif Total([]int{1}) != 2 {\n\t\tt.Fatal(dist)\n\t}\n}\n",
		"stand-in.txt":      "built elsewhere\n",
	}
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	overlay := filepath.Join(t.TempDir(), "overlay.json")
	data := fmt.Sprintf(`{"Replace": {%q: %q}}`, filepath.Join(dir, "loop", "dist.txt"), filepath.Join(dir, "stand-in.txt"))
	if err := os.WriteFile(overlay, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	env := []string{"GOFLAGS=-overlay=" + overlay}
	r := runEnv(t, env, dir, scalevet, "-cache", "./...")
	if r.code != 3 || !hasLine(r.stdout, vetLoop+": requestquery: ") || r.stderr != "1 finding\n" {
		t.Errorf("scalevet -cache with GOFLAGS=-overlay: exit status %d, want 3 and the finding at %s alone:\n%s%s", r.code, vetLoop, r.stdout, r.stderr)
	}
}
