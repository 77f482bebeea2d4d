package globalstate

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"slices"
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
	c := &checker{pass: pass, rp: rp, res: res, r: r, writes: make(map[string][]string), fields: make(map[string][]string)}
	for _, e := range rp.Entries {
		c.walk(e, e.Func, nil, "", false, 0, 0, make(map[visitKey]bool))
		c.receiver(e)
	}
	// The entry points that a type of this package embeds from another
	// (a domain's resolver in the root resolver): their package could
	// not know them for entry points.
	for _, p := range rp.Promoted {
		for _, it := range res.promoted[p] {
			c.reportAs(p.Name(), p.FullName(), p.Related(), nil, "", it, false)
		}
	}
	return r.Finish(), nil
}

// receiver reports the writes of an entry point that is a method to
// its receiver's state, when the receiver serves every request of the
// process, as a package-level variable does
// (requestpath.Entry.LongLivedReceiver).
func (c *checker) receiver(e *requestpath.Entry) {
	if !e.LongLivedReceiver() || e.Func.Obj == nil {
		return
	}
	recv := e.Func.Obj.Signature().Recv()
	if recv == nil {
		return
	}
	typ := types.TypeString(recv.Type(), types.RelativeTo(c.pass.Pkg))
	for _, it := range c.res.recv[e.Func] {
		w := it.w
		if w.Memo && !w.Race {
			// A cache filled, a counter bumped or an entry evicted,
			// under a lock (quiet): nothing that requests depend on
			// diverges.
			continue
		}
		cat, rank, format := catInstance, 0, instanceWords
		if w.Race {
			cat, rank, format = catRace, 1, raceWords
		}
		via := ""
		if links := c.display(w.Via); len(links) > 1 {
			via = "; " + strings.Join(links, " → ")
		}
		subject := fmt.Sprintf("%s (its receiver, a %s, serves every request%s)", w.Var, typ, via)
		if w.Kind != "variable" {
			subject = w.Kind + " " + subject
		}
		// One finding per state written, however many handlers (of one
		// type, or of several that share a helper) reach it: the
		// innermost receiver's type and field (item.group).
		key := "recv " + it.group
		c.r.ReportCause(key, rank, analysis.Diagnostic{
			Pos: it.pos, End: it.end, Category: cat,
			Related: []analysis.RelatedInformation{e.Related()},
		}, e.Func.Name, func(who string) string { return handlers(who, format, subject) })
	}
}

type checker struct {
	pass *analysis.Pass
	rp   *requestpath.Result
	res  *Result
	r    *report.Reporter

	writes map[string][]string // a helper that writes package-level variables → those it writes
	fields map[string][]string // a package-level variable → its fields written (a shared object)
}

type visitKey struct {
	f      *funcgraph.Func
	locked bool
	consts uint64
	ptrs   uint64
}

// walk visits f on the request path of entry e, reached through chain
// (the local functions from e to f's caller), with a lock held by a
// caller when locked. ptrs has a bit for each parameter of f that the
// call fills with an object's identity (a pointer): a keyed-only map
// keyed by it holds that object's scratch state. consts has a bit for each parameter of f
// (funcgraph.ParamIndex) that the call into f fills with a constant: a
// map keyed by one of them grows by the keys written in the code only.
// writer is the outermost helper on chain, below e, that writes
// package-level state itself: what it and the functions it calls
// write is one cause (resetRouter sets the router and, through the
// Router it calls, the base path: the call to rebuild is what to
// change).
func (c *checker) walk(e *requestpath.Entry, f *funcgraph.Func, chain []string, writer string, locked bool, consts, ptrs uint64, seen map[visitKey]bool) {
	k := visitKey{f, locked, consts, ptrs}
	if seen[k] {
		return
	}
	seen[k] = true
	if writer == "" && f != e.Func {
		self := c.pass.Pkg.Path() + "." + f.Name
		for _, it := range c.res.items[f] {
			if it.w.In == self {
				writer = self
				break
			}
		}
	}
	for _, it := range c.res.items[f] {
		if it.w.Unbounded && it.w.KeyFrom > 0 && it.w.KeyFrom <= 64 && consts&(1<<uint(it.w.KeyFrom-1)) != 0 {
			it.w.Unbounded = false
		}
		if it.w.ObjKey > 0 && it.w.ObjKey <= 64 && ptrs&(1<<uint(it.w.ObjKey-1)) != 0 {
			it.w.Scratch = true
		}
		c.report(e, chain, writer, it, locked)
	}
	next := append(chain[:len(chain):len(chain)], f.Name)
	for _, s := range f.Sites {
		if c.res.skip[s] || !c.rp.Follows(s) {
			continue
		}
		c.walk(e, s.Target, next, writer, locked || c.res.locked[s], funcgraph.ArgMask(c.pass.TypesInfo, s, consts, func(_ int, args []ast.Expr) bool {
			return c.res.fixedKey(s, args) // a map keyed by it grows by a fixed set of keys only
		}), funcgraph.ArgMask(c.pass.TypesInfo, s, ptrs, func(_ int, args []ast.Expr) bool {
			return len(args) == 1 && identity(c.pass.TypesInfo.TypeOf(args[0]))
		}), seen)
	}
}

func (c *checker) report(e *requestpath.Entry, chain []string, writer string, it item, locked bool) {
	c.reportAs(e.Func.Name, c.pass.Pkg.Path()+"."+e.Func.Name, e.Related(), chain, writer, it, locked)
}

// reportAs reports the write it on the request path of the entry point
// named entry, whose own writes are attributed to self (Write.In).
func (c *checker) reportAs(entry, self string, rel analysis.RelatedInformation, chain []string, writer string, it item, locked bool) {
	w := it.w
	race := w.Race && !locked
	if (w.Memo || w.Metric || w.Scratch) && !w.Unbounded && !race {
		// A bounded, synchronised read-through cache, a metric
		// published by hand, or an object's scratch state: divergence
		// between instances is by design, or cannot be seen.
		return
	}
	links := append(chain[:len(chain):len(chain)], c.display(w.Via)...)
	via := ""
	if len(links) > 1 {
		via = " (" + strings.Join(links, " → ") + ")"
	}
	// The variables that the function naming this one in its write
	// writes too, when that is a helper and not the entry point itself
	// (refreshCache keeps three maps): one cause with this one, named in
	// the message; moving that function's state fixes them all.
	name := c.name(w.Var)
	// The fields of one shared object (app.Name, app.Style) are one
	// variable: the object is what moves to a shared store. A container
	// that grows is its own cause: bounding it is the fix.
	root := rootVar(w.Var)
	if w.Unbounded {
		root = w.Var
	}
	rootKey := w.Pkg + " " + root
	keys := []string{rootKey}
	if !slices.Contains(c.fields[rootKey], name) {
		c.fields[rootKey] = append(c.fields[rootKey], name)
	}
	// The groups of variables that one fix moves together: those one
	// helper writes, and those one call into another package writes
	// (Listen appends a listener and, through a helper,
	// bumps its id counter: the call is the place to look).
	var groups []string
	switch {
	case writer != "" && strings.HasPrefix(w.In, c.pass.Pkg.Path()+"."):
		groups = append(groups, "writer@"+writer)
	case w.In != "" && w.In != self:
		groups = append(groups, "writer@"+w.In)
	}
	if it.group != "" {
		groups = append(groups, it.group)
	}
	if w.State != "" && !strings.HasPrefix(w.State, w.Pkg+".") {
		// The state of another package that a method of the variable
		// writes, through the variable's fields: that package's
		// singleton, which handlers may reach through their receivers
		// too (receiver). Two variables of one type of their own
		// package are two instances.
		keys = append(keys, "recv "+w.State)
	}
	for _, g := range groups {
		keys = append(keys, g)
		if !slices.Contains(c.writes[g], name) {
			c.writes[g] = append(c.writes[g], name)
		}
	}
	var cat, format string
	rank := 0
	switch {
	case w.Unbounded:
		cat, rank = catUnbounded, 2
		lock := ""
		if race {
			lock = " with no lock"
		}
		format = "%s grows %s" + lock + " and nothing ever removes its entries: memory grows with traffic until the process dies; bound it (a size-limited LRU, TTL eviction) or move it to a shared cache (Redis, memcached)"
	case race:
		cat, rank = catRace, 1
		format = raceWords
	default:
		cat = catInstance
		format = instanceWords
	}
	words := func(who string) string {
		subject := fmt.Sprintf("package-level %s %s", w.Kind, name)
		if fs := c.fields[rootKey]; len(fs) > 1 {
			subject = fmt.Sprintf("package-level %s %s (%s)", w.Kind, c.name(root), report.Who(fs))
		}
		var seen []string
		for _, g := range groups {
			var others []string
			for _, v := range c.writes[g] {
				if v != name && !slices.Contains(seen, v) {
					others = append(others, v)
					seen = append(seen, v)
				}
			}
			if len(others) > 0 {
				by := "function"
				if strings.HasPrefix(g, "call@") {
					by = "call"
				}
				subject += fmt.Sprintf(" (and %s, which the same %s writes)", report.Who(others), by)
			}
		}
		return handlers(who, format, subject+via)
	}
	// One finding per variable, however many handlers, call sites and
	// write statements reach it (the state is the thing to move), and
	// one for the variables that one function writes: the worst
	// category (unbounded, race, instance) wins.
	c.r.ReportCauses(keys, rank, analysis.Diagnostic{
		Pos: it.pos, End: it.end, Category: cat,
		Related: []analysis.RelatedInformation{rel},
	}, entry, words)
}

// The words of the race and instance findings, for handlers (format's
// first %s) writing a subject (the second).
const (
	raceWords     = "%s writes %s with no lock: concurrent requests race on it and each instance keeps its own copy; keep it per request, or move it to a shared store (a database row, Redis INCR)"
	instanceWords = "%s writes %s: it is synchronised, so one process stays consistent, but each instance behind a load balancer keeps its own diverging copy; move it to a shared store that every instance sees (a database row, Redis INCR)"
)

// handlers fills format, "%s writes %s ...", with the entry points
// ("handler A writes ...", "handlers A and B write ...") and the
// subject.
func handlers(who, format, subject string) string {
	if !strings.Contains(who, " and ") {
		return fmt.Sprintf(format, "handler "+who, subject)
	}
	format = strings.Replace(format, "%s writes ", "%s write ", 1)
	format = strings.Replace(format, "%s grows ", "%s grow ", 1)
	return fmt.Sprintf(format, "handlers "+who, subject)
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

// rootVar returns the variable a written path starts from: "core.App"
// for "core.App.Name" (the package's name, then the variable's).
func rootVar(v string) string {
	if i := strings.IndexByte(v, '.'); i >= 0 {
		if j := strings.IndexByte(v[i+1:], '.'); j >= 0 {
			return v[:i+1+j]
		}
	}
	return v
}
