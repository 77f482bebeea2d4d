// Package testgopath builds the GOPATH tree that scalevet's analyzer
// tests hand to analysistest.
//
// Analyzer tests need third-party web frameworks and database libraries
// (chi, gin, echo, fiber, gRPC, sqlx, gorm, pgx, mongo, go-redis...) at
// their real import paths, because analyzers match resolved objects such
// as (*github.com/jmoiron/sqlx.DB).Select, not strings. Small stubs of
// those libraries live once, in analyzers/internal/testdata/src, so that
// every analyzer tests against the same, checked API shapes instead of
// each keeping a drifting copy. analysistest documents GOPATH mode (a
// directory whose src holds the packages), so Dir lays the shared stubs
// and the test's own ./testdata into one such tree.
package testgopath

import (
	"fmt"
	"go/token"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// Dir returns the root of a fresh GOPATH-style tree, made in
// t.TempDir(), for analysistest.Run:
//
//	analysistest.Run(t, testgopath.Dir(t), myanalyzer.Analyzer, "nethttp", "gin/...")
//
// The tree holds the shared stubs (analyzers/internal/testdata/src) under
// src, and then the calling test's own ./testdata copied on top (go test
// runs tests in the package directory), so a test's file wins over a
// stub at the same path, and its other files, such as *.golden ones,
// come along. Files are copied byte for byte. A test without its own
// testdata gets the stubs alone.
func Dir(t testing.TB) string {
	t.Helper()
	dst := t.TempDir()
	if err := copyTree(filepath.Join(StubRoot(), "src"), filepath.Join(dst, "src")); err != nil {
		t.Fatalf("copying the shared stubs: %v", err)
	}
	own, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatalf("locating the test's testdata: %v", err)
	}
	if _, err := os.Stat(own); err == nil {
		if err := copyTree(own, dst); err != nil {
			t.Fatalf("copying %s: %v", own, err)
		}
	} else if !os.IsNotExist(err) {
		t.Fatalf("locating the test's testdata: %v", err)
	}
	return dst
}

// StubRoot returns the GOPATH root of the shared stubs, the directory
// analyzers/internal/testdata whose src holds them. It is found from
// this source file, so it works whichever package's test calls it.
func StubRoot() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		panic("testgopath: cannot locate its own source file")
	}
	return filepath.Join(filepath.Dir(file), "..", "testdata")
}

// copyTree copies the regular files under src to the same relative paths
// under dst, creating directories and overwriting files that exist.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		return copyFile(path, target)
	})
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// Related renders a diagnostic's related information as the analyzer
// tests compare it: "file.go:line: message", the file's base name.
func Related(fset *token.FileSet, d analysis.Diagnostic) []string {
	var out []string
	for _, rel := range d.Related {
		posn := fset.Position(rel.Pos)
		out = append(out, fmt.Sprintf("%s:%d: %s", filepath.Base(posn.Filename), posn.Line, rel.Message))
	}
	return out
}
