package main_test

import (
	"bufio"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// e2e is the module of services written against the real libraries
// (gin, echo, chi, gorilla/mux, fiber, gRPC; database/sql, sqlx, gorm,
// pgx, mongo-driver). It needs its modules: in the module cache, or from
// the module proxy on first run.
var e2e = filepath.Join("..", "..", "testdata", "e2e")

// TestE2E runs scalevet on the e2e module, standalone and under go vet, and
// compares the findings with the lines that end in a "// want NAME" marker.
func TestE2E(t *testing.T) {
	long(t, "type-checks the real libraries from source, and compiles them for go vet")
	t.Parallel()
	want := wantMarkers(t, e2e)
	if len(want) == 0 {
		t.Fatal("no // want markers in the e2e module")
	}

	t.Run("standalone", func(t *testing.T) {
		t.Parallel()
		// The standalone binary reports a cause that handlers of several
		// packages reach once, with the others as related locations
		// ("the same cause, also reported in package ..."), where go vet,
		// a package at a time, reports it in each: a marker is met by
		// either.
		r := run(t, e2e, scalevet, "-format=sarif", "./...")
		if r.code != 3 {
			t.Errorf("scalevet ./...: exit status %d, want 3\nstderr:\n%s", r.code, r.stderr)
		}
		var log struct {
			Runs []struct {
				Results []struct {
					RuleID    string
					Locations []struct {
						PhysicalLocation sarifPlace
					}
					RelatedLocations []struct {
						PhysicalLocation sarifPlace
						Message          struct{ Text string }
					}
				}
			}
		}
		if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
			t.Fatal(err)
		}
		got := make(map[string]bool)
		merged := 0
		for _, run := range log.Runs {
			for _, res := range run.Results {
				analyzer, _, _ := strings.Cut(res.RuleID, "/")
				for _, l := range res.Locations {
					got[l.PhysicalLocation.key(analyzer)] = true
				}
				for _, l := range res.RelatedLocations {
					if strings.HasPrefix(l.Message.Text, "the same cause, also reported in package") {
						got[l.PhysicalLocation.key(analyzer)] = true
						merged++
					}
				}
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("findings and merged findings (-want +got):\n%s\noutput:\n%s", diff, r.stdout)
		}
		if merged == 0 {
			t.Errorf("no finding was merged from another package; the e2e module has a cause that two packages reach")
		}
	})

	t.Run("cache", func(t *testing.T) {
		t.Parallel()
		// scalevet -cache, through go vet, prints what scalevet prints
		// with the whole program loaded: the merged causes included.
		loaded := run(t, e2e, scalevet, "./...")
		cached := run(t, e2e, scalevet, "-cache", "./...")
		if loaded.code != 3 || cached.code != 3 {
			t.Fatalf("exit status %d without -cache, %d with it, want 3\nstderr:\n%s%s", loaded.code, cached.code, loaded.stderr, cached.stderr)
		}
		if diff := cmp.Diff(loaded.stdout, cached.stdout); diff != "" {
			t.Errorf("scalevet -cache ./... differs from scalevet ./... (-loaded +cached):\n%s", diff)
		}
	})

	t.Run("go vet", func(t *testing.T) {
		t.Parallel()
		// -vetsuite=false: the markers are scalevet's; vet's own checks are tested in vetsuite_test.go.
		r := run(t, e2e, "go", "vet", "-vettool="+scalevet, "-vetsuite=false", "-json", "./...")
		if r.code != 0 {
			t.Fatalf("go vet -json ./...: exit status %d\nstderr:\n%s", r.code, r.stderr)
		}
		got := vetKeys(t, e2e, r.stdout, false)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("findings (-want +got):\n%s", diff)
		}
	})
}

// sarifPlace is a SARIF physical location, as the e2e test reads it.
type sarifPlace struct {
	ArtifactLocation struct{ URI string }
	Region           struct{ StartLine int }
}

// key returns the place's "file:line: analyzer", the file relative to
// the e2e module (SARIF's are relative to the repository's root).
func (p sarifPlace) key(analyzer string) string {
	file := p.ArtifactLocation.URI
	if _, rest, ok := strings.Cut(file, "testdata/e2e/"); ok {
		file = rest
	}
	return key(file, strconv.Itoa(p.Region.StartLine), "", analyzer, false)
}

// marker is a trailing "// want NAME..." comment: a finding of each named
// analyzer is expected on its line.
var marker = regexp.MustCompile(`// want ([\w-]+(?: [\w-]+)*)$`)

// wantMarkers returns the "file:line: analyzer" of each marker in the Go
// files under dir.
func wantMarkers(t *testing.T, dir string) map[string]bool {
	t.Helper()
	keys := make(map[string]bool)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		file, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(f)
		for line := 1; sc.Scan(); line++ {
			if m := marker.FindStringSubmatch(sc.Text()); m != nil {
				for _, analyzer := range strings.Fields(m[1]) {
					keys[key(filepath.ToSlash(file), strconv.Itoa(line), "", analyzer, false)] = true
				}
			}
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	return keys
}
