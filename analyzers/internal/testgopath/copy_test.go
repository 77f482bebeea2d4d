package testgopath

import (
	"os"
	"path/filepath"
	"testing"
)

// TestCopyTreeLayers checks what Dir relies on: a second copy onto the
// same tree overwrites files at the same path and keeps the others.
func TestCopyTreeLayers(t *testing.T) {
	shared, own, dst := t.TempDir(), t.TempDir(), t.TempDir()
	write(t, filepath.Join(shared, "src", "lib", "lib.go"), "package lib // shared\n")
	write(t, filepath.Join(shared, "src", "lib", "other.go"), "package lib\n")
	write(t, filepath.Join(own, "src", "lib", "lib.go"), "package lib // own\n")
	write(t, filepath.Join(own, "src", "a", "a.go.golden"), "golden\x00bytes\n")

	if err := copyTree(filepath.Join(shared, "src"), filepath.Join(dst, "src")); err != nil {
		t.Fatal(err)
	}
	if err := copyTree(own, dst); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{
		"src/lib/lib.go":    "package lib // own\n",
		"src/lib/other.go":  "package lib\n",
		"src/a/a.go.golden": "golden\x00bytes\n",
	} {
		got, err := os.ReadFile(filepath.Join(dst, filepath.FromSlash(path)))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("%s = %q, want %q", path, got, want)
		}
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
