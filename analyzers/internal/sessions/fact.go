package sessions

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

// maxWrites bounds the writes a fact carries, whatever the code.
const maxWrites = 8

// writesFact tells the callers of a function in other packages which
// long-lived maps it writes and with what key: "writes map field
// Store.items of its receiver keyed by parameter 0". Returns holds the
// labels of its first result: a session identifier, a fresh token, or
// the parameters it passes through.
type writesFact struct {
	Writes  []factWrite
	Returns uint64
}

// factWrite is one map write, gob-safe.
type factWrite struct {
	Map    string // "Store.items", "sessions"
	Recv   bool   // the map hangs off the receiver; else a package-level variable
	Key    uint64 // labels: session, generated, parameter bits
	Writer string // "Store.Set"
	At     string // "store.go:12"
}

// AFact marks writesFact as an analysis fact.
func (*writesFact) AFact() {}

// String renders the fact for tests: "writes Store.items[recv] key(p0) in Store.Set; token".
func (f *writesFact) String() string {
	var parts []string
	for _, w := range f.Writes {
		where := "global"
		if w.Recv {
			where = "recv"
		}
		parts = append(parts, fmt.Sprintf("writes %s[%s] key(%s)", w.Map, where, labels(w.Key)))
	}
	if f.Returns != 0 {
		parts = append(parts, fmt.Sprintf("returns(%s)", labels(f.Returns)))
	}
	return strings.Join(parts, "; ")
}

// String renders labels: "session", "generated", "p0".
func (l labels) String() string {
	var parts []string
	if l&session != 0 {
		parts = append(parts, "session")
	}
	if l&generated != 0 {
		parts = append(parts, "generated")
	}
	for i := 0; i < maxParams; i++ {
		if l&paramLabel(i) != 0 {
			parts = append(parts, fmt.Sprintf("p%d", i))
		}
	}
	return strings.Join(parts, ",")
}

// factOf turns a function's open effects into a fact; nil when there
// is nothing to tell.
func factOf(pkg string, effects []*effect, returns labels) *writesFact {
	var ws []factWrite
	for _, e := range effects {
		if e.root == rootCaptured {
			continue
		}
		w := factWrite{Map: e.mapName, Recv: e.root == rootRecv, Key: uint64(e.key), Writer: e.writer, At: e.at}
		if !e.qualified {
			w.Map, w.Writer = pkg+"."+w.Map, pkg+"."+w.Writer
		}
		ws = append(ws, w)
	}
	if len(ws) == 0 && returns == 0 {
		return nil
	}
	ws = walk.Normalise(ws, compareWrites, func(w factWrite) factWrite { return w }, maxWrites)
	return &writesFact{Writes: ws, Returns: uint64(returns)}
}

func compareWrites(a, b factWrite) int {
	return cmp.Or(cmp.Compare(a.Map, b.Map), cmp.Compare(a.At, b.At), cmp.Compare(a.Key, b.Key), cmp.Compare(a.Writer, b.Writer), cmp.Compare(fmt.Sprint(a.Recv), fmt.Sprint(b.Recv)))
}

// effects turns a fact back into effects, for a call site.
func (f *writesFact) effects() []*effect {
	var out []*effect
	for _, w := range f.Writes {
		e := &effect{mapName: w.Map, root: rootGlobal, key: labels(w.Key), writer: w.Writer, at: w.At, qualified: true}
		if w.Recv {
			e.root = rootRecv
		}
		out = append(out, e)
	}
	return out
}
