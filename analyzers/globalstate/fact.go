package globalstate

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/scalevet/scalevet/analyzers/internal/summary"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

// maxWrites keeps facts small whatever the code: a function's fact
// names at most maxWrites writes, each with its chain bounded as
// summary's facts are (summary.BoundChain).
const maxWrites = 8

// Write is one write to package-level state that a function performs,
// directly or through calls.
type Write struct {
	Var       string   // the variable and the fields written: "stats.hits", "cache.byID"
	Pkg       string   // the path of the variable's package, which Var names only by its name
	Kind      string   // "map", "slice", "list" or "variable"
	Race      bool     // no lock or atomic guards it on the way
	Unbounded bool     // it only grows a map or slice that its package never shrinks
	Via       []string // the functions from the summarised one to the writer: "stats.Record"
	Pos       string   // where the write is: "stats.go:12"
	In        string   // the function whose statement names the variable: "example.com/app/stats.Record"
	// KeyFrom, for an unbounded write, is 1 + the position
	// (funcgraph.ParamIndex) of the parameter of the summarised
	// function that gives the key added (GetTemplate(name) { cache[name]
	// = ... }); a caller passing a constant there adds one of the keys
	// written in the code, a bounded set. 0 otherwise.
	KeyFrom int
	// Scratch is set for an entry of a map that is reached by key only
	// (nothing ranges over it or hands it out), keyed by an object's
	// identity (a pointer: pending[tx] = events): the object's own
	// scratch state, which no other request or instance can see, so
	// not an instance's state when synchronised. ObjKey, for such a
	// map keyed by a parameter of the summarised function, is 1 + its
	// position (funcgraph.ParamIndex): a caller passing a pointer there
	// makes the write Scratch. 0 otherwise.
	Scratch bool
	ObjKey  int
	// Memo is set for the fill of a read-through cache: m[k] = v after
	// the same function looked m[k] up. Bounded and synchronised, it is
	// a cache whose divergence between instances is by design.
	Memo bool
	// State is, for a write made by calling a method of the variable,
	// the state that method writes (Recv.Field): one cause with the
	// handlers whose receivers reach the same state.
	State string
	// Metric is set for a variable that a metrics library reads back
	// (published): a metric published by hand, whose divergence between
	// instances is by design, as expvar's.
	Metric bool
}

// Recv says that a method writes its receiver's fields (or memory its
// receiver points to), so that calling it on a package-level variable
// writes that variable.
type Recv struct {
	// Field is the state written, as the innermost method's receiver
	// type (qualified by its package's path) and field path:
	// "example.com/app/cache.Store.entries".
	Field string
	Race  bool     // no lock or atomic guards the write in the method
	Via   []string // the methods from the summarised one to the writer
	Pos   string   // where the write is
	// Memo says that every write of the receiver fills a read-through
	// cache (Write.Memo).
	Memo bool
	// Quiet says that every write of the receiver keeps no state of its
	// own when synchronised: a counter bumped, an entry evicted, or a
	// cache filled. A handler's receiver written only so is not
	// reported as an instance's state (it is a statistic, or a cache).
	Quiet bool
}

// Returns says that a function's first result is shared memory of a
// package-level variable (an element of a map of pointers: srv :=
// all[id]; return srv), so that what a caller writes through it writes
// that variable.
type Returns struct {
	Pkg  string // the path of the variable's package: the function's, or one it imports
	Var  string // the variable's name in its package
	Path string // the selectors and indexes from it: "[]", ".byID[]"
}

// Fact summarises the writes to package-level state of a function or
// method, for its callers in other packages.
type Fact struct {
	Writes  []Write  // sorted; at most maxWrites
	Recv    *Recv    // nil when the method does not write its receiver
	Returns *Returns // nil when the first result is not a global's shared memory
}

// AFact marks Fact as an analysis fact.
func (*Fact) AFact() {}

// String renders the fact compactly for tests:
// "writes stats.hits race@stats.go:12 via stats.Record; recv race@c.go:3 via c.Counter.Inc".
func (f *Fact) String() string {
	var parts []string
	for _, w := range f.Writes {
		s := fmt.Sprintf("writes %s %s@%s", w.Var, category(w.Race, w.Unbounded), w.Pos)
		if w.Scratch {
			s += " per-object"
		}
		parts = append(parts, s+" via "+strings.Join(w.Via, ">"))
	}
	if f.Recv != nil {
		parts = append(parts, fmt.Sprintf("recv %s@%s via %s", category(f.Recv.Race, false), f.Recv.Pos, strings.Join(f.Recv.Via, ">")))
	}
	if f.Returns != nil {
		parts = append(parts, "returns "+f.Returns.Var+f.Returns.Path)
	}
	return strings.Join(parts, "; ")
}

// ImplFact lists what the methods of this package's unexported types
// write when they implement an interface of the module. A package that
// reads this one from export data (go vet, golangci-lint, scalevet
// -cache) does not see such a type when nothing exported refers to it
// (a notifier registered in a map at start-up), so it cannot find the
// implementation its interface call reaches, nor that method's fact;
// it finds the summary here. A driver that loads every package from
// source sees the type and does not need it.
type ImplFact struct{ Methods []ImplMethod }

// An ImplMethod is one method of an ImplFact: Type.Method, of the
// package Pkg, implements the interface Iface (funcgraph.Key), and does
// what Fact says. A package also passes on the ImplMethods of the
// packages it imports: go vet gives a package the facts of only the
// packages it reaches through the imports that export data records,
// which may not lead to the implementation's package.
type ImplMethod struct {
	Pkg, Iface, Method, Type string
	Fact                     Fact
}

// key identifies m among the entries that packages pass on.
func (m ImplMethod) key() [4]string { return [4]string{m.Pkg, m.Type, m.Method, m.Iface} }

// AFact marks ImplFact as an analysis fact.
func (*ImplFact) AFact() {}

// String renders the fact for tests: "Iface.Method by Type: fact; ...".
func (f *ImplFact) String() string {
	var parts []string
	for _, m := range f.Methods {
		parts = append(parts, fmt.Sprintf("%s.%s by %s.%s: %s", m.Iface, m.Method, m.Pkg, m.Type, m.Fact.String()))
	}
	return strings.Join(parts, "; ")
}

// ShrunkFact marks a package-level variable whose package removes
// entries from it somewhere (delete, clear, reassignment, a call that
// may evict), by field path ("" for the variable itself, ".m" for its
// field m), so that a map that is only ever grown is told from a
// cache with eviction.
type ShrunkFact struct {
	Paths []string // sorted
}

// AFact marks ShrunkFact as an analysis fact.
func (*ShrunkFact) AFact() {}

func (f *ShrunkFact) String() string {
	paths := make([]string, len(f.Paths))
	for i, p := range f.Paths {
		paths[i] = "<" + p + ">"
	}
	return "shrunk " + strings.Join(paths, ",")
}

// MetricFact marks a package-level variable that a metrics library
// reads back (published), for writers in other packages.
type MetricFact struct{}

// AFact marks MetricFact as an analysis fact.
func (*MetricFact) AFact() {}

func (*MetricFact) String() string { return "metric" }

// The categories of findings.
const (
	catRace      = "race"
	catInstance  = "instance"
	catUnbounded = "unbounded"
)

func category(race, unbounded bool) string {
	switch {
	case unbounded:
		return catUnbounded
	case race:
		return catRace
	}
	return catInstance
}

// normalise sorts writes, keeps one per variable and category (the
// shortest chain), bounds chains, and keeps at most maxWrites,
// unbounded and racy ones first. The result is deterministic.
func normalise(ws []Write) []Write {
	for i := range ws {
		ws[i].Via = summary.BoundChain(ws[i].Via)
	}
	type key struct {
		v               string
		race, unbounded bool
		keyFrom         int
		scratch         bool
		objKey          int
	}
	return walk.Normalise(ws, compareWrites, func(w Write) key { return key{w.Var, w.Race, w.Unbounded, w.KeyFrom, w.Scratch, w.ObjKey} }, maxWrites)
}

func compareWrites(a, b Write) int {
	return cmp.Or(
		-cmp.Compare(b2i(a.Unbounded), b2i(b.Unbounded)),
		-cmp.Compare(b2i(a.Race), b2i(b.Race)),
		cmp.Compare(len(a.Via), len(b.Via)),
		strings.Compare(a.Var, b.Var),
		strings.Compare(a.Kind, b.Kind),
		strings.Compare(a.Pos, b.Pos),
		slices.Compare(a.Via, b.Via),
	)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
