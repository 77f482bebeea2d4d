package main

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"go/format"
	"go/token"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// A fix is a suggested fix in byte offsets. Offsets, unlike token.Pos,
// stay comparable across packages: a file of a package and of its test
// variant gets the same fix twice.
type fix struct {
	message string
	edits   []edit
}

// An edit replaces file[start:end] with text.
type edit struct {
	file       string
	start, end int
	text       string
}

func newFix(fset *token.FileSet, sf analysis.SuggestedFix) *fix {
	f := &fix{message: sf.Message}
	for _, te := range sf.TextEdits {
		tf := fset.File(te.Pos) // checker has checked that it exists
		end := cmp.Or(te.End, te.Pos)
		f.edits = append(f.edits, edit{tf.Name(), tf.Offset(te.Pos), tf.Offset(end), string(te.NewText)})
	}
	return f
}

// applyFixes applies the fixes of the findings to the files on disk, says
// which files it changed, and returns the findings it did not fix. It takes
// the fixes in order and leaves out one whose edits overlap the edits taken
// before: its finding stays. A Go file is written only if it still parses,
// which go/format checks; it is reformatted if it was formatted before.
func applyFixes(stderr io.Writer, dir string, findings []finding) ([]finding, error) {
	taken := make(map[string][]edit) // by file
	fixes := make(map[string]int)    // number of fixes by file
	var rest []finding
	for _, f := range findings {
		if f.fix == nil || !fits(taken, f.fix.edits) {
			rest = append(rest, f)
			continue
		}
		files := make(map[string]bool)
		for _, e := range f.fix.edits {
			if !slices.Contains(taken[e.file], e) {
				taken[e.file] = append(taken[e.file], e)
			}
			files[e.file] = true
		}
		for file := range files {
			fixes[file]++
		}
	}

	var errs []error
	for _, file := range slices.Sorted(maps.Keys(taken)) {
		if err := rewrite(file, taken[file]); err != nil {
			errs = append(errs, err)
			continue
		}
		fmt.Fprintf(stderr, "scalevet: fixed %s (%d %s)\n", rel(dir, file), fixes[file], plural(fixes[file], "fix", "fixes"))
	}
	return rest, errors.Join(errs...)
}

// fits reports whether edits can be applied along with the edits taken:
// each is one of them already, or overlaps none of them. Two different
// insertions at the same offset overlap, since their order is unknown.
func fits(taken map[string][]edit, edits []edit) bool {
	for _, e := range edits {
		for _, t := range taken[e.file] {
			switch {
			case e == t:
			case e.start < t.end && t.start < e.end,
				e.start == e.end && t.start == t.end && e.start == t.start:
				return false
			}
		}
	}
	return true
}

// rewrite applies non-overlapping edits to file.
func rewrite(file string, edits []edit) error {
	info, err := os.Stat(file)
	if err != nil {
		return err
	}
	src, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	edits = slices.Clone(edits)
	slices.SortFunc(edits, func(x, y edit) int {
		return cmp.Or(cmp.Compare(x.start, y.start), cmp.Compare(x.end, y.end))
	})
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.end > len(src) {
			return fmt.Errorf("fix for %s is past its end: was it changed during the run?", file)
		}
		out.Write(src[last:e.start])
		out.WriteString(e.text)
		last = e.end
	}
	out.Write(src[last:])

	fixed := out.Bytes()
	if strings.HasSuffix(file, ".go") {
		formatted, err := format.Source(fixed)
		if err != nil {
			return fmt.Errorf("not fixing %s: the fixed file would not parse: %v", file, err)
		}
		if before, err := format.Source(src); err == nil && bytes.Equal(before, src) {
			fixed = formatted
		}
	}
	return os.WriteFile(file, fixed, info.Mode().Perm())
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
