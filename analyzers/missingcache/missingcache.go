package missingcache

import (
	_ "embed"
	"flag"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	directiveanalyzer "github.com/scalevet/scalevet/analyzers/directive"
	"github.com/scalevet/scalevet/analyzers/internal/directive"
	"github.com/scalevet/scalevet/analyzers/internal/docs"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/report"
	"github.com/scalevet/scalevet/analyzers/internal/requestpath"
	"github.com/scalevet/scalevet/analyzers/internal/sqltext"
	"github.com/scalevet/scalevet/analyzers/internal/summary"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

//go:embed doc.go
var doc string

// Analyzer reports expensive work whose result does not depend on the
// request, redone on every request: invariant queries, compiling and
// parsing, connection pools, remote calls.
var Analyzer = &analysis.Analyzer{
	Name:     "missingcache",
	Doc:      docs.Extract(doc, "missingcache"),
	URL:      "https://pkg.go.dev/github.com/scalevet/scalevet/analyzers/missingcache",
	Requires: []*analysis.Analyzer{directiveanalyzer.Analyzer, inspect.Analyzer, funcgraph.Analyzer, requestpath.Analyzer, summary.Analyzer},
	Run:      run,
	Flags:    flags(),
	// The causes reported, for a driver that merges one cause
	// reported in several packages.
	ResultType: reflect.TypeFor[*report.Causes](),
	FactTypes:  []analysis.Fact{new(invariantFact), new(pendingFact), new(implsFact)},
}

// small is the value of -missingcache.small, the tables small by
// nature: a read of the whole of one of them is configuration to cache,
// where the whole-table read of any other table is requestquery's
// unbounded read. The scalevet.toml key small_tables sets it, with
// -requestquery.small.
var small = summary.Tables{}

func flags() flag.FlagSet {
	var fs flag.FlagSet
	fs.Var(&small, "small", "comma-separated `tables` small by nature, whose whole-table reads are reported as work to cache: roles,settings,plans")
	return fs
}

// The categories of findings.
const (
	catQuery   = "query"
	catCompile = "compile"
	catPool    = "pool"
	catRemote  = "remote"
	// catPending is a call of a module interface whose implementations
	// are not visible where it is made: never reported as such (iface.go).
	catPending = "pending"
)

// found is invariant work in a function, with where to report it in
// this package: the operation itself, or the call that makes it
// invariant (the call into another package, or the call that passes
// invariant arguments to a helper).
type found struct {
	invOp
	pos, end  token.Pos
	direct    bool   // reported at the operation itself
	callee    string // when not direct: the called function as written
	via       string // when not direct: the chain from the call
	calleeAt  token.Pos
	fix       *analysis.SuggestedFix
	perCall   bool   // invariant because of this call's arguments, not whatever they are
	calleeKey string // when not direct: the function of another package called
	impl      string // the implementation's method that does it, for work of an interface call ("pg.Repo.List")
}

type checker struct {
	pass           *analysis.Pass
	root           inspector.Cursor
	g              *funcgraph.Graph
	rp             *requestpath.Result
	sum            *summary.Result
	r              *report.Reporter
	writtenGlobals map[*types.Var]bool
	index          *walk.Defs
	defs           map[*funcgraph.Func]map[*types.Var][]localDef
	varDeps        map[varKey]dep
	resultDeps     map[*funcgraph.Func]dep
	cachedMemo     map[*funcgraph.Func]bool
	cacheFed       map[*funcgraph.Func]map[*ast.CallExpr]bool // cached's calls whose results a function stores in a cache
	foreign        bool                                       // the package is a dependency's or the standard library's (walk.Foreign)
	ops            *walk.Memo[[]*found]
	facts          *walk.Facts[invariantFact, *invariantFact]
	names          map[string]bool    // package-level names taken by fixes
	defined        map[string]bool    // every name the package's files declare, built on the first fix
	decls          []inspector.Cursor // function declarations by position, built on the first find
	stored         map[*ast.CallExpr]bool
	impls          *funcgraph.Impls // nil in a dependency's package
	factImpls      []implWork       // the implementations the direct imports' facts list
}

func run(pass *analysis.Pass) (any, error) {
	idx := pass.ResultOf[directiveanalyzer.Analyzer].(*directive.Index)
	r := report.New(pass, idx)
	if len(pass.Pkg.Imports()) == 0 {
		return r.Finish(), nil // nothing catalogued can be called
	}
	c := &checker{
		pass:       pass,
		root:       pass.ResultOf[inspect.Analyzer].(*inspector.Inspector).Root(),
		g:          pass.ResultOf[funcgraph.Analyzer].(*funcgraph.Graph),
		rp:         pass.ResultOf[requestpath.Analyzer].(*requestpath.Result),
		sum:        pass.ResultOf[summary.Analyzer].(*summary.Result),
		r:          r,
		index:      walk.NewDefs(pass.TypesInfo),
		defs:       make(map[*funcgraph.Func]map[*types.Var][]localDef),
		varDeps:    make(map[varKey]dep),
		resultDeps: make(map[*funcgraph.Func]dep),
		cachedMemo: make(map[*funcgraph.Func]bool),
		cacheFed:   make(map[*funcgraph.Func]map[*ast.CallExpr]bool),
		facts:      walk.NewFacts[invariantFact](pass),
		names:      make(map[string]bool),
		foreign:    walk.Foreign(pass),
	}
	if !c.foreign {
		c.impls = funcgraph.NewImpls(pass)
		c.loadImpls()
	}
	c.ops = walk.NewMemo(c.summarise, nil)
	c.writtenGlobals = c.globalsWritten()
	c.stored = c.storedCalls()

	// Facts for what other packages can call: exported functions and
	// methods that are not entry points (a handler is reported where
	// it is declared).
	for _, f := range c.g.Funcs {
		if f.Obj == nil || !f.Obj.Exported() || c.rp.EntryOf(f) != nil {
			continue
		}
		fact := &invariantFact{Ops: factOps(c.opsOf(f))}
		if !c.foreign && f.Sig.Results().Len() > 0 {
			if d := c.results(f); !d.variant {
				fact.Returns, fact.ResultMask = true, d.mask
			}
		}
		if len(fact.Ops) > 0 || fact.Returns {
			pass.ExportObjectFact(f.Obj, fact)
		}
	}
	// A call through an interface whose only implementation is in this
	// package does what that implementation does. Not in a dependency,
	// whose interfaces are its own business.
	if !c.foreign {
		for _, mi := range funcgraph.SoleImplementations(pass.Pkg) {
			if f := c.g.Of(mi[1]); f != nil && mi[0].Exported() && c.rp.EntryOf(f) == nil {
				if ops := c.opsOf(f); len(ops) > 0 {
					pass.ExportObjectFact(mi[0], &invariantFact{Ops: factOps(ops)})
				}
			}
		}
	}

	var pending []pendCall
	for _, e := range c.rp.Entries {
		// A handler's parameters are the request.
		ops := c.opsOf(e.Func)
		for _, op := range ops {
			if op.Mask == 0 && op.SQLFrom == 0 && op.Cat != catPending {
				c.report(e, op)
			}
		}
		pending = append(pending, pendingOf(c.pass.Pkg.Name()+"."+e.Func.Name, ops)...)
	}
	if c.impls != nil {
		c.pendings(pending)
		c.exportImpls()
	}
	c.promoted()
	return r.Finish(), nil
}

// promoted reports the invariant work of the entry points that a type
// of this package embeds from another package (requestpath.Promoted):
// their package could not know them for entry points. The receiver is
// the long-lived resolver; any other parameter is the request.
func (c *checker) promoted() {
	for _, p := range c.rp.Promoted {
		for _, op := range c.imported(p.Method) {
			if op.Mask&^1 != 0 || op.SQLFrom != 0 || op.NeedFrom != 0 || op.Cat == catPending {
				continue
			}
			op.Mask = 0 // the resolver, the same for every request
			f := &found{invOp: op, pos: p.Pos, callee: p.Name(), via: op.chain(), calleeKey: p.Method.FullName()}
			c.reportAs(p.Name(), []analysis.RelatedInformation{p.Related()}, f)
		}
	}
}

// globalsWritten returns the package-level variables of this package
// that the request path assigns: they are state, not configuration.
func (c *checker) globalsWritten() map[*types.Var]bool {
	out := make(map[*types.Var]bool)
	info := c.pass.TypesInfo
	mark := func(e ast.Expr) {
		if id := walk.RootIdent(e); id != nil {
			if v, ok := info.Uses[id].(*types.Var); ok && v.Pkg() == c.pass.Pkg && funcgraph.IsPackageLevel(v) {
				out[v] = true
			}
		}
	}
	for _, f := range c.g.Funcs {
		if !c.onPath(f) || f.Body() == nil {
			continue
		}
		ast.Inspect(f.Body(), func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false // its own function
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					mark(l)
				}
			case *ast.IncDecStmt:
				mark(n.X)
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					mark(n.X)
				}
			}
			return true
		})
	}
	return out
}

// opsOf returns the invariant work f does, directly or through calls,
// with masks over f's parameters. A function that keeps its results in
// a cache does none; work passed to sync.Once or singleflight is not
// followed. A function on a call cycle sees none in those still in
// progress.
func (c *checker) opsOf(f *funcgraph.Func) []*found { return c.ops.Of(f) }

// summarise computes the invariant work of f from that of its callees.
func (c *checker) summarise(f *funcgraph.Func) []*found {
	var out []*found
	if !c.cached(f) {
		name := c.pass.Pkg.Name() + "." + f.Name
		for _, s := range f.Sites {
			if s.Escapes || (s.Ref == nil && (c.stored[s.Call] || c.cacheFed[f][s.Call])) {
				continue // kept in a variable or a cache that outlives the request
			}
			if s.Ref == nil && s.Target == nil && s.Callee != nil {
				if op := c.direct(f, s); op != nil {
					op.Via = []string{name}
					op.NeedFrom = c.needParam(f, s)
					out = append(out, op)
					continue
				}
				var imported []invOp
				if s.Callee.Pkg() != c.pass.Pkg {
					imported = c.imported(s.Callee)
					for _, op := range imported {
						if n := c.through(f, s, &found{invOp: op}, true); n != nil {
							out = append(out, c.settle(n, 0)...)
						}
					}
				}
				if iface := c.impls.Interface(s.Callee); iface != nil && len(imported) == 0 {
					out = append(out, c.settle(c.pend(f, s, iface), 0)...)
				}
				continue
			}
			if c.runsOnce(s) || !c.rp.Follows(s) {
				continue
			}
			for _, op := range c.opsOf(s.Target) {
				if n := c.through(f, s, op, false); n != nil {
					out = append(out, n)
				}
			}
		}
		for _, op := range c.transports(f) {
			op.Via = []string{name}
			out = append(out, op)
		}
	}
	if !c.foreign {
		// The user's code starts here. Work that a dependency does
		// inside a function the catalogue does not name (an SDK's
		// client constructor building its transport, a parser compiling
		// its patterns) is the library's own business, not a cache the
		// user forgot: only the catalogued calls the user's code makes
		// are judged.
		out = slices.DeleteFunc(out, func(op *found) bool { return op.Owner == "" && len(op.Via) > 1 })
		for _, op := range out {
			if op.Owner == "" {
				op.Owner = c.pass.Pkg.Path() + "." + f.Name + "→" + op.Callee
			}
		}
	}
	return slices.CompactFunc(out, func(a, b *found) bool {
		return a.Cat == b.Cat && a.Callee == b.Callee && a.Pos == b.Pos && a.Mask == b.Mask && a.pos == b.pos
	})
}

// through maps work done by the function called at site s (in f) to
// f's parameters; nil when the call passes request-dependent arguments.
func (c *checker) through(f *funcgraph.Func, s *funcgraph.Site, op *found, imported bool) *found {
	d := c.mapMask(f, s, op.Mask)
	if d.variant {
		return nil
	}
	if op.Cat == catCompile && op.Mask != 0 && d.mask == 0 && !imported && c.variantElsewhere(s, op.Mask) {
		// A helper that compiles the pattern its callers give, called
		// here with a constant and elsewhere with request data: the
		// compile cannot move out of the helper, and one caller's
		// constant is not a pattern to compile once.
		return nil
	}
	n := *op
	if n.NeedFrom > 0 {
		// The work runs only when a parameter holds something: not
		// when the call gives nothing there; else when the caller's
		// parameter it passes on does, if it is one. A function value
		// (a literal, a middleware's result) is called elsewhere, with
		// arguments not known here.
		var args []ast.Expr
		ok := s.Ref == nil && s.Call != nil && s.Callee != nil
		if ok {
			args, ok = funcgraph.Args(c.pass.TypesInfo, s.Call, s.Callee, n.NeedFrom-1)
		}
		if ok && (len(args) == 0 || len(args) == 1 && empty(c.pass.TypesInfo, args[0])) {
			return nil
		}
		n.NeedFrom = 0
		if ok && len(args) == 1 {
			if id, isID := ast.Unparen(args[0]).(*ast.Ident); isID {
				if v, isVar := c.pass.TypesInfo.Uses[id].(*types.Var); isVar {
					n.NeedFrom = funcgraph.ParamIndex(f.Sig, v) + 1
				}
			}
		}
	}
	if n.NeedFrom == 0 {
		n.NeedFrom = c.needParam(f, s)
	}
	if n.SQL == "" && n.SQLFrom > 0 {
		// The query text is an argument of this call: constant text to
		// judge, or a parameter of f in its turn.
		text, next := c.sum.QueryText(s, n.SQLFrom)
		if text == "" && next == 0 {
			return nil // text not known here: not judged
		}
		if text != "" && (sqltext.Classify(text).Write || volatileSQL(text) || wholeTable(sqltext.Classify(text))) {
			return nil
		}
		if text != "" {
			n.SQL = summary.ShortSQL(sqltext.Compact(text))
		}
		n.SQLFrom = next
	}
	if n.Cat == catPending {
		n.Args = c.mapArgs(f, s, op)
	}
	n.Via = summary.BoundChain(append([]string{c.pass.Pkg.Name() + "." + f.Name}, op.Via...))
	n.perCall = op.Mask != 0
	n.Mask = d.mask
	if imported || (op.Mask != 0 && d.mask == 0) {
		n.pos, n.end = s.Pos(), s.Expr().End()
		n.direct = false
		n.callee = s.CalleeText()
		n.via = op.chain()
		n.calleeAt = s.Callee.Pos()
		n.calleeKey = s.Callee.FullName()
		n.fix = nil
	}
	return &n
}

// needParam returns 1 + the position (funcgraph.ParamIndex) of a
// parameter of f that must hold something for the work at s to run, or
// 0: a range over it around s, an if around s that tests it (p != "",
// p != nil, len(p) > 0), or an early return before s when it is empty
// (if p == "" { return }). A caller that passes nothing there (a
// constant "", nil, or no argument for a variadic parameter) runs none
// of the work.
func (c *checker) needParam(f *funcgraph.Func, s *funcgraph.Site) int {
	if s.Call == nil {
		return 0
	}
	cur, ok := c.find(s.Call)
	if !ok {
		return 0
	}
	info := c.pass.TypesInfo
	param := func(e ast.Expr) int {
		if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && len(call.Args) == 1 {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "len" {
				e = call.Args[0]
			}
		}
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok {
				return funcgraph.ParamIndex(f.Sig, v) + 1
			}
		}
		// A field of a pointer parameter (cfg.URL != ""): empty when the
		// caller passes nil, if the function never makes the parameter
		// point elsewhere, or only to a literal that leaves the field
		// out (if cfg == nil { cfg = &Props{Kind: k} }).
		if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok && info.Selections[sel] != nil && info.Selections[sel].Kind() == types.FieldVal {
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
				if v, ok := info.Uses[id].(*types.Var); ok {
					_, ptr := v.Type().Underlying().(*types.Pointer)
					if i := funcgraph.ParamIndex(f.Sig, v); ptr && i >= 0 && c.defaultsWithout(f, v, sel.Sel.Name) {
						return i + 1
					}
				}
			}
		}
		return 0
	}
	// tests returns the parameter that cond requires to be non-empty
	// (want true) or empty (want false), in one of its conjuncts.
	var tests func(cond ast.Expr, nonEmpty bool) int
	tests = func(cond ast.Expr, nonEmpty bool) int {
		b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
		if !ok {
			return 0
		}
		if nonEmpty && b.Op == token.LAND || !nonEmpty && b.Op == token.LOR {
			return max(tests(b.X, nonEmpty), tests(b.Y, nonEmpty))
		}
		var p int
		switch {
		case empty(info, b.Y):
			p = param(b.X)
		case empty(info, b.X):
			p = param(b.Y)
		}
		switch {
		case p == 0:
			return 0
		case nonEmpty && (b.Op == token.NEQ || b.Op == token.GTR):
			return p
		case !nonEmpty && b.Op == token.EQL:
			return p
		}
		return 0
	}
	for child, cur := cur, cur.Parent(); cur.Node() != nil; child, cur = cur, cur.Parent() {
		switch n := cur.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return 0
		case *ast.RangeStmt:
			if p := param(n.X); p > 0 && child.Node() == n.Body {
				return p
			}
		case *ast.IfStmt:
			if p := tests(n.Cond, true); p > 0 && child.Node() == n.Body {
				return p
			}
		case *ast.BlockStmt:
			for _, st := range n.List {
				if st.Pos() >= child.Node().Pos() {
					break
				}
				if is, ok := st.(*ast.IfStmt); ok && is.Else == nil && len(is.Body.List) > 0 {
					if _, ret := is.Body.List[len(is.Body.List)-1].(*ast.ReturnStmt); ret {
						if p := tests(is.Cond, false); p > 0 {
							return p
						}
					}
				}
			}
		}
	}
	return 0
}

// empty reports whether e is a constant that holds nothing: nil, "" or 0.
func empty(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && (tv.IsNil() || tv.Value != nil && (tv.Value.ExactString() == `""` || tv.Value.ExactString() == "0"))
}

// mapMask returns what the arguments for the parameters in mask, at
// site s in f, depend on.
func (c *checker) mapMask(f *funcgraph.Func, s *funcgraph.Site, mask uint64) dep {
	if mask == 0 {
		return dep{}
	}
	if s.Ref != nil || s.Call == nil || s.Callee == nil {
		return variantDep // a function value: its arguments are not known here
	}
	return c.argsDep(f, s.Call, s.Callee, mask, 0)
}

// argsDep returns what the arguments that call, in f, passes for the
// parameters of fn in mask depend on.
func (c *checker) argsDep(f *funcgraph.Func, call *ast.CallExpr, fn *types.Func, mask uint64, depth int) dep {
	var d dep
	for i := range 64 {
		if mask&(1<<uint(i)) == 0 {
			continue
		}
		args, ok := funcgraph.Args(c.pass.TypesInfo, call, fn, i)
		if !ok {
			return variantDep
		}
		for _, a := range args {
			if d = d.or(c.evalDepth(f, a, depth+1)); d.variant {
				return d
			}
		}
	}
	return d
}

// imported returns the invariant work of a function of another package.
func (c *checker) imported(fn *types.Func) []invOp {
	if fact := c.facts.Of(fn); fact != nil {
		return fact.Ops
	}
	return nil
}

func (c *checker) report(e *requestpath.Entry, op *found) {
	c.reportAs(e.Func.Name, []analysis.RelatedInformation{e.Related()}, op)
}

// reportAs reports op on the request path of the entry point named who.
func (c *checker) reportAs(who string, rel []analysis.RelatedInformation, op *found) {
	if !op.direct && op.calleeAt.IsValid() {
		rel = append(rel, analysis.RelatedInformation{Pos: op.calleeAt, Message: "the callee: " + op.via})
	}
	d := analysis.Diagnostic{Pos: op.pos, End: op.end, Category: op.Cat, Related: rel}
	if op.fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*op.fix}
	}
	// One finding per cause: the work itself when it is in this package;
	// the operation of another package that is invariant whatever the
	// caller passes, and the function of another package that does it
	// (every call of either is one thing to cache: the first names it);
	// else the call, whose arguments make it invariant.
	// Keys are the same in every driver: a position ("@pos:" and
	// file:line:col), not a token.Pos, which is only unique in a file
	// set that holds every package.
	causes := []string{op.Cat + "|site@pos:" + c.pass.Fset.Position(op.pos).String()}
	if !op.direct && !op.perCall {
		// The same operation reached through different functions, and
		// the operations of one kind that one function of the user's
		// code makes (two patterns compiled in one validator), are one
		// cause; two functions of the user's code that each do their
		// own work are two. In a dependency's package, where no
		// function is the user's, the function called stands in.
		owner := op.Owner
		if owner == "" {
			owner = op.calleeKey
		}
		causes = []string{op.Cat + "|" + op.Callee + "@" + op.Pos, op.Cat + "|owner@" + owner}
	}
	c.r.ReportCauses(causes, 0, d, who, func(who string) string { return c.message(who, op) })
}

// defaultsWithout reports whether every assignment to v in f gives it
// a literal that leaves field out (&Props{Kind: k}), and f never sets
// that field itself: a nil v stays without the field.
func (c *checker) defaultsWithout(f *funcgraph.Func, v *types.Var, field string) bool {
	for _, d := range c.index.Of(f)[v] {
		if d.Plain() && (d.How != walk.Assign || !literalWithout(d.Value, field)) {
			return false
		}
		if sel, ok := ast.Unparen(d.Lhs).(*ast.SelectorExpr); ok && sel.Sel.Name == field && d.How == walk.Assign {
			return false // cfg.URL = ...
		}
	}
	return true
}

// literalWithout reports whether e is a keyed composite literal, or
// its address, that does not set field.
func literalWithout(e ast.Expr, field string) bool {
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = u.X
	}
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return false
	}
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			return false // positional: every field set
		}
		if k, ok := kv.Key.(*ast.Ident); ok && k.Name == field {
			return false
		}
	}
	return true
}

// variantElsewhere reports whether another call of the function that s
// calls, in this package, passes request-dependent arguments for the
// parameters in mask.
func (c *checker) variantElsewhere(s *funcgraph.Site, mask uint64) bool {
	if s.Target == nil {
		return false
	}
	for _, f := range c.g.Funcs {
		for _, o := range f.Sites {
			if o != s && o.Target == s.Target && o.Ref == nil && c.mapMask(f, o, mask).variant {
				return true
			}
		}
	}
	return false
}
