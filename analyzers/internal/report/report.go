// Package report is the one door through which scalevet analyzers
// report diagnostics. It applies the common policy, the same under
// every driver (scalevet, go vet, gopls, golangci-lint, nogo):
//
//   - no diagnostics in generated files or _test.go files (facts are
//     still computed there, so callers in tests are summarised);
//   - //scalevet:ignore NAME -- reason on the diagnostic's line or the
//     line above, and //scalevet:file-ignore NAME -- reason, suppress;
//   - a suppression that suppressed nothing is itself reported by
//     Finish, so stale ones do not pile up;
//   - the same diagnostic at the same position is reported once;
//     through ReportCause(s) a hazard is reported once per cause,
//     however many entry points and call sites reach it, and through
//     ReportFirst only the first of a category at a position, so that
//     analyzers need no de-duplication of their own.
package report

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/scalevet/scalevet/analyzers/internal/directive"
)

// Reporter reports one analyzer's diagnostics for one pass.
type Reporter struct {
	pass *analysis.Pass
	idx  *directive.Index
	skip map[*token.File]bool // generated or test files
	used map[*directive.Entry]bool
	seen map[key]bool

	causes map[string]*cause // ReportCause, flushed by Finish
	order  []*cause
}

// cause is every occurrence of one hazard that ReportCause was given.
type cause struct {
	d       analysis.Diagnostic // the representative: highest rank, first reported
	rank    int
	words   func(who string) string
	entries []string
	seen    map[string]bool
	pos     []token.Pos // every position, for the earliest and Related
	ends    map[token.Pos]token.Pos
	ranks   map[token.Pos]int // the highest rank of an occurrence at each position
	keys    []string          // every key that identifies it
	into    *cause            // merged into another cause (ReportCauses)
}

type key struct {
	pos      token.Pos
	category string
	message  string
}

// New returns a Reporter for pass, reading suppressions from idx.
func New(pass *analysis.Pass, idx *directive.Index) *Reporter {
	r := &Reporter{
		pass: pass,
		idx:  idx,
		skip: make(map[*token.File]bool),
		used: make(map[*directive.Entry]bool),
		seen: make(map[key]bool),
	}
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.FileStart)
		if tf != nil && (ast.IsGenerated(f) || strings.HasSuffix(tf.Name(), "_test.go")) {
			r.skip[tf] = true
		}
	}
	return r
}

// Report reports d unless policy drops it.
func (r *Reporter) Report(d analysis.Diagnostic) {
	r.report(d, key{d.Pos, d.Category, d.Message})
}

// ReportFirst reports d unless policy drops it or ReportFirst already
// reported a diagnostic of its category at its position: a hazard
// reached from several entry points is reported once, in the words of
// the first to reach it.
func (r *Reporter) ReportFirst(d analysis.Diagnostic) {
	r.report(d, key{d.Pos, d.Category, ""})
}

func (r *Reporter) report(d analysis.Diagnostic, k key) {
	tf := r.pass.Fset.File(d.Pos)
	if tf == nil || r.skip[tf] {
		return
	}
	if r.seen[k] {
		return
	}
	r.seen[k] = true
	if e := r.suppressor(tf, tf.Line(d.Pos)); e != nil {
		r.used[e] = true
		return
	}
	r.pass.Report(d)
}

// suppressor returns the directive that suppresses a diagnostic of this
// analyzer at line, or nil.
func (r *Reporter) suppressor(tf *token.File, line int) *directive.Entry {
	name := r.pass.Analyzer.Name
	for _, e := range r.idx.Ignores(tf) {
		if !e.Names(name) {
			continue
		}
		if e.Verb == directive.FileIgnore || e.Line == line || e.Line == line-1 {
			return e
		}
	}
	return nil
}

// ReportCause reports one hazard, whatever the number of entry points
// and call sites that reach it: a query in a helper, or a global written
// by a helper, that many handlers reach is one cause, and one finding
// per package. Every occurrence of the cause (its key, chosen by the
// analyzer: the variable, the operation and its loop) is given here with
// the entry point it is on; Finish reports it once, at the earliest
// position in source order (the hazard itself when it is in the
// package, else the first call that leads to it), with words(who)
// naming every entry point ("ListOrders", "Home, About and 12 more")
// and the other positions as related information. When occurrences
// differ in severity, the one of highest rank gives the category, the
// words and the position (the earliest of that rank).
func (r *Reporter) ReportCause(key string, rank int, d analysis.Diagnostic, entry string, words func(who string) string) {
	r.ReportCauses([]string{key}, rank, d, entry, words)
}

// ReportCauses is ReportCause for an occurrence that several keys
// identify: occurrences that share any key are one cause (the same
// operation reached through different functions, or different
// operations inside the same function called).
func (r *Reporter) ReportCauses(keys []string, rank int, d analysis.Diagnostic, entry string, words func(who string) string) {
	if r.causes == nil {
		r.causes = make(map[string]*cause)
	}
	var c *cause
	for _, k := range keys {
		x := r.causes[k]
		for x != nil && x.into != nil {
			x = x.into
		}
		switch {
		case x == nil || x == c:
		case c == nil:
			c = x
		default:
			c.absorb(x)
		}
	}
	if c == nil {
		c = &cause{d: d, rank: rank, words: words, seen: make(map[string]bool), ends: make(map[token.Pos]token.Pos), ranks: make(map[token.Pos]int)}
		r.order = append(r.order, c)
	} else if rank > c.rank {
		c.d, c.rank, c.words = d, rank, words
	}
	c.keys = append(c.keys, keys...) // sorted and compacted by flushCauses
	for _, k := range keys {
		r.causes[k] = c
	}
	c.add(entry, d.Pos, d.End, rank)
}

func (c *cause) add(entry string, pos, end token.Pos, rank int) {
	if !c.seen[entry] {
		c.seen[entry] = true
		c.entries = append(c.entries, entry)
	}
	if _, ok := c.ends[pos]; !ok {
		c.ends[pos] = end
		c.pos = append(c.pos, pos)
	}
	c.ranks[pos] = max(c.ranks[pos], rank)
}

// absorb merges x into c: x is reported as part of c.
func (c *cause) absorb(x *cause) {
	x.into = c
	c.keys = append(c.keys, x.keys...)
	if x.rank > c.rank {
		c.d, c.rank, c.words = x.d, x.rank, x.words
	}
	for _, e := range x.entries {
		if !c.seen[e] {
			c.seen[e] = true
			c.entries = append(c.entries, e)
		}
	}
	for _, p := range x.pos {
		if _, ok := c.ends[p]; !ok {
			c.ends[p] = x.ends[p]
			c.pos = append(c.pos, p)
		}
		c.ranks[p] = max(c.ranks[p], x.ranks[p])
	}
}

// Who names entry points for a message: "A", "A and B", "A, B and C",
// "A, B, C and 14 more".
func Who(entries []string) string {
	const shown = 3
	switch n := len(entries); {
	case n == 0:
		return ""
	case n == 1:
		return entries[0]
	case n <= shown:
		return strings.Join(entries[:n-1], ", ") + " and " + entries[n-1]
	default:
		return fmt.Sprintf("%s and %d more", strings.Join(entries[:shown], ", "), n-shown)
	}
}

// flushCauses reports each cause once, in source order, and returns
// what was reported. Two causes may come to one position (two
// variables written, two caches missing, behind one call): they are two
// findings there, each naming its own.
//
// A cause is reported at the earliest of its positions where an
// occurrence of the highest rank is (the racy write, not the locked one
// above it), leaving out generated and test files; it is suppressed by a
// directive at any of its positions, since every one of them is the
// same finding.
func (r *Reporter) flushCauses() *Causes {
	before := func(a, b token.Pos) int {
		pa, pb := r.pass.Fset.Position(a), r.pass.Fset.Position(b)
		return cmp.Or(cmp.Compare(pa.Filename, pb.Filename), cmp.Compare(pa.Offset, pb.Offset))
	}
	r.order = slices.DeleteFunc(r.order, func(c *cause) bool { return c.into != nil })
	for _, c := range r.order {
		c.pos = slices.DeleteFunc(c.pos, func(p token.Pos) bool {
			tf := r.pass.Fset.File(p)
			return tf == nil || r.skip[tf]
		})
		slices.SortFunc(c.pos, before)
		top := -1
		for i, p := range c.pos {
			if top < 0 || c.ranks[p] > c.ranks[c.pos[top]] {
				top = i
			}
		}
		if top > 0 { // the representative first, the others in order
			p := c.pos[top]
			copy(c.pos[1:top+1], c.pos[:top])
			c.pos[0] = p
		}
	}
	r.order = slices.DeleteFunc(r.order, func(c *cause) bool { return len(c.pos) == 0 || r.suppressed(c) })
	slices.SortStableFunc(r.order, func(a, b *cause) int { return before(a.pos[0], b.pos[0]) })
	out := &Causes{keys: make(map[Cause][]string), entries: make(map[Cause][]string)}
	for _, c := range r.order {
		d := c.d
		d.Pos, d.End = c.pos[0], c.ends[c.pos[0]]
		d.Message = c.words(Who(c.entries))
		const maxRelated = 8
		for i, p := range c.pos[1:] {
			if i == maxRelated {
				break
			}
			d.Related = append(slices.Clip(d.Related), analysis.RelatedInformation{Pos: p, End: c.ends[p], Message: "the same cause, also reached here"})
		}
		out.keys[Cause{d.Pos, d.Category, d.Message}] = slices.Compact(slices.Sorted(slices.Values(c.keys)))
		out.entries[Cause{d.Pos, d.Category, d.Message}] = c.entries
		r.Report(d)
	}
	r.causes, r.order = nil, nil
	return out
}

// suppressed reports whether a directive suppresses c at any of its
// positions, and marks the directives that do as used.
func (r *Reporter) suppressed(c *cause) bool {
	found := false
	for _, p := range c.pos {
		tf := r.pass.Fset.File(p)
		if e := r.suppressor(tf, tf.Line(p)); e != nil {
			r.used[e] = true
			found = true
		}
	}
	return found
}

// A Cause is a finding given to ReportCause(s), as reported: two
// causes may share a position and a category, not a message.
type Cause struct {
	Pos      token.Pos
	Category string
	Message  string
}

// Causes is what Finish returns: the keys of the cause each finding of
// ReportCause(s) was reported for. A pass returns it as its result, so
// that a driver that sees the whole program (the scalevet binary) can
// merge one cause reported in several packages, which a driver that
// analyses a package at a time cannot. Keys are the analyzer's own:
// equal keys in two packages are the same cause.
type Causes struct {
	keys    map[Cause][]string
	entries map[Cause][]string
}

// CauseEntries returns the entry points that reach the finding
// reported at pos in category with message, as the analyzer named them
// (the handlers its message counts), or nil. A nil *Causes has none.
func (cs *Causes) CauseEntries(pos token.Pos, category, message string) []string {
	if cs == nil {
		return nil
	}
	return cs.entries[Cause{pos, category, message}]
}

// EachCause calls f for each finding reported through ReportCause(s),
// in no particular order, so that a driver that gets the findings back
// as text (scalevet -cache, through go vet -json) can ask for their keys
// and entry points. A nil *Causes has none.
func (cs *Causes) EachCause(f func(pos token.Pos, category, message string)) {
	if cs == nil {
		return
	}
	seen := make(map[Cause]bool)
	for _, m := range []map[Cause][]string{cs.keys, cs.entries} {
		for c := range m {
			if !seen[c] {
				seen[c] = true
				f(c.Pos, c.Category, c.Message)
			}
		}
	}
}

// CauseKeys returns the keys of the finding reported at pos in
// category with message, or nil. A nil *Causes has none.
func (cs *Causes) CauseKeys(pos token.Pos, category, message string) []string {
	if cs == nil {
		return nil
	}
	return cs.keys[Cause{pos, category, message}]
}

// Finish reports the causes given to ReportCause, then the
// suppressions for this analyzer that suppressed nothing, and returns
// the causes reported, for the pass's result. Call it once, after the
// last Report.
func (r *Reporter) Finish() *Causes {
	causes := r.flushCauses()
	name := r.pass.Analyzer.Name
	for _, f := range r.pass.Files {
		tf := r.pass.Fset.File(f.FileStart)
		if tf == nil || r.skip[tf] {
			continue
		}
		for _, e := range r.idx.Ignores(tf) {
			if e.Names(name) && !r.used[e] {
				r.pass.Report(analysis.Diagnostic{
					Pos:      e.Pos,
					Category: "stale-directive",
					Message:  "//scalevet:" + e.Verb.String() + " " + name + " suppresses nothing; remove it, or move it onto the line of the finding or the line above",
				})
			}
		}
	}
	return causes
}
