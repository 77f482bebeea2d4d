// Package walk holds what every interprocedural pass of scalevet does
// over the function graph, written once: the memoised depth-first
// visit of a package's functions, the per-pass cache of facts imported
// for other packages' functions, the index of local definitions, and
// the way facts keep their lists (sorted, one per key, bounded) and
// render positions and witness chains.
package walk

import (
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
)

// Memo computes a summary of type S for each function of a package,
// once, depth first: a summary may ask for those of the functions its
// function calls. A function on a call cycle sees the cycle value for
// the functions still in progress, so a recursive summary is partial
// rather than endless.
type Memo[S any] struct {
	compute func(*funcgraph.Func) S
	cycle   S
	state   map[*funcgraph.Func]bool // false while in progress, true when done
	sums    map[*funcgraph.Func]S
}

// NewMemo returns a Memo that summarises a function with compute and
// answers cycle for a function whose summary is still being computed.
func NewMemo[S any](compute func(*funcgraph.Func) S, cycle S) *Memo[S] {
	return &Memo[S]{
		compute: compute,
		cycle:   cycle,
		state:   make(map[*funcgraph.Func]bool),
		sums:    make(map[*funcgraph.Func]S),
	}
}

// Of returns the summary of f, computing it on first use.
func (m *Memo[S]) Of(f *funcgraph.Func) S {
	done, seen := m.state[f]
	switch {
	case done:
		return m.sums[f]
	case seen:
		return m.cycle
	}
	m.state[f] = false
	s := m.compute(f)
	m.sums[f] = s
	m.state[f] = true
	return s
}

// Facts imports the facts of one type that other packages export on
// their objects, once per object and pass.
type Facts[T any, P interface {
	*T
	analysis.Fact
}] struct {
	pass *analysis.Pass
	m    map[types.Object]P
}

// NewFacts returns an empty cache of the facts of type *T for pass.
func NewFacts[T any, P interface {
	*T
	analysis.Fact
}](pass *analysis.Pass) *Facts[T, P] {
	return &Facts[T, P]{pass: pass, m: make(map[types.Object]P)}
}

// Of returns the fact exported on obj, or nil when there is none.
func (c *Facts[T, P]) Of(obj types.Object) P {
	if f, ok := c.m[obj]; ok {
		return f
	}
	var f P = new(T)
	if !c.pass.ImportObjectFact(obj, f) {
		f = nil
	}
	c.m[obj] = f
	return f
}

// Normalise makes a fact's list deterministic and small: it sorts xs
// with compare (stably), keeps the first element of each key, and at
// most max of them. An empty list becomes nil. xs is reused.
func Normalise[T any, K comparable](xs []T, compare func(a, b T) int, key func(T) K, max int) []T {
	if len(xs) == 0 {
		return nil
	}
	slices.SortStableFunc(xs, compare)
	seen := make(map[K]bool, len(xs))
	out := xs[:0]
	for _, x := range xs {
		k := key(x)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, x)
	}
	if len(out) > max {
		out = out[:max]
	}
	return slices.Clip(out)
}

// Pos renders a position as facts and messages name it: "orders.go:12".
func Pos(fset *token.FileSet, p token.Pos) string {
	posn := fset.Position(p)
	return filepath.Base(posn.Filename) + ":" + strconv.Itoa(posn.Line)
}

// DirPos renders a position with its directory, for messages read in
// another package: "web/orders.go:40".
func DirPos(fset *token.FileSet, p token.Pos) string {
	posn := fset.Position(p)
	return filepath.Base(filepath.Dir(posn.Filename)) + "/" + filepath.Base(posn.Filename) + ":" + strconv.Itoa(posn.Line)
}

// Chain renders a witness chain: the functions from the summarised one
// to the caller, then the expensive call and where it is made:
// "repo.Plans → (*sql.DB).Query at repo.go:12".
func Chain(via []string, callee, pos string) string {
	return strings.Join(via, " → ") + " → " + callee + " at " + pos
}
