package scale

import (
	"cmp"
	"fmt"
	"go/token"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/summary"
)

// Report is what scalevet report prints: every entry point of the
// program with its routes, what it costs per request as the data
// grows, what blocks a second instance and what could be cheaper,
// ranked so that the endpoint that breaks first comes first.
type Report struct {
	Verdict   string     `json:"verdict"`
	Endpoints []Endpoint `json:"endpoints"`
	// ServiceWide lists findings that block a second instance but
	// belong to no endpoint (a session store built at start-up).
	ServiceWide []FindingRef `json:"service_wide,omitempty"`
	// Growing is the number of endpoints whose work grows with the data.
	Growing int `json:"growing"`
}

// Endpoint is one route (or one entry point no route names) and its
// cost per request.
type Endpoint struct {
	Rank         int    `json:"rank"`
	Method       string `json:"method,omitempty"`
	Path         string `json:"path,omitempty"`
	Handler      string `json:"handler"`
	Position     string `json:"position,omitempty"`      // the handler's file:line
	RegisteredAt string `json:"registered_at,omitempty"` // the registration's file:line
	Framework    string `json:"framework,omitempty"`
	// NoRoute says that no registration in the program names the
	// handler (a gRPC method has its RPC name as its path).
	NoRoute bool `json:"no_route,omitempty"`
	// NotAnalysed says the route's handler is not an entry point of
	// the program (a library's file server, a sub-router of a library).
	NotAnalysed bool   `json:"not_analysed,omitempty"`
	Reads       Cost   `json:"reads"`
	Writes      Cost   `json:"writes"`
	Remote      Cost   `json:"remote_calls"`
	Growth      string `json:"growth"` // "N·M", "N", "table" or "constant"
	Loops       []Loop `json:"loops,omitempty"`
	// WholeTable names the tables read whole, which grow with the data.
	WholeTable []string `json:"whole_table_reads,omitempty"`
	// ReadOnly says the endpoint reads and writes nothing, neither to
	// the database nor to process memory (a candidate for a read
	// replica); false when interface calls with no known implementation
	// leave it unknown.
	ReadOnly   bool         `json:"read_only"`
	Unresolved int          `json:"unresolved_calls,omitempty"`
	PerElement string       `json:"per_element,omitempty"`
	Blocks     []FindingRef `json:"blocks_scale_out,omitempty"`
	Cacheable  []FindingRef `json:"cacheable,omitempty"`
	Findings   []FindingRef `json:"findings,omitempty"` // requestquery's

	class int
}

// Cost counts round trips per request: Const of them whatever the data,
// N once per element of a loop, NM once per element of nested loops.
type Cost struct {
	Const int `json:"constant"`
	N     int `json:"per_n"`
	NM    int `json:"per_n_m"`
}

func (c Cost) String() string {
	var parts []string
	if c.Const > 0 || c.N == 0 && c.NM == 0 {
		parts = append(parts, fmt.Sprint(c.Const))
	}
	term := func(k int, sym string) {
		switch {
		case k == 1:
			parts = append(parts, sym)
		case k > 1:
			parts = append(parts, fmt.Sprintf("%d%s", k, sym))
		}
	}
	term(c.N, "N")
	term(c.NM, "N·M")
	return strings.Join(parts, " + ")
}

func (c Cost) At(n int) int { return c.Const + c.N*n + c.NM*n*n }

func (c Cost) add(d Cost) Cost { return Cost{c.Const + d.Const, c.N + d.N, c.NM + d.NM} }

// Trips returns the round trips of an endpoint per request when every
// loop walks n elements.
func (e *Endpoint) Trips(n int) int { return e.Reads.add(e.Writes).add(e.Remote).At(n) }

// Loop is a loop that repeats work per element.
type Loop struct {
	Over  string `json:"over,omitempty"` // what it walks, as the code says: "orders"
	At    string `json:"at"`             // file:line
	Depth int    `json:"depth"`          // 2 when inside another loop (N·M)
}

// FindingRef is a finding an endpoint's line comes from.
type FindingRef struct {
	Analyzer string `json:"analyzer"`
	Category string `json:"category,omitempty"`
	Position string `json:"position"`
	Message  string `json:"message"`
}

// The growth classes, in the order endpoints break.
const (
	classConstant = iota
	classTable
	classN
	classNM
)

var classNames = [...]string{classConstant: "constant", classTable: "table", classN: "N", classNM: "N·M"}

// entry is an entry point as the report joins it.
type entry struct {
	Entry
	pos  string
	ops  []summary.Op // its own and those joined in other packages
	byAn map[string][]FindingRef
	rows int // routes that name it

	unresolved int // pending interface calls no package joins
}

// Package is one root package's result of Analyzer.
type Package struct {
	Result any // the *Analyzer's result
	Fset   *token.FileSet
}

// Finding is a finding as the driver reports it.
type Finding struct {
	Analyzer, Category, Message string
	Position                    string // file:line, as the driver prints it
	// Entries are the entry points whose request path reaches the
	// finding's cause, "package path\x00name" as the analyzer named them
	// (report.Causes).
	Entries []string
	Related []Related
}

// Related is a related position of a finding.
type Related struct {
	Position string // file:line
	Message  string
}

// Build joins the results of the root packages with the findings into
// the report. Positions are rendered relative to dir.
func Build(pkgs []Package, dir string, findings []Finding) *Report {
	entries := make(map[string]*entry)
	var order []*entry
	type placed struct {
		Route
		at string
	}
	var routes []placed
	var mounts []Mount
	var joins []Join
	for _, p := range pkgs {
		res, ok := p.Result.(*Result)
		if !ok {
			continue
		}
		fset := p.Fset
		for _, e := range res.Entries {
			if entries[e.Key] != nil {
				continue // a package and its test variant
			}
			se := &entry{Entry: e, pos: position(fset, dir, e.Pos), ops: e.Ops, byAn: make(map[string][]FindingRef)}
			entries[e.Key] = se
			order = append(order, se)
		}
		for _, r := range res.Routes {
			routes = append(routes, placed{r, position(fset, dir, r.Pos)})
		}
		mounts = append(mounts, res.Mounts...)
		joins = append(joins, res.Joins...)
	}
	byName := make(map[string]*entry)
	byKey := make(map[string]*entry)
	byPos := make(map[string]*entry)
	for _, e := range order {
		byName[e.Pkg+"\x00"+e.Name] = e
		byKey[e.Key] = e
		for _, a := range e.Aliases {
			byKey[a] = e
		}
		byPos[e.pos] = e
	}
	// Interface work joined where an implementation is visible belongs
	// to every entry of the package whose path makes that call, with the
	// loop around the call; a call joined anywhere is no longer unknown.
	joined := make(map[string]bool)
	for _, j := range joins {
		joined[j.EntryPkg+"\x00"+j.Call] = true
		for _, e := range order {
			if e.Pkg != j.EntryPkg || !slices.Contains(e.Pending, j.Call) && e.Name != j.Entry {
				continue
			}
			for _, op := range j.Ops {
				switch {
				case j.Loop != "" && op.Loop == "":
					op.Loop = j.Loop
				case j.Loop != "":
					op.Nest++
				}
				e.ops = append(e.ops, op)
			}
		}
	}
	for _, e := range order {
		for _, k := range e.Pending {
			if !joined[e.Pkg+"\x00"+k] {
				e.unresolved++
			}
		}
	}
	rep := &Report{}
	for _, f := range findings {
		ref := FindingRef{Analyzer: f.Analyzer, Category: f.Category, Position: f.Position, Message: f.Message}
		var hit []*entry
		for _, q := range f.Entries {
			pkg, name, _ := strings.Cut(q, "\x00")
			e := byName[pkg+"\x00"+pkgName(pkg, order)+"."+name]
			if e == nil {
				e = findQualified(order, name) // a join names "web.ListOrders"
			}
			if e != nil && !slices.Contains(hit, e) {
				hit = append(hit, e)
			}
		}
		for _, r := range f.Related {
			if e := byPos[r.Position]; e != nil && strings.HasPrefix(r.Message, "the request entry point ") && !slices.Contains(hit, e) {
				hit = append(hit, e)
			}
		}
		for _, e := range hit {
			e.byAn[f.Analyzer] = append(e.byAn[f.Analyzer], ref)
		}
		if len(hit) == 0 && blocks(f.Analyzer) {
			rep.ServiceWide = append(rep.ServiceWide, ref)
		}
	}

	seen := make(map[string]bool)
	for _, r := range routes {
		for _, prefix := range prefixes(mounts, r.Base, 0) {
			path := join(prefix, r.Path)
			k := r.Method + " " + path + " " + r.Handler
			if seen[k] {
				continue
			}
			seen[k] = true
			ep := Endpoint{Method: r.Method, Path: path, Handler: r.Name, RegisteredAt: r.at}
			if e := byKey[r.Handler]; e != nil && r.Handler != "" {
				e.rows++
				e.fill(&ep)
			} else {
				ep.NotAnalysed = true
				ep.Growth = classNames[classConstant]
			}
			rep.Endpoints = append(rep.Endpoints, ep)
		}
	}
	for _, e := range order {
		if e.rows > 0 {
			continue
		}
		ep := Endpoint{Handler: e.Name, NoRoute: e.RPC == ""}
		if e.RPC != "" {
			ep.Method, ep.Path = "RPC", e.RPC
		}
		e.fill(&ep)
		rep.Endpoints = append(rep.Endpoints, ep)
	}
	rank(rep)
	return rep
}

// blocks reports whether an analyzer's findings block a second instance.
// localstate's (an embedded database, a job every instance runs) are
// rarely on one endpoint's path: they are service-wide.
func blocks(analyzer string) bool {
	return analyzer == "sessionmap" || analyzer == "globalstate" || analyzer == "localstate"
}

func pkgName(path string, entries []*entry) string {
	for _, e := range entries {
		if e.Pkg == path {
			name, _, _ := strings.Cut(e.Name, ".")
			return name
		}
	}
	return filepath.Base(path)
}

func findQualified(entries []*entry, name string) *entry {
	for _, e := range entries {
		if e.Name == name {
			return e
		}
	}
	return nil
}

// prefixes returns the prefixes a router of base is mounted at: ""
// for a root, or for a base no call in the program mounts.
func prefixes(mounts []Mount, base Base, depth int) []string {
	const maxDepth = 8
	if base.Func == "" || depth > maxDepth {
		return []string{""}
	}
	var out []string
	for _, m := range mounts {
		if m.Func != base.Func || m.Slot != base.Slot {
			continue
		}
		for _, p := range prefixes(mounts, m.Base, depth+1) {
			out = append(out, join(p, m.Prefix))
		}
	}
	if len(out) == 0 {
		return []string{""}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// fill sets an endpoint's cost and findings from its entry point.
func (e *entry) fill(ep *Endpoint) {
	ep.Position, ep.Framework, ep.PerElement, ep.Unresolved = e.pos, e.Framework, e.PerElement, e.unresolved
	if ep.Handler == "" || !strings.Contains(ep.Handler, ".") {
		ep.Handler = e.Name
	}
	loops := make(map[string]bool)
	tables := make(map[string]bool)
	writes := false
	for _, op := range e.ops {
		var c Cost
		switch {
		case op.Loop == "":
			c.Const = 1
		case (op.Kind == catalog.Remote || op.Kind == catalog.Cache) && !op.LoopGrows && op.LoopFrom == 0:
			// A round trip per configured provider or page: a count no
			// visitor changes (summary.Op.LoopGrows).
			c.Const = 1
		case op.Nest == 0:
			c.N = 1
		default:
			c.NM = 1
		}
		if op.AlsoWrites && op.Kind != catalog.Exec {
			// The loop's writes, summarised by its query.
			ep.Writes = ep.Writes.add(c)
			writes = true
		}
		switch op.Kind {
		case catalog.Query, catalog.Expensive:
			ep.Reads = ep.Reads.add(c)
		case catalog.Exec, catalog.Batch:
			ep.Writes = ep.Writes.add(c)
			writes = true
		case catalog.Remote:
			ep.Remote = ep.Remote.add(c)
		default:
			continue
		}
		// A loop is named file.go:line by summaries and dir/file.go:line
		// by pending interface calls: one loop either way.
		if lk := path.Base(op.Loop); op.Loop != "" && !loops[lk] {
			loops[lk] = true
			ep.Loops = append(ep.Loops, Loop{Over: op.LoopOver, At: op.Loop, Depth: op.Nest + 1})
		}
		if op.Unbounded != "" {
			t := cmp.Or(op.Table, summary.ShortSQL(op.SQL), op.Callee)
			if !tables[t] {
				tables[t] = true
				ep.WholeTable = append(ep.WholeTable, t)
			}
		}
	}
	ep.ReadOnly = !writes && e.unresolved == 0 && ep.Reads.At(1) > 0 && len(e.byAn["globalstate"]) == 0 && len(e.byAn["sessionmap"]) == 0
	ep.Blocks = append(slices.Clone(e.byAn["sessionmap"]), e.byAn["globalstate"]...)
	ep.Cacheable = e.byAn["missingcache"]
	ep.Findings = e.byAn["requestquery"]
	switch {
	case ep.Trips(2) > 0 && (ep.Reads.NM+ep.Writes.NM+ep.Remote.NM) > 0:
		ep.class = classNM
	case (ep.Reads.N + ep.Writes.N + ep.Remote.N) > 0:
		ep.class = classN
	case len(ep.WholeTable) > 0:
		ep.class = classTable
	}
	ep.Growth = classNames[ep.class]
}

// rank orders the endpoints, the one that breaks first first: by
// growth class, then by round trips per request when loops walk 100
// elements, then by route; and sets the verdict.
func rank(rep *Report) {
	slices.SortStableFunc(rep.Endpoints, func(a, b Endpoint) int {
		return cmp.Or(
			-cmp.Compare(a.class, b.class),
			-cmp.Compare(a.Trips(100), b.Trips(100)),
			-cmp.Compare(len(a.Blocks), len(b.Blocks)),
			cmp.Compare(b2i(a.NoRoute), b2i(b.NoRoute)),
			cmp.Compare(a.Path, b.Path),
			cmp.Compare(a.Method, b.Method),
			cmp.Compare(a.Handler, b.Handler),
		)
	})
	sessions, state := 0, 0
	for i := range rep.Endpoints {
		ep := &rep.Endpoints[i]
		ep.Rank = i + 1
		if ep.class > classConstant {
			rep.Growing++
		}
		s, g := false, false
		for _, b := range ep.Blocks {
			s = s || b.Analyzer == "sessionmap"
			g = g || b.Analyzer == "globalstate"
		}
		if s {
			sessions++
		}
		if g {
			state++
		}
	}
	var why []string
	if sessions > 0 {
		why = append(why, "sessions in memory ("+count(sessions, "endpoint")+")")
	}
	if state > 0 {
		why = append(why, "state in process memory written per request ("+count(state, "endpoint")+")")
	}
	if len(rep.ServiceWide) > 0 {
		why = append(why, count(len(rep.ServiceWide), "service-wide finding"))
	}
	if len(why) > 0 {
		rep.Verdict = "breaks at the second instance: " + strings.Join(why, ", ")
	} else {
		rep.Verdict = "ready for N instances: no state in process memory found on the request path"
	}
	if len(rep.Endpoints) > 0 && rep.Endpoints[0].class > classConstant {
		top := rep.Endpoints[0]
		rep.Verdict += fmt.Sprintf("; under load, %s breaks first (%s round trips per request)", top.Route(), top.Reads.add(top.Writes).add(top.Remote))
	}
}

// Route names an endpoint: "GET /orders", or its handler when no
// route is visible.
func (e *Endpoint) Route() string {
	if e.NoRoute {
		return e.Handler
	}
	return e.Method + " " + e.Path
}

func count(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// position renders p as file:line relative to dir.
func position(fset *token.FileSet, dir string, p token.Pos) string {
	if !p.IsValid() {
		return ""
	}
	posn := fset.Position(p)
	name := posn.Filename
	if r, err := filepath.Rel(dir, name); err == nil && filepath.IsLocal(r) {
		name = r
	}
	return fmt.Sprintf("%s:%d", name, posn.Line)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
