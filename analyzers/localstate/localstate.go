package localstate

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	directiveanalyzer "github.com/scalevet/scalevet/analyzers/directive"
	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/directive"
	"github.com/scalevet/scalevet/analyzers/internal/docs"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/report"
	"github.com/scalevet/scalevet/analyzers/internal/requestpath"
	"github.com/scalevet/scalevet/analyzers/internal/sqltext"
	"github.com/scalevet/scalevet/analyzers/internal/summary"
	"github.com/scalevet/scalevet/analyzers/internal/typematch"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

//go:embed doc.go
var doc string

// Analyzer reports state that a service keeps on its own machine
// beyond process memory: an embedded database, jobs that every
// instance runs on its own clock, rate limits counted in one process.
var Analyzer = &analysis.Analyzer{
	Name:      "localstate",
	Doc:       docs.Extract(doc, "localstate"),
	URL:       "https://pkg.go.dev/github.com/scalevet/scalevet/analyzers/localstate",
	Requires:  []*analysis.Analyzer{inspect.Analyzer, directiveanalyzer.Analyzer, funcgraph.Analyzer, requestpath.Analyzer, summary.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(embeddedFact), new(driverParamFact), new(subscribeFact)},
	// The causes reported, for a driver that merges one cause
	// reported in several packages (a storage helper that handlers of
	// several packages reach).
	ResultType: reflect.TypeFor[*report.Causes](),
}

// embeddedFact marks a package that opens an embedded database: the
// writes its functions make go to a copy that each instance has of its
// own, so a job that writes there is per instance by nature (the open
// is the finding).
type embeddedFact struct{}

// AFact marks embeddedFact as an analysis fact.
func (*embeddedFact) AFact() {}

func (*embeddedFact) String() string { return "opens an embedded database" }

// The categories of findings.
const (
	catEmbedded  = "embeddeddb"
	catScheduler = "scheduler"
	catRateLimit = "ratelimit"
	catBroadcast = "broadcast"
	catDisk      = "disk"
	catLock      = "lock"
)

func run(pass *analysis.Pass) (any, error) {
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	idx := pass.ResultOf[directiveanalyzer.Analyzer].(*directive.Index)
	g := pass.ResultOf[funcgraph.Analyzer].(*funcgraph.Graph)
	sum := pass.ResultOf[summary.Analyzer].(*summary.Result)
	rp := pass.ResultOf[requestpath.Analyzer].(*requestpath.Result)
	r := report.New(pass, idx)

	// A versioned dependency or the standard library opens, limits and
	// schedules what the service asks of it (xorm's leveldb cache store,
	// a driver's keep-alive ping): the choice is the service's, reported
	// where it calls the library. Its facts still flow.
	foreign := walk.Foreign(pass)
	dbs := &opens{pass: pass, r: r, foreign: foreign, params: make(map[*types.Func]*driverParamFact)}
	for cur := range in.Root().Preorder((*ast.CallExpr)(nil)) {
		dbs.reg.RegisterSQLite(pass.TypesInfo, cur.Node().(*ast.CallExpr))
	}
	for cur := range in.Root().Preorder((*ast.CallExpr)(nil), (*ast.AssignStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			dbs.open(cur, n)
			if what, ok := catalog.MemoryLimiter(pass.TypesInfo, n); ok && !foreign && !ownLibrary(pass, n) {
				r.ReportFirst(analysis.Diagnostic{
					Pos: n.Pos(), End: n.End(), Category: catRateLimit,
					Message: "rate limit counted in process memory (" + what + "): with N instances behind a load balancer each client gets N times the limit, and a restart resets it; give the limiter a shared store (Redis, the database)",
				})
			}
		case *ast.AssignStmt:
			if !foreign {
				limiterMap(pass, r, n, onRequestPath(pass.TypesInfo, g, rp, cur))
			}
		}
	}
	if !foreign {
		dbs.calls(in)
	}
	embedded := dbs.embedded
	if embedded {
		pass.ExportPackageFact(new(embeddedFact))
	}
	local := map[string]bool{} // names of the packages that open an embedded database
	for _, pf := range pass.AllPackageFacts() {
		if _, ok := pf.Fact.(*embeddedFact); ok {
			local[pf.Package.Name()] = true
		}
	}
	local[""] = embedded // a write made in this package's own code
	if foreign {
		return r.Finish(), nil
	}
	defs := walk.NewDefs(pass.TypesInfo)
	subscribed := subscriptions(pass.TypesInfo, g, rp)
	remote := make(map[types.Object]fanOutAt)
	for _, f := range g.Funcs {
		scheduled(pass, r, sum, f, local)
		broadcast(pass, r, defs, g, rp, f, subscribed, remote)
		locks(pass, r, rp, sum, f)
	}
	exportSubscribers(pass, g, remote)
	subscribers(pass, r, g, rp)
	disk(pass, r, rp, sum)
	diskJoins(r, sum)
	scheduledJoins(r, sum, local)
	return r.Finish(), nil
}

// ownLibrary reports whether call is made by the library it calls
// (httprate.Limit calling httprate.NewRateLimiter): its own default,
// reported where the service calls the library.
func ownLibrary(pass *analysis.Pass, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
	return ok && fn.Pkg() != nil && (fn.Pkg() == pass.Pkg || walk.SameRepository(pass.Pkg.Path(), fn.Pkg().Path()))
}

// fixture reports whether the call at cur is in a test helper in a
// file that is not a test: a function named as one (TestDB,
// newTestEngine), or one that takes the test (a *testing.T, a
// testing.TB, testify's assert.TestingT): the database of a test run,
// not of the service.
func fixture(info *types.Info, cur inspector.Cursor) bool {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		decl := c.Node().(*ast.FuncDecl)
		name := decl.Name.Name
		if strings.Contains(name, "Test") || strings.HasPrefix(name, "test") {
			return true
		}
		for _, field := range decl.Type.Params.List {
			if n := typematch.NamedOf(info.TypeOf(field.Type)); n != nil && n.Obj().Pkg() != nil {
				if path := n.Obj().Pkg().Path(); path == "testing" || strings.HasPrefix(path, "github.com/stretchr/testify/") {
					return true
				}
			}
		}
		return false
	}
	return false
}

// limiterMap reports an insert of a rate.Limiter into a map that
// outlives the request (a package-level variable or a field), keyed by
// a client: the hand-written form of an in-memory rate limit.
//
// A map of per-client records that each hold a limiter (visitors[ip] =
// &visitor{limiter: rate.NewLimiter(...)}) is the same limit when the
// record is stored on the request path (reached): a record created
// at start-up per configured upstream paces the service's own calls.
func limiterMap(pass *analysis.Pass, r *report.Reporter, as *ast.AssignStmt, reached bool) {
	for _, lhs := range as.Lhs {
		ix, ok := ast.Unparen(lhs).(*ast.IndexExpr)
		if !ok {
			continue
		}
		m, ok := types.Unalias(pass.TypesInfo.TypeOf(ix.X)).Underlying().(*types.Map)
		if !ok || !outlives(pass.TypesInfo, ix.X) {
			continue
		}
		what := ""
		switch {
		case catalog.IsRateLimiter(m.Elem()):
			what = "a rate.Limiter per key in " + types.ExprString(ix.X)
		case reached:
			if field := limiterField(m.Elem()); field != "" {
				what = fmt.Sprintf("a %s per key in %s, whose %s is a rate.Limiter", types.TypeString(m.Elem(), types.RelativeTo(pass.Pkg)), types.ExprString(ix.X), field)
			}
		}
		if what == "" {
			continue
		}
		r.ReportFirst(analysis.Diagnostic{
			Pos: ix.Pos(), End: ix.End(), Category: catRateLimit,
			Message: fmt.Sprintf("rate limit counted in process memory (%s): with N instances behind a load balancer each client gets N times the limit, and a restart resets it; count in a shared store (Redis, the database)", what),
		})
	}
}

// limiterField returns the name of the first field of the struct t (or
// *t) whose type is a rate.Limiter, "" if none.
func limiterField(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := types.Unalias(t).Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	for f := range st.Fields() {
		if catalog.IsRateLimiter(f.Type()) {
			return f.Name()
		}
	}
	return ""
}

// onRequestPath reports whether the function around cur is reached
// from an entry point of the package.
func onRequestPath(info *types.Info, g *funcgraph.Graph, rp *requestpath.Result, cur inspector.Cursor) bool {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		var f *funcgraph.Func
		switch n := c.Node().(type) {
		case *ast.FuncDecl:
			if fn, ok := info.Defs[n.Name].(*types.Func); ok {
				f = g.Of(fn)
			}
		case *ast.FuncLit:
			f = g.OfLit(n)
		}
		return f != nil && rp.ReachedFrom(f) != nil
	}
	return false
}

// outlives reports whether x names a package-level variable or a field
// (of a long-lived value): a map that is not the request's own.
func outlives(info *types.Info, x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		v, ok := info.ObjectOf(x).(*types.Var)
		return ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[x]; ok {
			return sel.Kind() == types.FieldVal
		}
		return outlives(info, x.Sel) // a qualified package-level variable
	}
	return false
}

// scheduled reports the recurring jobs of f that do shared work: a
// function handed to a cron scheduler, and a loop that runs on a clock
// (a ticker, time.After, time.Sleep), when the work writes to a
// database or posts to another service. Every instance runs them on its
// own clock; work that only reads (refreshing the instance's own
// cache) is not reported.
func scheduled(pass *analysis.Pass, r *report.Reporter, sum *summary.Result, f *funcgraph.Func, local map[string]bool) {
	for _, s := range f.Sites {
		if !s.Scheduled {
			continue
		}
		fn, ok := typeutil.Callee(pass.TypesInfo, s.Call).(*types.Func)
		if !ok {
			continue
		}
		if op, ok := sharedWork(siteOps(sum, s), local); ok {
			r.ReportFirst(analysis.Diagnostic{
				Pos: s.Call.Pos(), End: s.Call.End(), Category: catScheduler,
				Message: fmt.Sprintf("recurring job registered with %s %s (%s): every instance runs its own scheduler, so with N instances the job runs N times; run it in one place (a leader lock, a job queue, or one scheduled job outside the web tier)",
					fn.Pkg().Name()+"."+fn.Name(), does(op), chain(op)),
			})
		}
	}
	funcgraph.PeriodicLoops(pass.TypesInfo, f, func(loop ast.Stmt, sites []*funcgraph.Site) {
		var ops []summary.Op
		for _, s := range sites {
			ops = append(ops, siteOps(sum, s)...)
		}
		if op, ok := sharedWork(ops, local); ok {
			r.ReportFirst(analysis.Diagnostic{
				Pos: loop.Pos(), End: loop.Pos() + 3, Category: catScheduler,
				Message: fmt.Sprintf("periodic job in %s, a loop on a timer that %s (%s): every instance runs the loop on its own clock, so with N instances the job runs N times; run it in one place (a leader lock, a job queue, or one scheduled job outside the web tier)",
					f.Name, does(op), chain(op)),
			})
		}
	})
}

// scheduledJoins reports the recurring jobs of other packages whose
// shared work an implementation visible here does, through an interface
// call that the job's package could not resolve (summary.JobJoins): at
// the place that wires the implementation in, naming the job and the
// interface call.
func scheduledJoins(r *report.Reporter, sum *summary.Result, local map[string]bool) {
	for _, j := range sum.JobJoins() {
		op, ok := sharedWork(j.Ops, local)
		if !ok {
			continue
		}
		// One finding per job, whatever the interface calls it makes.
		key := "job " + j.Call.EntryPkg + " " + j.Call.Entry + " " + j.Call.Job
		r.ReportCause(key, 0, analysis.Diagnostic{Pos: j.Pos, End: j.End, Category: catScheduler}, j.Call.Entry, func(string) string {
			return fmt.Sprintf("recurring job %s (%s) %s through the interface call %s at %s (%s): every instance runs its own copy of the job, so with N instances the job runs N times; run it in one place (a leader lock, a job queue, or one scheduled job outside the web tier)",
				j.Call.Entry, j.Call.Job, does(op), j.CallName(), j.Call.Pos, joinChain(j, op))
		})
	}
}

// siteOps returns the work of what s calls or passes.
func siteOps(sum *summary.Result, s *funcgraph.Site) []summary.Op {
	if op, ok := sum.Direct(s); ok {
		return []summary.Op{op}
	}
	if s.Target != nil {
		return sum.Of(s.Target) // its chain starts at the target
	}
	return sum.Imported(s)
}

// sharedWork returns the first operation that acts on what every
// instance shares: a POST to another service, or a database write made
// by a package that opens no embedded database (local names those that
// do: their writes go to the instance's own copy).
//
// A job that takes a lock every instance shares (an advisory lock, a
// lock row claimed by a conditional upsert, rows claimed with SKIP
// LOCKED, a cache key set with NX) already runs its work in one place:
// it has no shared work to report.
func sharedWork(ops []summary.Op, local map[string]bool) (summary.Op, bool) {
	for _, op := range ops {
		if op.Lock {
			return summary.Op{}, false
		}
	}
	for _, op := range ops {
		if op.AlsoWrites && op.Kind != catalog.Exec && !local[writer(op)] {
			// A loop that reads and writes is summarised by its
			// query, which says that the loop also writes.
			return op, true
		}
		switch op.Kind {
		case catalog.Exec, catalog.Batch:
			if op.SQL != "" && !sqltext.Classify(op.SQL).Write {
				continue // a keep-alive ping (SELECT 1), a NOTIFY: nothing stored
			}
			if local[writer(op)] {
				continue
			}
			return op, true
		case catalog.Remote:
			// A POST changes the other side (a mail sent, a card
			// charged); a GET is safe and idempotent by HTTP's rules,
			// the instance refreshing its own view. A call whose method
			// is not known here (Client.Do, an RPC) is not judged.
			if strings.HasSuffix(op.Callee, ".Post") || strings.HasSuffix(op.Callee, ".PostForm") {
				return op, true
			}
		}
	}
	return summary.Op{}, false
}

// writer returns the name of the package whose function makes op, ""
// for the package being analysed.
func writer(op summary.Op) string {
	pkg := ""
	if len(op.Via) > 0 {
		pkg, _, _ = strings.Cut(op.Via[len(op.Via)-1], ".")
	}
	return pkg
}

func does(op summary.Op) string {
	if op.Kind == catalog.Remote {
		return "posts to another service"
	}
	return "writes to the database"
}

// joinChain is chain for an operation of a Join.
func joinChain(j summary.Join, op summary.Op) string {
	if op.AlsoWrites && op.Kind != catalog.Exec {
		return "in the loop at " + op.Loop + ", which also queries: " + j.Chain(summary.Op{Callee: op.Callee, Pos: op.Pos, Via: op.Via})
	}
	return j.Chain(op)
}

func chain(op summary.Op) string {
	if op.AlsoWrites && op.Kind != catalog.Exec {
		// The write is summarised by the query of its loop.
		return "in the loop at " + op.Loop + ", which also queries: " + chain(summary.Op{Callee: op.Callee, Pos: op.Pos, Via: op.Via})
	}
	if len(op.Via) == 0 {
		if op.Pos == "" {
			return op.Callee
		}
		return op.Callee + " at " + op.Pos
	}
	return op.Chain()
}
