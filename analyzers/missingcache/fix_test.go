package missingcache_test

import (
	"go/ast"
	"go/build"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestFixGoldenCompiles type-checks each package of the testdata that
// has .golden files, with them in place of the files they fix: what the
// fixes leave must build (no local left unused, no name undefined). The
// fix testdata imports the standard library only.
func TestFixGoldenCompiles(t *testing.T) {
	t.Parallel()
	goldens, err := filepath.Glob(filepath.Join("testdata", "src", "*", "*.go.golden"))
	if err != nil {
		t.Fatal(err)
	}
	if len(goldens) == 0 {
		t.Fatal("no .golden files")
	}
	var dirs []string
	for _, g := range goldens {
		dirs = append(dirs, filepath.Dir(g))
	}
	slices.Sort(dirs)
	for _, dir := range slices.Compact(dirs) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			fset := token.NewFileSet()
			files := parseFixed(t, fset, dir)
			conf := types.Config{
				Importer: importer.Default(),
				Error:    func(err error) { t.Error(err) },
			}
			conf.Check(filepath.Base(dir), fset, files, nil) // errors reported by conf.Error
		})
	}
}

// parseFixed parses the package in dir as the fixes leave it: each file
// built here, or its .golden file when it has one.
func parseFixed(t *testing.T, fset *token.FileSet, dir string) []*ast.File {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		if ok, err := build.Default.MatchFile(dir, name); err != nil || !ok {
			continue
		}
		path := filepath.Join(dir, name)
		if _, err := os.Stat(path + ".golden"); err == nil {
			path += ".golden"
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return files
}
