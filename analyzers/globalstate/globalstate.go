package globalstate

import (
	_ "embed"
	"fmt"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"

	directiveanalyzer "github.com/scalevet/scalevet/analyzers/directive"
	"github.com/scalevet/scalevet/analyzers/internal/directive"
	"github.com/scalevet/scalevet/analyzers/internal/docs"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/report"
	"github.com/scalevet/scalevet/analyzers/internal/requestpath"
)

//go:embed doc.go
var doc string

// Analyzer reports writes to package-level state on the request path.
var Analyzer = &analysis.Analyzer{
	Name:     "globalstate",
	Doc:      docs.Extract(doc, "globalstate"),
	URL:      "https://pkg.go.dev/github.com/scalevet/scalevet/analyzers/globalstate",
	Requires: []*analysis.Analyzer{directiveanalyzer.Analyzer, funcgraph.Analyzer, requestpath.Analyzer, Facts},
	Run:      run,
	// The causes reported, for a driver that merges one cause
	// reported in several packages.
	ResultType: reflect.TypeFor[*report.Causes](),
}

func run(pass *analysis.Pass) (any, error) {
	idx := pass.ResultOf[directiveanalyzer.Analyzer].(*directive.Index)
	rp := pass.ResultOf[requestpath.Analyzer].(*requestpath.Result)
	res := pass.ResultOf[Facts].(*Result)
	r := report.New(pass, idx)
	c := &checker{pass: pass, rp: rp, res: res, r: r}
	for _, e := range rp.Entries {
		c.walk(e, e.Func, nil, false, make(map[visitKey]bool))
	}
	return r.Finish(), nil
}

type checker struct {
	pass *analysis.Pass
	rp   *requestpath.Result
	res  *Result
	r    *report.Reporter
}

type visitKey struct {
	f      *funcgraph.Func
	locked bool
}

// walk visits f on the request path of entry e, reached through chain
// (the local functions from e to f's caller), with a lock held by a
// caller when locked.
func (c *checker) walk(e *requestpath.Entry, f *funcgraph.Func, chain []string, locked bool, seen map[visitKey]bool) {
	k := visitKey{f, locked}
	if seen[k] {
		return
	}
	seen[k] = true
	for _, it := range c.res.items[f] {
		c.report(e, chain, it, locked)
	}
	next := append(chain[:len(chain):len(chain)], f.Name)
	for _, s := range f.Sites {
		if c.res.skip[s] || !c.rp.Follows(s) {
			continue
		}
		c.walk(e, s.Target, next, locked || c.res.locked[s], seen)
	}
}

func (c *checker) report(e *requestpath.Entry, chain []string, it item, locked bool) {
	w := it.w
	race := w.Race && !locked
	links := append(chain[:len(chain):len(chain)], c.display(w.Via)...)
	via := ""
	if len(links) > 1 {
		via = " (" + strings.Join(links, " → ") + ")"
	}
	subject := fmt.Sprintf("package-level %s %s%s", w.Kind, c.name(w.Var), via)
	var cat, msg string
	rank := 0
	switch {
	case w.Unbounded:
		cat, rank = catUnbounded, 2
		lock := ""
		if race {
			lock = " with no lock"
		}
		msg = "%s grows " + subject + lock + " and nothing ever removes its entries: memory grows with traffic until the process dies; bound it (a size-limited LRU, TTL eviction) or move it to a shared cache (Redis, memcached)"
	case race:
		cat, rank = catRace, 1
		msg = "%s writes " + subject + " with no lock: concurrent requests race on it and each instance keeps its own copy; keep it per request, or move it to a shared store (a database row, Redis INCR)"
	default:
		cat = catInstance
		msg = "%s writes " + subject + ": it is synchronised, so one process stays consistent, but each instance behind a load balancer keeps its own diverging copy; move it to a shared store that every instance sees (a database row, Redis INCR)"
	}
	// One finding per variable, however many handlers, call sites and
	// write statements reach it (the state is the thing to move): the
	// worst category (unbounded, race, instance) wins.
	c.r.ReportCause(w.Pkg+" "+w.Var, rank, analysis.Diagnostic{
		Pos: it.pos, End: it.end, Category: cat,
		Related: []analysis.RelatedInformation{e.Related()},
	}, e.Func.Name, func(who string) string { return handlers(who, msg) })
}

// handlers puts the entry points into a message "%s writes ...":
// "handler A writes ...", "handlers A and B write ...".
func handlers(who, msg string) string {
	if !strings.Contains(who, " and ") {
		return fmt.Sprintf(msg, "handler "+who)
	}
	msg = strings.Replace(msg, "%s writes ", "%s write ", 1)
	msg = strings.Replace(msg, "%s grows ", "%s grow ", 1)
	return fmt.Sprintf(msg, "handlers "+who)
}

// display drops this package's qualifier from a chain's links.
func (c *checker) display(via []string) []string {
	out := make([]string, len(via))
	for i, v := range via {
		out[i] = c.name(v)
	}
	return out
}

func (c *checker) name(q string) string {
	return strings.TrimPrefix(q, c.pass.Pkg.Name()+".")
}
