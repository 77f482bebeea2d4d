package walk

import (
	"go/build"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Foreign reports whether a package is not the user's own: the
// standard library, or a dependency with a module version. What such a
// package does inside (its caches, registries, its own types and
// interfaces) is not for the user to fix.
func Foreign(pass *analysis.Pass) bool {
	if pass.Module != nil && pass.Module.Version != "" {
		return true
	}
	if len(pass.Files) == 0 {
		return true
	}
	tf := pass.Fset.File(pass.Files[0].FileStart)
	if tf == nil {
		return true
	}
	return Standard(filepath.Dir(tf.Name()), pass.Pkg.Path())
}

// Standard reports whether dir, the directory of package path, is in
// a Go root: the toolchain's, or any directory laid out as one (its
// src/go.mod declares module std), so that a trimmed binary still
// tells the standard library apart.
func Standard(dir, path string) bool {
	dir = filepath.Clean(dir)
	if goroot := build.Default.GOROOT; goroot != "" && strings.HasPrefix(dir, filepath.Clean(goroot)+string(filepath.Separator)) {
		return true
	}
	suffix := string(filepath.Separator) + filepath.Join("src", filepath.FromSlash(path))
	if !strings.HasSuffix(dir, suffix) {
		return false
	}
	src := filepath.Join(strings.TrimSuffix(dir, suffix), "src")
	mod, err := os.ReadFile(filepath.Join(src, "go.mod"))
	return err == nil && strings.HasPrefix(string(mod), "module std")
}

// SameRepository reports whether two import paths are in the same
// repository (host/owner/name), as a library and its own subpackages
// are: what one calls of the other is the library's own default.
func SameRepository(a, b string) bool {
	ra, rb := strings.SplitN(a, "/", 4), strings.SplitN(b, "/", 4)
	return len(ra) >= 3 && len(rb) >= 3 && ra[0] == rb[0] && ra[1] == rb[1] && ra[2] == rb[2]
}
