package requestquery

import (
	"cmp"
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	directiveanalyzer "github.com/scalevet/scalevet/analyzers/directive"
	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/directive"
	"github.com/scalevet/scalevet/analyzers/internal/docs"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/report"
	"github.com/scalevet/scalevet/analyzers/internal/requestpath"
	"github.com/scalevet/scalevet/analyzers/internal/summary"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

//go:embed doc.go
var doc string

// Analyzer reports expensive queries per request: N+1 queries, writes
// in a loop, and unbounded reads on the request path.
var Analyzer = &analysis.Analyzer{
	Name:     "requestquery",
	Doc:      docs.Extract(doc, "requestquery"),
	URL:      "https://pkg.go.dev/github.com/scalevet/scalevet/analyzers/requestquery",
	Requires: []*analysis.Analyzer{directiveanalyzer.Analyzer, funcgraph.Analyzer, requestpath.Analyzer, summary.Analyzer},
	Run:      run,
	Flags:    flags(),
	// The causes reported, for a driver that merges one cause
	// reported in several packages.
	ResultType: reflect.TypeFor[*report.Causes](),
}

// The categories of findings.
const (
	catNPlusOne  = "nplusone"
	catWriteLoop = "writeloop"
	catUnbounded = "unbounded"
)

func run(pass *analysis.Pass) (any, error) {
	idx := pass.ResultOf[directiveanalyzer.Analyzer].(*directive.Index)
	rp := pass.ResultOf[requestpath.Analyzer].(*requestpath.Result)
	sum := pass.ResultOf[summary.Analyzer].(*summary.Result)
	r := report.New(pass, idx)
	c := &checker{pass: pass, rp: rp, sum: sum, r: r, repeated: make(map[string]map[string]bool)}
	c.joins(sum.Joins())
	for _, p := range rp.Promoted {
		c.promoted(p)
	}
	if len(rp.Entries) == 0 {
		return r.Finish(), nil
	}
	for _, e := range rp.Entries {
		var loop *loopCtx
		if e.PerElement != "" {
			loop = &loopCtx{in: e.Func, elem: e.PerElement, grows: true}
		}
		c.walk(e, e.Func, loop, 0, e.RequestParams(), make(map[visitKey]bool))
	}
	return r.Finish(), nil
}

type checker struct {
	pass *analysis.Pass
	rp   *requestpath.Result
	sum  *summary.Result
	r    *report.Reporter

	// repeated is, for each loop cause, the kinds of work it repeats.
	repeated map[string]map[string]bool
}

type visitKey struct {
	f             *funcgraph.Func
	loop          ast.Stmt
	fixed, params uint64
}

// loopCtx is the loop that repeats the code being walked: the site
// that the loop repeats, in the function that contains it.
type loopCtx struct {
	loop ast.Stmt
	in   *funcgraph.Func
	elem string // with no loop: the framework runs the entry once per element of a list of elem
	// grows says that the loop walks a collection shown to grow with
	// the data or the request (summary.Result.LoopGrows): what a remote
	// call repeated by it needs to be an N+1.
	grows bool
}

// walk visits f on the request path of entry e, inside loop (nil when
// no loop repeats it).
//
// fixed has a bit for each parameter of f (funcgraph.ParamIndex) that
// the call into f fills with a short literal: a loop of f over one of
// them runs a fixed few times, so loop still repeats what it does.
// params has a bit for each parameter of f that carries what the
// request carries.
func (c *checker) walk(e *requestpath.Entry, f *funcgraph.Func, loop *loopCtx, fixed, params uint64, seen map[visitKey]bool) {
	k := visitKey{f, nil, fixed, params}
	if loop != nil {
		k.loop = loop.loop
	}
	if seen[k] {
		return
	}
	seen[k] = true
	for _, s := range f.Sites {
		if s.Escapes {
			continue
		}
		l := loop
		if s.Loop != nil {
			if p := c.sum.LoopParam(s); p == 0 || p > 64 || fixed&(1<<uint(p-1)) == 0 {
				l = &loopCtx{loop: s.Loop, in: cmp.Or(s.LoopIn, f), grows: c.sum.LoopGrows(s, params)}
			}
		}
		if op, ok := c.sum.Direct(s); ok {
			c.direct(e, s, op, l)
		} else if ops := c.sum.Imported(s); ops != nil {
			c.imported(e, s, ops, l, params)
		}
		for _, op := range c.sum.Bound(s) {
			if op.Unbounded != "" && !small.Has(op) {
				// A wrapper of the database handle, given the query here.
				what, fix := unboundedWords(op.Unbounded)
				head := fmt.Sprintf("%s runs %s that %s (%s) on the request path of ", s.CalleeText(), queryText(op), what, op.Chain())
				c.report(s, catUnbounded, "", nil, e, head, "; "+fix, c.related(e, nil, nil, "")...)
			}
		}
		if c.rp.Follows(s) {
			c.walk(e, s.Target, l, funcgraph.ArgMask(c.pass.TypesInfo, s, fixed, func(i int, _ []ast.Expr) bool {
				return funcgraph.FewArgs(c.pass.TypesInfo, s.Call, s.Callee, i) // a loop over it runs a fixed few times
			}), funcgraph.ArgMask(c.pass.TypesInfo, s, params, func(_ int, args []ast.Expr) bool {
				return c.sum.ArgGrows(f, args, params)
			}), seen)
		}
	}
}

// repeatsIn reports whether op is a hazard when a loop repeats it that
// walks a collection that grows (grows) or not: a remote call only in
// the first (one round trip per configured provider is the service's
// design, one per row or requested id an N+1), other work as repeats
// says.
func repeatsIn(op summary.Op, grows bool) bool {
	switch op.Kind {
	case catalog.Remote, catalog.Cache:
		return grows && !op.Batched
	}
	return repeats(op)
}

// repeats reports whether an op is a hazard when a loop repeats it:
// reads, writes and marked expensive calls, but not batches, and not a
// prepared statement executed per row (the database/sql bulk-write
// idiom).
func repeats(op summary.Op) bool {
	switch op.Kind {
	case catalog.Query, catalog.Expensive:
		return !op.Batched
	case catalog.Exec:
		return !op.Batched && !op.Prepared
	}
	return false
}

func (c *checker) direct(e *requestpath.Entry, s *funcgraph.Site, op summary.Op, l *loopCtx) {
	if l != nil && repeatsIn(op, l.grows) {
		_, what, fix := loopWords(op)
		fix = perElementFix(l, fix)
		head := fmt.Sprintf("%s %s %s on the request path of ", cmp.Or(s.Written(), op.Callee), what, c.perLoop(s, l))
		tail := fmt.Sprintf("%s; %s", costMark(op, loopOver(c.pass.TypesInfo, l)), fix)
		c.reportLoop(s, op, "", l, e, head, tail, c.related(e, l, nil, "")...)
	}
	if op.Unbounded != "" && !small.Has(op) {
		what, fix := unboundedWords(op.Unbounded)
		head := fmt.Sprintf("%s %s on the request path of ", c.subject(s, op), what)
		c.report(s, catUnbounded, "", nil, e, head, "; "+fix, c.related(e, nil, nil, "")...)
	}
}

func (c *checker) imported(e *requestpath.Entry, s *funcgraph.Site, ops []summary.Op, l *loopCtx, params uint64) {
	callee := s.CalleeText()
	// An entry point of its own package (a controller that takes the
	// framework's context) is reported there: only a loop here around
	// the call is a cause of this package's.
	reported := c.sum.EntryCallee(s)
	loops := make(map[string]bool) // the callee's loops reported at s, by category
	// The work that names a loop first (loopRank): a loop that queries
	// and calls another service is named by its queries.
	ops = slices.Clone(ops)
	slices.SortStableFunc(ops, func(a, b summary.Op) int {
		return cmp.Compare(loopRank(b), loopRank(a))
	})
	for _, op := range ops {
		if !repeats(op) && !repeatsIn(op, true) {
			continue
		}
		cat, what, fix := loopWords(op)
		fix = perElementFix(l, fix)
		if l != nil && repeatsIn(op, l.grows) {
			// The loop here is the place to fix: a cause of its own, one
			// finding whatever the callee does inside it, named by its
			// queries and saying when it writes too.
			if cat == catNPlusOne && l.loop != nil && slices.ContainsFunc(ops, func(o summary.Op) bool { return o.AlsoWrites || o.Kind == catalog.Exec && repeats(o) }) {
				c.alsoWrites("repeat|loop@pos:" + c.pass.Fset.Position(l.loop.Pos()).String())
			}
			head := fmt.Sprintf("%s %s (%s) %s on the request path of ", callee, what, op.Chain(), c.perLoop(s, l))
			c.reportLoop(s, op, "", l, e, head, fmt.Sprintf("%s; %s", costMark(op, loopOver(c.pass.TypesInfo, l)), fix), c.related(e, l, s.Callee, op.Chain())...)
			break
		}
		// The callee's loop repeats a remote call when what it walks
		// grows: shown there, or a parameter that this call fills with
		// what the request carries.
		grows := op.LoopGrows || op.LoopFrom > 0 && op.LoopFrom <= 64 && params&(1<<uint(op.LoopFrom-1)) != 0
		if op.Loop != "" && repeatsIn(op, grows) && !loops[cat+op.Loop+op.LoopIn] && !reported {
			// A loop in the callee (or in any implementation of an
			// interface it calls): every call that reaches it is one
			// cause, and each such loop is a place to fix.
			loops[cat+op.Loop+op.LoopIn] = true
			if op.AlsoWrites {
				c.alsoWrites("repeat|loop@" + op.Loop + " in " + op.LoopIn)
			}
			head := fmt.Sprintf("%s %s %s (%s) on the request path of ", callee, what, itsLoop(op), op.Chain())
			c.reportLoop(s, op, "loop@"+op.Loop+" in "+op.LoopIn, nil, e, head, fmt.Sprintf("%s; %s", costMark(op, ""), fix), c.related(e, nil, s.Callee, op.Chain())...)
		}
	}
	for _, op := range ops {
		if op.Unbounded == "" || small.Has(op) || reported {
			continue
		}
		what, fix := unboundedWords(op.Unbounded)
		head := fmt.Sprintf("%s runs %s that %s (%s) on the request path of ", callee, queryText(op), what, op.Chain())
		c.report(s, catUnbounded, readCause(op), nil, e, head, "; "+fix, c.related(e, nil, s.Callee, op.Chain())...)
	}
}

// report reports a hazard once per cause: the operation in another
// package that every call reaching it shares (cause), or, when cause is
// "", the site itself. The operations repeated by one loop l of this
// package are one cause too, whether they read or write: the loop is
// the place to fix. Its message is head, the entry points that reach
// it, and tail; when the loop also repeats the other kind of work, the
// message says so.
func (c *checker) report(s *funcgraph.Site, cat, cause string, l *loopCtx, e *requestpath.Entry, head, tail string, related ...analysis.RelatedInformation) {
	c.reportRanked(s, cat, 0, cause, l, e, head, tail, related...)
}

// reportLoop reports op repeated by a loop, as report does, ranked by
// loopRank.
func (c *checker) reportLoop(s *funcgraph.Site, op summary.Op, cause string, l *loopCtx, e *requestpath.Entry, head, tail string, related ...analysis.RelatedInformation) {
	cat, _, _ := loopWords(op)
	c.reportRanked(s, cat, loopRank(op), cause, l, e, head, tail, related...)
}

// loopRank orders the work a loop repeats for the one finding of the
// loop: its queries name it, else its writes, else its remote calls.
func loopRank(op summary.Op) int {
	switch op.Kind {
	case catalog.Remote, catalog.Cache:
		return 0
	case catalog.Exec:
		return 1
	}
	return 2
}

func (c *checker) reportRanked(s *funcgraph.Site, cat string, rank int, cause string, l *loopCtx, e *requestpath.Entry, head, tail string, related ...analysis.RelatedInformation) {
	var keys []string
	switch {
	case cause == "":
		keys = append(keys, cat+"|site@pos:"+c.pass.Fset.Position(s.Pos()).String())
	case strings.HasPrefix(cause, "loop@"):
		keys = append(keys, "repeat|"+cause)
	default:
		keys = append(keys, cat+"|"+cause)
	}
	if l != nil && l.loop != nil {
		keys = append(keys, "repeat|loop@pos:"+c.pass.Fset.Position(l.loop.Pos()).String())
	}
	c.emit(keys, rank, analysis.Diagnostic{Pos: s.Pos(), End: s.Expr().End(), Category: cat, Related: related}, e.Func.Name, head, tail)
}

// emit reports d once per cause (keys), on the request path of entry,
// in the words head, the entry points, tail. The last key of a loop
// finding names the loop: one loop that reads and writes is one
// finding, an N+1 first, whose message says it also writes.
func (c *checker) emit(keys []string, rank int, d analysis.Diagnostic, entry, head, tail string) {
	cat := d.Category
	also := func() string { return "" }
	if cat == catNPlusOne || cat == catWriteLoop {
		loop := keys[len(keys)-1]
		if c.repeated[loop] == nil {
			c.repeated[loop] = make(map[string]bool)
		}
		kinds := c.repeated[loop]
		kinds[cat] = true
		also = func() string { return alsoWords(cat, kinds) }
	}
	c.r.ReportCauses(keys, rank, d, entry, func(who string) string { return head + who + tail + also() })
}

// alsoWrites records that the loop of cause key also writes: a
// summary's query stands for the loop's writes too.
func (c *checker) alsoWrites(key string) {
	if c.repeated[key] == nil {
		c.repeated[key] = make(map[string]bool)
	}
	c.repeated[key][catWriteLoop] = true
}

// alsoWords names the writes of a loop reported as an N+1 (the query
// gives the finding its category; the loop is one place to fix).
func alsoWords(cat string, kinds map[string]bool) string {
	if cat == catNPlusOne && kinds[catWriteLoop] {
		return "; it also writes once per iteration: batch the writes"
	}
	return ""
}

// related points at the loop, the handler and the callee.
func (c *checker) related(e *requestpath.Entry, l *loopCtx, callee *types.Func, chain string) []analysis.RelatedInformation {
	var rel []analysis.RelatedInformation
	if l != nil && l.loop != nil {
		rel = append(rel, analysis.RelatedInformation{Pos: l.loop.Pos(), Message: "the loop that repeats it, in " + l.in.Name})
	}
	rel = append(rel, e.Related())
	if callee != nil && callee.Pos().IsValid() {
		rel = append(rel, analysis.RelatedInformation{Pos: callee.Pos(), Message: "the callee: " + chain})
	}
	return rel
}

// loopWords returns the category, the verb phrase and the fix for an
// operation repeated in a loop.
func loopWords(op summary.Op) (cat, what, fix string) {
	switch op.Kind {
	case catalog.Exec:
		return catWriteLoop, "writes", "batch the writes (a multi-row INSERT, COPY, or the ORM's CreateInBatches/InsertMany)"
	case catalog.Expensive:
		return catNPlusOne, "runs an expensive operation", "batch the work or move it out of the loop"
	case catalog.Remote:
		return catNPlusOne, "calls another service", "use the API's batch or multi-get form, or make the calls concurrently with a limit"
	case catalog.Cache:
		return catNPlusOne, "calls the cache", "fetch or write the keys in one round trip (MGET, HMGET, MSET, or a pipeline)"
	}
	return catNPlusOne, "runs a query", "fetch all rows in one query (WHERE id IN (...) or = ANY($1), a JOIN, or the ORM's Preload)"
}

// costMark states what a loop that repeats op costs, in plain terms:
// " (N+1: 100 elements of orders mean 100 queries instead of 1)". over
// names what the loop goes through (loopOver), "" when it is not known
// here.
func costMark(op summary.Op, over string) string {
	if over == "" && op.LoopRows {
		over = "rows"
	}
	n := "100 " + cmp.Or(over, "elements")
	switch op.Kind {
	case catalog.Exec:
		return fmt.Sprintf(" (%s mean 100 writes instead of 1)", n)
	case catalog.Expensive:
		return fmt.Sprintf(" (N+1: %s mean 100 calls instead of 1)", n)
	case catalog.Remote, catalog.Cache:
		return fmt.Sprintf(" (N+1: %s mean 100 round trips instead of 1)", n)
	}
	return fmt.Sprintf(" (N+1: %s mean 100 queries instead of 1)", n)
}

// loopOver names what the loop l goes through, when that is short to
// write: "elements of orders" (a range over orders or req.IDs), "rows"
// (for rows.Next()), "elements of the list of Album" (a GraphQL list);
// "" otherwise.
func loopOver(info *types.Info, l *loopCtx) string {
	if l == nil {
		return ""
	}
	if l.loop == nil {
		return "elements of the list of " + l.elem
	}
	switch loop := l.loop.(type) {
	case *funcgraph.RowLoop:
		return "rows"
	case *ast.RangeStmt:
		switch x := ast.Unparen(loop.X).(type) {
		case *ast.Ident, *ast.SelectorExpr:
			if t := info.TypeOf(x); t != nil {
				if _, ok := t.Underlying().(*types.Basic); ok {
					return "" // for i := range n: a count, not a list
				}
			}
			if text := types.ExprString(x); len(text) <= 32 {
				return "elements of " + text
			}
		}
	case *ast.ForStmt:
		if call, ok := ast.Unparen(loop.Cond).(*ast.CallExpr); ok && len(call.Args) == 0 {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Next" && scans(info.TypeOf(sel.X)) {
				return "rows" // for rows.Next() { rows.Scan(...) }
			}
		}
	}
	return ""
}

// unboundedWords returns the hazard and the fix for an unbounded read.
func unboundedWords(reason string) (what, fix string) {
	switch reason {
	case "COUNT over the whole table":
		return "counts every row of the table", "its cost grows with the table; keep a running count or cache it"
	case "ORDER BY RANDOM()":
		return "sorts the whole table to pick at random (ORDER BY RANDOM())", "its cost grows with the table; pick random keys in the application instead"
	case "empty filter, no limit":
		return "reads the whole collection (empty filter, no limit)", "its cost grows with the collection; add a filter or a limit and paginate"
	case "COUNT over the whole collection":
		return "counts every document of the collection", "its cost grows with the collection; use EstimatedDocumentCount or keep a count"
	}
	return "reads the whole table (" + reason + ")", "its cost grows with the table; add a WHERE or a LIMIT and paginate"
}

// queryText names a query in another package: its SQL text, or "a query".
func queryText(op summary.Op) string {
	if op.SQL != "" {
		return fmt.Sprintf("query %q", op.SQL)
	}
	return "a query"
}

// subject names an unbounded read: its SQL text, or its call.
func (c *checker) subject(s *funcgraph.Site, op summary.Op) string {
	if op.SQL != "" {
		return fmt.Sprintf("query %q", op.SQL)
	}
	return cmp.Or(s.Written(), op.Callee)
}

// perLoop says how often the loop l repeats the work at s: "once per
// iteration of this loop" when it is around the reported site, else
// where it is; "once per row of the ORM call ..." for the rows whose
// model hook an ORM call runs (funcgraph.RowLoop).
func (c *checker) perLoop(s *funcgraph.Site, l *loopCtx) string {
	if l.loop == nil {
		return fmt.Sprintf("once per iteration of the list of %s that GraphQL resolves %s for", l.elem, l.in.Name)
	}
	if _, ok := l.loop.(*funcgraph.RowLoop); ok {
		if l.in == s.Func && s.Loop == l.loop {
			return "once per row of this ORM call"
		}
		return fmt.Sprintf("once per row of the ORM call in %s at %s", l.in.Name, walk.Pos(c.pass.Fset, l.loop.Pos()))
	}
	if l.in == s.Func && s.Loop == l.loop {
		return "once per iteration of this loop"
	}
	return fmt.Sprintf("once per iteration of the loop in %s at %s", l.in.Name, walk.Pos(c.pass.Fset, l.loop.Pos()))
}

// itsLoop says how often a loop of a callee in another package repeats
// op: "once per iteration of its loop at orders.go:30", or, for the
// rows whose model hook an ORM call runs, "once per row of its ORM
// call at orders.go:30".
func itsLoop(op summary.Op) string {
	if op.LoopRows {
		return "once per row of its ORM call at " + op.Loop
	}
	return "once per iteration of its loop at " + op.Loop
}

// promoted reports what an entry point of another package does, which
// a type of this package exposes by embedding it (a domain's resolver
// in the root resolver): its package could not know it for one. The
// finding is at the embedded field, and names the place to fix in the
// entry's package; a cause that another package reports too (the
// standalone binary merges them) is one finding.
func (c *checker) promoted(p *requestpath.Promoted) {
	ops := c.sum.OfImported(p.Method)
	if len(ops) == 0 {
		return
	}
	entry := p.Name()
	rel := []analysis.RelatedInformation{p.Related()}
	loops := make(map[string]bool)
	for _, op := range ops {
		cat, what, fix := loopWords(op)
		var key, head, tail string
		switch {
		case op.Loop != "":
			// The entry's parameters are the request's.
			if !repeatsIn(op, op.LoopGrows || op.LoopFrom > 1) || loops[op.Loop+" in "+op.LoopIn] {
				continue
			}
			loops[op.Loop+" in "+op.LoopIn] = true
			key = "repeat|loop@" + op.Loop + " in " + op.LoopIn
			if op.AlsoWrites {
				c.alsoWrites(key)
			}
			head = fmt.Sprintf("%s %s %s (%s) on the request path of ", entry, what, itsLoop(op), op.Chain())
			tail = fmt.Sprintf("%s; fix it at %s: %s", costMark(op, ""), op.Loop, fix)
		case p.PerElement != "" && repeatsIn(op, true):
			key = "repeat|elem@" + entry
			if loops[key] {
				continue
			}
			loops[key] = true
			head = fmt.Sprintf("%s %s (%s) once per element of the list of %s that GraphQL resolves it for, on the request path of ", entry, what, op.Chain(), p.PerElement)
			tail = fmt.Sprintf("%s; load the field for the whole list at once with a dataloader, or %s", costMark(op, ""), fix)
		default:
			continue
		}
		c.emit([]string{key}, loopRank(op), analysis.Diagnostic{Pos: p.Pos, Category: cat, Related: rel}, entry, head, tail)
	}
	for _, op := range ops {
		if op.Unbounded == "" || small.Has(op) {
			continue
		}
		what, fix := unboundedWords(op.Unbounded)
		head := fmt.Sprintf("%s runs %s that %s (%s) on the request path of ", entry, queryText(op), what, op.Chain())
		c.emit([]string{catUnbounded + "|" + readCause(op)}, 0, analysis.Diagnostic{Pos: p.Pos, Category: catUnbounded, Related: rel}, entry, head, "; "+fix)
	}
}

// joins reports the interface calls of entry points in other packages
// that first meet, in this package, an implementation doing the work:
// the handler's package could not see the implementation, so the
// finding is reported here, where it is wired in, and names the place
// in the handler's package to fix. One finding per interface call and
// loop, however many entry points reach it.
func (c *checker) joins(joins []summary.Join) {
	for _, j := range joins {
		entry := j.Call.Entry
		if n := j.Call.Entries - 1; n > 0 {
			entry = fmt.Sprintf("%s (and %d more)", entry, n)
		}
		c.join(j, entry)
	}
}

func (c *checker) join(j summary.Join, entry string) {
	subject := j.Subject()
	call := j.CallName()
	chain := j.Chain
	// One finding per loop, whatever it repeats: the loop around the
	// interface call, or each loop of the implementations. A loop is
	// one cause wherever it is reached from (another join, or a direct
	// call in another package that the standalone binary merges).
	first := make(map[string]summary.Op)
	var loops []string
	parallel := parallelLoops(j)
	for _, op := range j.Ops {
		loop, grows := j.Call.Loop, j.Call.LoopGrows
		if loop == "" && op.Loop != "" {
			loop, grows = op.Loop+" in "+op.LoopIn, op.LoopGrows // the key of imported
		}
		if loop == "" || !repeatsIn(op, grows) {
			continue
		}
		key := "repeat|loop@" + loop
		if c.repeated[key] == nil {
			c.repeated[key] = make(map[string]bool)
		}
		kinds := c.repeated[key]
		cat, _, _ := loopWords(op)
		if _, ok := first[loop]; !ok {
			loops = append(loops, loop)
		}
		if prev, ok := first[loop]; !ok || loopRank(op) > loopRank(prev) {
			first[loop] = op // the first query, else the first write, else the first remote call
		}
		kinds[cat] = true
		if op.AlsoWrites {
			kinds[catWriteLoop] = true
		}
	}
	for _, loop := range loops {
		op := first[loop]
		key := "repeat|loop@" + loop
		cat, what, fix := loopWords(op)
		words := func(who string) string {
			return fmt.Sprintf("%s %s %s on the request path of %s, through the interface call %s at %s (%s)%s; %s%s",
				subject, what, itsLoop(op), who, call, j.Call.Pos, chain(op), costMark(op, ""), fix, alsoWords(cat, c.repeated[key]))
		}
		if j.Call.Loop != "" {
			words = func(who string) string {
				return fmt.Sprintf("%s %s once per iteration of the loop at %s on the request path of %s, through the interface call %s at %s (%s)%s; fix it at %s: %s%s",
					subject, what, j.Call.Loop, who, call, j.Call.Pos, chain(op), costMark(op, ""), j.Call.Loop, fix, alsoWords(cat, c.repeated[key]))
			}
		}
		keys := []string{key}
		if k, ok := parallel[loop]; ok {
			keys = append(keys, k)
		}
		c.r.ReportCauses(keys, loopRank(op), analysis.Diagnostic{Pos: j.Pos, End: j.End, Category: cat}, entry, words)
	}
	for _, op := range j.Ops {
		if op.Unbounded == "" || small.Has(op) {
			continue
		}
		what, fix := unboundedWords(op.Unbounded)
		// One read is one cause, whichever interface calls reach it.
		key := catUnbounded + "|" + readCause(op)
		c.r.ReportCauses([]string{key}, 0, analysis.Diagnostic{Pos: j.Pos, End: j.End, Category: catUnbounded}, entry, func(who string) string {
			return fmt.Sprintf("%s runs %s that %s through the interface call %s at %s on the request path of %s (%s); %s",
				subject, queryText(op), what, call, j.Call.Pos, who, chain(op), fix)
		})
		break
	}
}

// parallelLoops keys the loops of j's implementations so that the same
// loop of parallel implementations (one per database driver, each with
// its own copy of the method) is one cause: the n-th loop, in source
// order, of the function of the same name (its package and the
// implementation's type left out) in each implementation. The message
// names the implementations.
func parallelLoops(j summary.Join) map[string]string {
	if len(j.Impls) < 2 || j.Call.Loop != "" {
		return nil
	}
	byFunc := make(map[string][]string) // LoopIn → its distinct loops
	for _, op := range j.Ops {
		if op.Loop == "" || op.LoopIn == "" {
			continue
		}
		l := op.Loop + " in " + op.LoopIn
		if !slices.Contains(byFunc[op.LoopIn], l) {
			byFunc[op.LoopIn] = append(byFunc[op.LoopIn], l)
		}
	}
	// The implementations' type names: "(*pg.OrderRepo)" → "OrderRepo".
	var types []string
	for _, im := range j.Impls {
		im = strings.Trim(im, "(*)")
		types = append(types, im[strings.LastIndex(im, ".")+1:])
	}
	out := make(map[string]string)
	for in, ls := range byFunc {
		slices.SortFunc(ls, func(a, b string) int { return cmp.Compare(posLine(a), posLine(b)) })
		name := in[strings.LastIndex(in, "/")+1:] // mysql.DB.Apply
		name = name[strings.Index(name, ".")+1:]  // DB.Apply
		for _, t := range types {
			if rest, ok := strings.CutPrefix(name, t+"."); ok {
				name = rest // Apply: the method, whatever its type's name
				break
			}
		}
		for i, l := range ls {
			out[l] = fmt.Sprintf("repeat|parallel@%s.%s %s#%d", j.Call.Iface, j.Call.Method, name, i)
		}
	}
	return out
}

// posLine returns the line of a "file.go:12 in f" loop.
func posLine(loop string) int {
	pos, _, _ := strings.Cut(loop, " ")
	_, line, _ := strings.Cut(pos, ":")
	n, _ := strconv.Atoi(line)
	return n
}

// readCause names a read of another package as a cause: one read
// reached directly or through interface calls is one finding.
func readCause(op summary.Op) string { return op.Callee + "@" + op.Pos + " " + op.SQL }

// perElementFix puts the GraphQL remedy first when the framework, not a
// loop, repeats the work.
func perElementFix(l *loopCtx, fix string) string {
	if l != nil && l.loop == nil {
		return "load the field for the whole list at once with a dataloader, or " + fix
	}
	return fix
}

// scans reports whether t has a Scan method: a result set's rows
// (database/sql, pgx, sqlx, gorm's).
func scans(t types.Type) bool {
	if t == nil {
		return false
	}
	if _, ok := types.Unalias(t).(*types.Pointer); !ok && !types.IsInterface(t) {
		t = types.NewPointer(t)
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Scan")
	_, ok := obj.(*types.Func)
	return ok
}
