package analyzers_test

import (
	"bytes"
	"cmp"
	"encoding/gob"
	"os"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/objectpath"

	"github.com/scalevet/scalevet/analyzers"
)

// factBudget is the most bytes of facts, all analyzers together, that one
// standard-library package may export.
//
// Why 16 KiB: under go vet, every package's facts are written to its vetx
// file and read back, decoded, by each package that imports it, so their
// size is paid once per import edge. The export data that go vet already
// reads for the same edge is tens to hundreds of KiB (with Go 1.26:
// net/http's is about 245 KiB, flag's 63 KiB), so 16 KiB keeps facts a
// small fraction of what an import costs anyway. Measured when the
// budget was set: 31 KiB of facts over all of std, the largest set
// flag's (3.2 KiB in 43 facts), then net/http's (2.7 KiB). The summaries are built small
// (at most 8 operations, 6 chain links and 120 bytes of SQL per function,
// see analyzers/internal/summary/fact.go), and only functions that reach
// something expensive export one, so the standard library, which never
// queries a database, sits far below the budget: a budget that is near
// the measured size would fail on every harmless change, and one far
// above it would let a fact that grows with the code (a fact per
// function, a list without a cap) go unnoticed until it costs seconds.
const factBudget = 16 << 10

// TestFactSize runs every analyzer of the suite, and what they require,
// over the standard library, gob-encodes the facts each package exports
// (with the object path of each object fact, as go vet's vetx files hold
// them), and fails if any package's facts exceed factBudget. It logs the
// largest packages, so `go test -v -run TestFactSize ./analyzers` is the
// report.
func TestFactSize(t *testing.T) {
	if os.Getenv("SCALEVET_LONG") != "1" {
		t.Skip("long (type-checks and analyzes the whole standard library): run with SCALEVET_LONG=1")
	}
	cfg := &packages.Config{Mode: packages.LoadAllSyntax}
	pkgs, err := packages.Load(cfg, "std")
	if err != nil {
		t.Fatal(err)
	}
	var all []*analysis.Analyzer
	for _, e := range analyzers.All() {
		all = append(all, e.Analyzer)
	}
	// SanityCheck also round-trips every fact through gob as it flows to
	// an importer, so a fact that does not survive encoding fails here.
	graph, err := checker.Analyze(all, pkgs, &checker.Options{SanityCheck: true})
	if err != nil {
		t.Fatal(err)
	}

	sizes := make(map[string]*factSet)
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%v failed: %v", act, act.Err)
			continue
		}
		own := act.Package.Types
		set := sizes[own.Path()]
		if set == nil {
			set = &factSet{pkg: own.Path()}
			sizes[own.Path()] = set
		}
		for _, f := range act.AllObjectFacts() {
			if f.Object.Pkg() != own {
				continue // inherited from a dependency
			}
			path, _ := objectpath.For(f.Object)
			set.add(t, f.Fact, len(path))
		}
		for _, f := range act.AllPackageFacts() {
			if f.Package == own {
				set.add(t, f.Fact, 0)
			}
		}
	}

	ranked := make([]*factSet, 0, len(sizes))
	total, withFacts := 0, 0
	for _, s := range sizes {
		ranked = append(ranked, s)
		total += s.bytes
		if s.facts > 0 {
			withFacts++
		}
	}
	slices.SortFunc(ranked, func(a, b *factSet) int {
		return cmp.Or(cmp.Compare(b.bytes, a.bytes), cmp.Compare(a.pkg, b.pkg))
	})
	if len(ranked) < 100 {
		t.Fatalf("analyzed %d packages; want the whole standard library", len(ranked))
	}
	t.Logf("%d packages, %d with facts, %d bytes of facts in all; budget %d bytes per package", len(ranked), withFacts, total, factBudget)
	for _, s := range ranked[:5] {
		t.Logf("  %-28s %6d bytes in %4d facts", s.pkg, s.bytes, s.facts)
	}
	for _, s := range ranked {
		if s.bytes > factBudget {
			t.Errorf("%s exports %d bytes of facts (%d facts), over the budget of %d", s.pkg, s.bytes, s.facts, factBudget)
		}
	}
}

// A factSet is the size of the facts one package exports, encoded as one
// gob stream (each type described once, as in a vetx file).
type factSet struct {
	pkg          string
	facts, bytes int
	buf          bytes.Buffer
	enc          *gob.Encoder
}

func (s *factSet) add(t *testing.T, fact analysis.Fact, pathLen int) {
	t.Helper()
	if s.enc == nil {
		s.enc = gob.NewEncoder(&s.buf)
	}
	before := s.buf.Len()
	if err := s.enc.Encode(fact); err != nil {
		t.Errorf("%s: %T fact does not gob-encode: %v", s.pkg, fact, err)
		return
	}
	s.facts++
	s.bytes += s.buf.Len() - before + pathLen
}
