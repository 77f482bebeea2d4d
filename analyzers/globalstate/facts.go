package globalstate

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/requestpath"
	"github.com/scalevet/scalevet/analyzers/internal/sessions"
	"github.com/scalevet/scalevet/analyzers/internal/summary"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

// Facts computes, for every function of a package, the writes to
// package-level state it makes directly or through calls, exports them
// as facts for importers, and marks the package's variables that
// something shrinks.
var Facts = &analysis.Analyzer{
	Name:       "globalstatefacts",
	Doc:        "globalstatefacts: summarise the writes to package-level state of each function, across packages (internal to scalevet)",
	URL:        "https://pkg.go.dev/github.com/scalevet/scalevet/analyzers/globalstate",
	Requires:   []*analysis.Analyzer{inspect.Analyzer, funcgraph.Analyzer, requestpath.Analyzer, sessions.Analyzer},
	Run:        runFacts,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(Fact), new(ShrunkFact), new(MetricFact), new(ImplFact)},
}

// Result gives the writes of each function of a package that happen at
// positions in the package: its own writes, and the calls that leave
// the package or call a method that writes a global receiver.
type Result struct {
	items map[*funcgraph.Func][]item
	// recv holds, for each method, the writes to its receiver's state
	// that it makes at positions in the package (a field assigned, a
	// method of the receiver called that writes it), with Var naming
	// the receiver and the path written ("h.cache").
	recv   map[*funcgraph.Func][]item
	locked map[*funcgraph.Site]bool // a lock is held at the site
	skip   map[*funcgraph.Site]bool // a site the request path does not continue through
	// fixedKey reports whether args, what the call at s passes for a
	// map key, comes from a fixed set (fixedKey, or a type: typeKey).
	fixedKey func(s *funcgraph.Site, args []ast.Expr) bool
	// promoted holds the writes of each entry point that a type of this
	// package embeds from another (requestpath.Promoted), at the
	// embedded field.
	promoted map[*requestpath.Promoted][]item
}

// item is a write that a function makes at a position in the package.
type item struct {
	pos, end token.Pos
	w        Write // Via starts with the function itself
	// group is, for a write of a method's receiver (Result.recv), the
	// state written (Recv.Field). For a write of package-level state,
	// it is set for a write reached through a call into another
	// package whose callee writes some of that package's state itself:
	// the state of the callee's package that the call writes, directly
	// or through the callee's own helpers, is moved at that one call.
	group string
}

type factsPass struct {
	pass        *analysis.Pass
	g           *funcgraph.Graph
	rp          *requestpath.Result
	sessions    *sessions.Result
	res         *Result
	shrunk      map[*types.Var]map[string]bool
	ttl         map[types.Object]bool // maps whose entries are judged by age (ttlCaches)
	tryLocks    map[types.Object]bool // atomic flags used as a try-lock (tryLocks)
	published   map[*types.Var]bool   // variables a metrics library reads back (published)
	drained     map[*types.Var]bool   // fields swapped out to be drained (drained)
	keyed       map[*types.Var]bool   // maps whose entries are reached by key only (keyedOnly)
	metricFacts *walk.Facts[MetricFact, *MetricFact]
	skipped     map[*token.File]bool
	facts       *walk.Facts[Fact, *Fact]
	shrunkFacts *walk.Facts[ShrunkFact, *ShrunkFact]
	sums        *walk.Memo[*Fact]
	defs        *walk.Defs
	impls       *funcgraph.Impls
	hidden      map[string][]*Fact // hiddenImpls, by interface key and method; nil until first needed
}

func runFacts(pass *analysis.Pass) (any, error) {
	res := &Result{
		items:  make(map[*funcgraph.Func][]item),
		recv:   make(map[*funcgraph.Func][]item),
		locked: make(map[*funcgraph.Site]bool),
		skip:   make(map[*funcgraph.Site]bool),
	}
	res.fixedKey = func(s *funcgraph.Site, args []ast.Expr) bool { return fixedKey(pass.TypesInfo, s, args) }
	if walk.Foreign(pass) {
		return res, nil
	}
	g := pass.ResultOf[funcgraph.Analyzer].(*funcgraph.Graph)
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	fp := &factsPass{
		pass:        pass,
		g:           g,
		rp:          pass.ResultOf[requestpath.Analyzer].(*requestpath.Result),
		sessions:    pass.ResultOf[sessions.Analyzer].(*sessions.Result),
		res:         res,
		shrunk:      shrinks(pass.TypesInfo, in.Root()),
		ttl:         ttlCaches(pass.TypesInfo, in.Root()),
		tryLocks:    tryLocks(pass.TypesInfo, in.Root()),
		published:   published(pass.TypesInfo, in.Root(), g),
		drained:     drained(pass.TypesInfo, in.Root()),
		keyed:       keyedOnly(pass.Pkg, pass.TypesInfo, in.Root()),
		metricFacts: walk.NewFacts[MetricFact](pass),
		skipped:     make(map[*token.File]bool),
		facts:       walk.NewFacts[Fact](pass),
		shrunkFacts: walk.NewFacts[ShrunkFact](pass),
		defs:        walk.NewDefs(pass.TypesInfo),
	}
	fp.impls = funcgraph.NewImpls(pass)
	fp.sums = walk.NewMemo(fp.summarise, &Fact{})
	res.fixedKey = func(s *funcgraph.Site, args []ast.Expr) bool {
		return fixedKey(pass.TypesInfo, s, args) || len(args) == 1 && fp.typeKey(s.Func, args[0])
	}
	for _, f := range pass.Files {
		if tf := pass.Fset.File(f.FileStart); tf != nil && (ast.IsGenerated(f) || strings.HasSuffix(tf.Name(), "_test.go")) {
			fp.skipped[tf] = true
		}
	}
	for v, paths := range fp.shrunk {
		if v.Pkg() == pass.Pkg {
			keys := make([]string, 0, len(paths))
			for p := range paths {
				keys = append(keys, p)
			}
			slices.Sort(keys)
			pass.ExportObjectFact(v, &ShrunkFact{Paths: keys})
		}
	}
	for v := range fp.published {
		if v.Pkg() == pass.Pkg {
			pass.ExportObjectFact(v, &MetricFact{})
		}
	}
	for _, f := range g.Funcs {
		sum := fp.visit(f)
		if f.Obj != nil && f.Obj.Exported() && (len(sum.Writes) > 0 || sum.Recv != nil || sum.Returns != nil) {
			pass.ExportObjectFact(f.Obj, sum)
		}
	}
	// A call through an interface whose only implementation is in this
	// package (a package-level FaceIndex holding its *faceIndex) does
	// what that implementation does.
	for _, mi := range funcgraph.SoleImplementations(pass.Pkg) {
		if f := g.Of(mi[1]); f != nil && mi[0].Exported() {
			if sum := fp.visit(f); len(sum.Writes) > 0 || sum.Recv != nil {
				pass.ExportObjectFact(mi[0], sum)
			}
		}
	}
	fp.exportHidden()
	for _, p := range fp.rp.Promoted {
		if fact := fp.importedFact(p.Method); fact != nil {
			for _, w := range fact.Writes {
				if res.promoted == nil {
					res.promoted = make(map[*requestpath.Promoted][]item)
				}
				res.promoted[p] = append(res.promoted[p], item{pos: p.Pos, end: p.Pos, w: w})
			}
		}
	}
	return res, nil
}

// exportHidden exports the ImplFact of the package: what the methods of
// its unexported types write, for each interface of the module they
// implement.
func (fp *factsPass) exportHidden() {
	var fact ImplFact
	for _, n := range funcgraph.ConcreteTypes(fp.pass.Pkg) {
		if n.Obj().Exported() {
			continue
		}
		for _, iface := range fp.impls.InterfacesOf(n) {
			it := iface.Underlying().(*types.Interface)
			for i := range it.NumMethods() {
				name := it.Method(i).Name()
				obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(n), false, fp.pass.Pkg, name)
				fn, ok := obj.(*types.Func)
				if !ok || fn.Pkg() != fp.pass.Pkg {
					continue
				}
				if f := fp.g.Of(fn); f != nil {
					if sum := fp.visit(f); len(sum.Writes) > 0 {
						fact.Methods = append(fact.Methods, ImplMethod{Pkg: fp.pass.Pkg.Path(), Iface: funcgraph.Key(iface), Method: name, Type: n.Obj().Name(), Fact: *sum})
					}
				}
			}
		}
	}
	// Pass on what the imports' facts say, each once.
	seen := make(map[[4]string]bool)
	for _, m := range fact.Methods {
		seen[m.key()] = true
	}
	for _, pf := range fp.pass.AllPackageFacts() {
		if f, ok := pf.Fact.(*ImplFact); ok && pf.Package != fp.pass.Pkg {
			for _, m := range f.Methods {
				if !seen[m.key()] && fp.impls.InModule(m.Pkg) {
					seen[m.key()] = true
					fact.Methods = append(fact.Methods, m)
				}
			}
		}
	}
	if len(fact.Methods) > 0 {
		slices.SortFunc(fact.Methods, func(x, y ImplMethod) int {
			return cmp.Or(cmp.Compare(x.Pkg, y.Pkg), cmp.Compare(x.Type, y.Type), cmp.Compare(x.Method, y.Method), cmp.Compare(x.Iface, y.Iface))
		})
		fp.pass.ExportPackageFact(&fact)
	}
}

// hiddenImpls returns the summaries of the implementations of
// iface.method that the packages this one imports declare with types it
// cannot see (ImplFact): none when every package was loaded from source.
func (fp *factsPass) hiddenImpls(iface *types.Named, method string) []*Fact {
	if fp.hidden == nil {
		fp.hidden = make(map[string][]*Fact)
		seen := make(map[[4]string]bool)
		for _, pf := range fp.pass.AllPackageFacts() {
			f, ok := pf.Fact.(*ImplFact)
			if !ok || pf.Package == fp.pass.Pkg {
				continue
			}
			for i, m := range f.Methods {
				if m.Pkg == fp.pass.Pkg.Path() || fp.impls.SeesType(m.Pkg, m.Type) {
					continue // Impls.Methods finds it
				}
				if !seen[m.key()] {
					seen[m.key()] = true
					k := m.Iface + "." + m.Method
					fp.hidden[k] = append(fp.hidden[k], &f.Methods[i].Fact)
				}
			}
		}
	}
	return fp.hidden[funcgraph.Key(iface)+"."+method]
}

// skipFile reports whether pos is in a generated or test file, whose
// writes are not reported.
func (fp *factsPass) skipFile(pos token.Pos) bool {
	tf := fp.pass.Fset.File(pos)
	return tf == nil || fp.skipped[tf]
}

// visit returns the transitive summary of f, depth first; a function on
// a call cycle sees an empty summary for those still in progress.
func (fp *factsPass) visit(f *funcgraph.Func) *Fact { return fp.sums.Of(f) }

// summarise computes the summary of f from those of its callees.
func (fp *factsPass) summarise(f *funcgraph.Func) *Fact {
	name := fp.qualified(f.Name)
	sum := &Fact{}
	var writes []Write
	recvMemo := true  // every write of the receiver fills a read-through cache
	recvQuiet := true // every write of the receiver is quiet (write.quiet)
	repQuiet := false // the representative write (sum.Recv) is quiet
	recvWrite := func(r Recv, memo, quiet bool) {
		recvMemo = recvMemo && memo
		quiet = quiet || memo
		recvQuiet = recvQuiet && quiet
		// The representative: a racy write first, then one that keeps
		// state (not quiet), then the shortest chain.
		better := sum.Recv == nil || r.Race != sum.Recv.Race && r.Race ||
			r.Race == sum.Recv.Race && (quiet != repQuiet && !quiet || quiet == repQuiet && len(r.Via) < len(sum.Recv.Via))
		if better {
			r.Via = summary.BoundChain(r.Via)
			sum.Recv, repQuiet = &r, quiet
		}
	}
	var items []item
	locks := fp.locksOf(f)
	// A method of a stream (its receiver is an io.Reader or io.Writer)
	// moves the stream's position and fills its buffers: what it writes
	// of its receiver is the stream's, not state that requests share.
	stream := f.Obj != nil && isStream(f.Obj.Signature().Recv())
	for _, w := range fp.localWrites(f, locks) {
		race := !w.atomic && !w.locked
		via, pos := []string{name}, walk.Pos(fp.pass.Fset, w.node.Pos())
		field := ""
		if w.recv {
			field = recvField(w.acc)
		}
		if w.method != nil {
			r := fp.recvOf(w.site, w.method)
			if r == nil {
				continue
			}
			race = r.Race && !w.locked
			via, pos = append(via, r.Via...), r.Pos
			w.memo, w.quiet = w.memo || r.Memo, r.Quiet
			field = r.Field
		}
		if w.recv {
			if stream {
				continue // a stream's own position and buffers
			}
			recvWrite(Recv{Field: field, Race: race, Via: via, Pos: pos}, w.memo, w.quiet)
			fp.res.recv[f] = append(fp.res.recv[f], item{pos: w.node.Pos(), end: w.node.End(), group: field, w: Write{
				Var: recvName(w.acc, field), Kind: w.kind, Race: race, Via: via, Pos: pos, Memo: w.memo || w.quiet,
			}})
			continue
		}
		wr := Write{Var: fp.varName(w.acc), Pkg: w.acc.v.Pkg().Path(), Kind: w.kind, Race: race, Unbounded: w.method == nil && fp.unbounded(w), Via: via, Pos: pos, In: fp.pass.Pkg.Path() + "." + f.Name}
		if wr.Unbounded {
			wr.KeyFrom = w.keyFrom
		}
		wr.Memo = w.memo
		wr.Scratch, wr.ObjKey = w.scratch, w.objKey
		if w.method != nil {
			wr.State = field
		}
		wr.Metric = fp.published[w.acc.v] || fp.metricFacts.Of(w.acc.v) != nil
		writes = append(writes, wr)
		items = append(items, item{pos: w.node.Pos(), end: w.node.End(), w: wr})
	}
	for _, s := range f.Sites {
		if s.Escapes || fp.skipSite(s) {
			fp.res.skip[s] = true
			continue
		}
		locked := locks.held(s.Pos())
		fp.res.locked[s] = locked
		var sub []Write
		imported := false
		switch {
		case fp.rp.Follows(s):
			sub = fp.visit(s.Target).Writes
		case s.Target == nil && s.Callee != nil:
			if s.Callee.Pkg() != fp.pass.Pkg {
				if fact := fp.importedFact(s.Callee); fact != nil {
					sub, imported = fact.Writes, true
					break
				}
			}
			// A call through an interface of the module does what its
			// implementations visible here do.
			if iface := fp.impls.Interface(s.Callee); iface != nil && s.Ref == nil {
				for _, m := range fp.impls.Methods(iface, s.Callee.Name()) {
					if t := fp.g.Of(m); t != nil {
						sub = append(sub, fp.visit(t).Writes...)
					} else if fact := fp.importedFact(m); fact != nil {
						sub = append(sub, fact.Writes...)
					}
					imported = true // reported at the call, as a call into another package
				}
				for _, fact := range fp.hiddenImpls(iface, s.Callee.Name()) {
					sub = append(sub, fact.Writes...)
					imported = true
				}
			}
		}
		group := ""
		if imported && callGroup(s.Callee, sub) {
			group = fmt.Sprintf("call@%s", fp.pass.Fset.Position(s.Pos()))
		}
		for _, w := range sub {
			w.Via = append([]string{name}, w.Via...)
			w.Race = w.Race && !locked
			fp.bindKey(f, s, &w)
			writes = append(writes, w)
			if imported {
				it := item{pos: s.Pos(), end: s.Expr().End(), w: w}
				if w.Pkg == s.Callee.Pkg().Path() {
					it.group = group
				}
				items = append(items, it)
			}
		}
	}
	if sum.Recv != nil {
		sum.Recv.Memo, sum.Recv.Quiet = recvMemo, recvQuiet
	}
	sum.Returns = fp.returns(f)
	sum.Writes = normalise(writes)
	fp.res.items[f] = items
	return sum
}

// bindKey maps the key of an unbounded write, done by the function
// called at s (in f), to the argument s passes: a constant adds one of
// the keys written in the code, so the map stays bounded; a parameter
// of f keeps the link.
func (fp *factsPass) bindKey(f *funcgraph.Func, s *funcgraph.Site, w *Write) {
	fp.bindObjKey(f, s, w)
	if !w.Unbounded || w.KeyFrom == 0 {
		return
	}
	args := fp.argFor(s, w.KeyFrom)
	w.KeyFrom = 0
	if args == nil {
		return
	}
	if fp.res.fixedKey(s, args) {
		w.Unbounded = false
		return
	}
	w.KeyFrom = fp.paramOf(f, args[0])
}

// bindObjKey maps the key of a keyed-only map's entry (Write.ObjKey),
// written by the function called at s (in f), to the argument s
// passes: an object's identity makes the write the object's scratch
// state; a parameter of f keeps the link.
func (fp *factsPass) bindObjKey(f *funcgraph.Func, s *funcgraph.Site, w *Write) {
	if w.ObjKey == 0 {
		return
	}
	args := fp.argFor(s, w.ObjKey)
	w.ObjKey = 0
	if args == nil {
		return
	}
	if identity(fp.pass.TypesInfo.TypeOf(args[0])) {
		w.Scratch = true
		return
	}
	w.ObjKey = fp.paramOf(f, args[0])
}

// argFor returns the one argument that the call at s passes for the
// callee's parameter from (1 + its position, as funcgraph.ParamIndex
// counts), or nil.
func (fp *factsPass) argFor(s *funcgraph.Site, from int) []ast.Expr {
	if s.Call == nil || s.Ref != nil || s.Callee == nil {
		return nil
	}
	args, ok := funcgraph.Args(fp.pass.TypesInfo, s.Call, s.Callee, from-1)
	if !ok || len(args) != 1 {
		return nil
	}
	return args
}

// paramOf returns 1 + the position of the parameter of f that e is, or
// 0 when e is not one of f's parameters.
func (fp *factsPass) paramOf(f *funcgraph.Func, e ast.Expr) int {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if v, ok := fp.pass.TypesInfo.Uses[id].(*types.Var); ok {
			return funcgraph.ParamIndex(f.Sig, v) + 1
		}
	}
	return 0
}

// fixedKey reports whether args, the one argument s passes for a key
// parameter, comes from a fixed set: a constant, or a variable checked
// before the call to name a file or program that exists.
func fixedKey(info *types.Info, s *funcgraph.Site, args []ast.Expr) bool {
	if len(args) != 1 {
		return false
	}
	if tv, ok := info.Types[args[0]]; ok && tv.Value != nil {
		return true
	}
	id, ok := ast.Unparen(args[0]).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	return ok && funcgraph.ExistenceChecked(info, s.Func.Body(), v, s.Call.Pos())
}

// recvOf returns how method m, called at s, writes its receiver, or nil.
func (fp *factsPass) recvOf(s *funcgraph.Site, m *types.Func) *Recv {
	if s.Target != nil {
		if s.Target.Obj == nil || s.Target.Obj.Signature().Recv() == nil {
			return nil
		}
		return fp.visit(s.Target).Recv
	}
	if m.Pkg() == fp.pass.Pkg {
		return nil
	}
	if fact := fp.importedFact(m.Origin()); fact != nil {
		return fact.Recv
	}
	return nil
}

// importedFact returns the summary of a function of another package,
// or nil; logging and metrics packages have none that counts.
func (fp *factsPass) importedFact(fn *types.Func) *Fact {
	if fn.Pkg() == nil || exemptPackage(fn.Pkg().Path()) {
		return nil
	}
	return fp.facts.Of(fn)
}

// skipSite reports whether the request path does not continue through
// s: a function run once (sync.Once.Do, OnceFunc, OnceValue) or once
// per key (singleflight), or a call into a logging or metrics package.
func (fp *factsPass) skipSite(s *funcgraph.Site) bool {
	if s.Callee != nil && s.Callee.Pkg() != nil && exemptPackage(s.Callee.Pkg().Path()) {
		return true
	}
	if s.Ref != nil && s.Call != nil {
		fn, _ := typeutil.Callee(fp.pass.TypesInfo, s.Call).(*types.Func)
		return funcgraph.RunsOnce(fn)
	}
	return false
}

// locksOf returns the lock and unlock calls of f.
func (fp *factsPass) locksOf(f *funcgraph.Func) lockEvents {
	body := f.Body()
	if body == nil {
		return nil
	}
	return collectLocks(body, fp.callee)
}

func (fp *factsPass) callee(call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(fp.pass.TypesInfo, call).(*types.Func)
	return fn
}

// unbounded reports whether a local write only grows a map, slice or
// list that nothing in its package (nor in this one) ever shrinks.
func (fp *factsPass) unbounded(w write) bool {
	if !w.grow || w.kind == "variable" {
		return false
	}
	var paths []string
	if w.acc.v.Pkg() != fp.pass.Pkg {
		if fact := fp.shrunkFacts.Of(w.acc.v); fact != nil {
			paths = fact.Paths
		}
	}
	return !isShrunk(fp.shrunk[w.acc.v], paths, w.cpath)
}

// varName names a written variable for messages and facts:
// "stats.hits", "cache.items" (the variable and the fields written).
func (fp *factsPass) varName(acc access) string {
	path := strings.ReplaceAll(acc.path, "[]", "")
	return acc.v.Pkg().Name() + "." + acc.v.Name() + path
}

func (fp *factsPass) qualified(name string) string { return fp.pass.Pkg.Name() + "." + name }

// callGroup reports whether the writes a call of callee (a function of
// another package) makes are one cause: the callee itself writes state
// of its own package (Listen appends a listener, and through
// a helper bumps the id counter). A call that only reaches writes
// deep in its callees' callees is many causes, one per variable.
func callGroup(callee *types.Func, sub []Write) bool {
	full := callee.Pkg().Path() + "." + funcgraph.DeclName(callee)
	for _, w := range sub {
		if w.In == full && w.Pkg == callee.Pkg().Path() {
			return true
		}
	}
	return false
}

// recvField names the state a write to a method's receiver changes: the
// receiver's type, qualified by its package's path, and the field path
// ("example.com/app/cache.Store.entries").
func recvField(acc access) string {
	t := acc.v.Type()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	name := types.TypeString(t, nil) // qualified by package path
	return name + strings.ReplaceAll(acc.path, "[]", "")
}

// recvName names the receiver state that a write through acc changes,
// field being the state (Recv.Field): "h.cache" for a field assigned;
// for a method of the receiver called, the field that method writes,
// "a.needsSetup", or, when the method is another type's, that type's
// field of the value called, "tpls of a.manager".
func recvName(acc access, field string) string {
	name := acc.v.Name() + strings.ReplaceAll(acc.path, "[]", "")
	own := recvField(acc)
	switch {
	case field == own || field == "":
		return name
	case strings.HasPrefix(field, own+"."):
		return name + field[len(own):]
	}
	// "example.com/app/cache.Store.entries": the fields after the type.
	parts := strings.SplitN(field[strings.LastIndex(field, "/")+1:], ".", 3)
	if len(parts) < 3 {
		return name
	}
	return parts[2] + " of " + name
}

// isStream reports whether recv, a method's receiver, is an io.Reader
// or an io.Writer.
func isStream(recv *types.Var) bool {
	if recv == nil {
		return false
	}
	t := recv.Type()
	if _, ok := types.Unalias(t).(*types.Pointer); !ok {
		t = types.NewPointer(t)
	}
	ms := types.NewMethodSet(t)
	for _, name := range [...]string{"Read", "Write"} {
		if sel := ms.Lookup(nil, name); sel != nil {
			if sig, ok := sel.Type().(*types.Signature); ok && sig.Params().Len() == 1 && sig.Results().Len() == 2 {
				if sl, ok := sig.Params().At(0).Type().Underlying().(*types.Slice); ok && types.Identical(sl.Elem(), types.Typ[types.Byte]) {
					return true
				}
			}
		}
	}
	return false
}
