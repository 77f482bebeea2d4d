package walk

import (
	"os"
	"path/filepath"
	"testing"
)

// TestStandard checks that the standard library is told apart by the
// layout of a Go root, not only by the toolchain's GOROOT, and that a
// GOPATH-style tree is not mistaken for one.
func TestStandard(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	write := func(path, content string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	goroot := filepath.Join(root, "goroot")
	write(filepath.Join(goroot, "src", "go.mod"), "module std\n\ngo 1.26\n")
	write(filepath.Join(goroot, "src", "encoding", "json", "encode.go"), "package json\n")
	gopath := filepath.Join(root, "gopath")
	write(filepath.Join(gopath, "src", "go.mod"), "module example.com/app\n")
	write(filepath.Join(gopath, "src", "encoding", "json", "encode.go"), "package json\n")

	for _, tc := range []struct {
		dir, path string
		want      bool
	}{
		{filepath.Join(goroot, "src", "encoding", "json"), "encoding/json", true},
		{filepath.Join(gopath, "src", "encoding", "json"), "encoding/json", false},
		{filepath.Join(goroot, "src", "encoding", "json"), "json", false},
	} {
		if got := Standard(tc.dir, tc.path); got != tc.want {
			t.Errorf("Standard(%s, %s) = %v, want %v", tc.dir, tc.path, got, tc.want)
		}
	}
}
