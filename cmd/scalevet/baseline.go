package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
)

// A baseline file records the findings a project has accepted for now,
// so that a run with -baseline reports only new ones. Entries are matched
// by fingerprint (see fingerprint.go), never by line. The other fields are
// there for the people who review the file. It is written sorted, with a
// trailing newline, so that the same findings give the same bytes.
type baselineFile struct {
	Version  int             `json:"version"`
	Findings []baselineEntry `json:"findings"`
}

type baselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Analyzer    string `json:"analyzer"`
	Category    string `json:"category,omitempty"`
	Package     string `json:"package"`
	Function    string `json:"function,omitempty"`
	File        string `json:"file"` // slash-separated, relative to the repository root
	Message     string `json:"message"`
}

// baselineVersion is the version of the file format and of the
// fingerprint recipe it was written with.
const baselineVersion = 1

// A baseline is the set of fingerprints read from a baseline file.
type baseline struct {
	fingerprints map[string]bool
}

// readBaseline reads a baseline file. A missing file is an error: a
// mistyped name must not silently report everything, or nothing.
func readBaseline(name string) (*baseline, error) {
	data, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("baseline %s does not exist; create it with -baseline=%s -baseline-write", name, name)
	} else if err != nil {
		return nil, fmt.Errorf("reading baseline: %v", err)
	}
	var file baselineFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&file); err != nil {
		return nil, fmt.Errorf("baseline %s is not a scalevet baseline: %v; rewrite it with -baseline-write", name, err)
	}
	if file.Version != baselineVersion {
		return nil, fmt.Errorf("baseline %s has version %d, this scalevet reads version %d; rewrite it with -baseline-write", name, file.Version, baselineVersion)
	}
	b := &baseline{fingerprints: make(map[string]bool)}
	for i, e := range file.Findings {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("baseline %s: finding %d has no fingerprint", name, i+1)
		}
		b.fingerprints[e.Fingerprint] = true
	}
	return b, nil
}

// filter returns the findings not in the baseline, and how many were.
func (b *baseline) filter(findings []finding) ([]finding, int) {
	var fresh []finding
	for _, f := range findings {
		if !b.fingerprints[f.fingerprint] {
			fresh = append(fresh, f)
		}
	}
	return fresh, len(findings) - len(fresh)
}

// writeBaseline writes the findings to the baseline file name, replacing
// it: findings that are gone are dropped. root is the repository root the
// file names are made relative to.
func writeBaseline(name, root string, findings []finding) error {
	file := baselineFile{Version: baselineVersion, Findings: []baselineEntry{}}
	for _, f := range findings {
		file.Findings = append(file.Findings, baselineEntry{
			Fingerprint: f.fingerprint,
			Analyzer:    f.analyzer,
			Category:    f.category,
			Package:     f.pkgPath,
			Function:    f.function,
			File:        repoPath(root, f.abs),
			Message:     f.message,
		})
	}
	slices.SortFunc(file.Findings, func(x, y baselineEntry) int {
		return cmp.Or(
			cmp.Compare(x.Package, y.Package),
			cmp.Compare(x.File, y.File),
			cmp.Compare(x.Function, y.Function),
			cmp.Compare(x.Analyzer, y.Analyzer),
			cmp.Compare(x.Category, y.Category),
			cmp.Compare(x.Fingerprint, y.Fingerprint),
		)
	})
	data, err := json.MarshalIndent(file, "", "  ")
	if err != nil {
		return err
	}
	data = append(data, '\n')
	// Write a temporary file and rename it, so that a failed write does
	// not leave half a baseline behind.
	tmp, err := os.CreateTemp(filepath.Dir(name), ".scalevet-baseline-*")
	if err != nil {
		return fmt.Errorf("writing baseline: %v", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("writing baseline: %v", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing baseline: %v", err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("writing baseline: %v", err)
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		return fmt.Errorf("writing baseline: %v", err)
	}
	return nil
}
