// Package media writes the files of a service with a dotted import
// path, as a module's packages have.
package media

import (
	"net/http"
	"os"
	"path/filepath"
	"runtime"
)

// Two writes in one function are one place to fix: one finding.
func writeLauncher(dir string) error {
	if runtime.GOOS == "windows" {
		return os.WriteFile(filepath.Join(dir, "run.cmd"), []byte("@echo off"), 0o755) // want `file written to the local disk on the request path of Install`
	}
	return os.WriteFile(filepath.Join(dir, "run.sh"), []byte("#!/bin/sh"), 0o755)
}

func Install(w http.ResponseWriter, r *http.Request) {
	writeLauncher("./bin")
}
