package main_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFixDemo runs scalevet -fix on a copy of the demo service: the
// missingcache fix hoists the regexp that SearchProducts compiles per
// request to a package-level variable, which its uses then name, and
// the fixed service still builds.
func TestFixDemo(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	src := filepath.Join("..", "..", "testdata", "demo")
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		writeFile(t, filepath.Join(dir, rel), string(data))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	plans := filepath.Join(dir, "internal", "web", "plans.go")
	before, err := os.ReadFile(plans)
	if err != nil {
		t.Fatal(err)
	}
	const compile = "regexp.MustCompile(`^[\\pL\\pN -]{1,40}$`)"
	if !strings.Contains(string(before), "valid := "+compile) {
		t.Fatalf("the demo no longer compiles its pattern in SearchProducts:\n%s", before)
	}

	r := run(t, dir, scalevet, "-fix", "./...")
	if r.code != 0 && r.code != 3 {
		t.Fatalf("scalevet -fix: exit status %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
	after, err := os.ReadFile(plans)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"var searchProductsValid = " + compile + "\n",
		"if !searchProductsValid.MatchString(q) {\n",
	} {
		if !strings.Contains(string(after), want) {
			t.Errorf("fixed plans.go lacks %q:\n%s", want, after)
		}
	}
	if strings.Contains(string(after), "valid := ") {
		t.Errorf("fixed plans.go still compiles per request or keeps a local for the variable:\n%s", after)
	}
	if b := run(t, dir, "go", "build", "./..."); b.code != 0 {
		t.Errorf("the fixed demo does not build:\n%s%s", b.stdout, b.stderr)
	}
	// The finding is gone once fixed.
	again := run(t, dir, scalevet, "./...")
	if strings.Contains(again.stdout, "regexp.MustCompile of a constant pattern runs on every request of Server.SearchProducts") {
		t.Errorf("the finding is still reported after the fix:\n%s", again.stdout)
	}
}
