package localstate

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/report"
	"github.com/scalevet/scalevet/analyzers/internal/requestpath"
	"github.com/scalevet/scalevet/analyzers/internal/typematch"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

// broadcast reports the fan-outs of f to connected clients: a loop
// that sends a message to every client in a registry of open
// connections that outlives the request (a package-level variable or a
// field), and a library's own broadcast (melody). Either reaches only
// the clients connected to this instance. The fan-outs over one
// registry are one finding.
//
// A registry of channels (or of records that hold one) is a registry of
// clients when the request path adds to it (subscribers): an SSE or
// long-poll handler that registers its channel, which a publisher then
// sends to. A registry filled at start-up is a worker pool or an
// in-process bus of the service's own parts.
//
// A registry of callbacks (or of records that hold one), added to on the
// request path, is one of subscribers too when a function on the
// request path calls each of them (for _, s := range t.subscribers {
// go func(s subscriber) { s(v, m) }(s.fn) }), also over a copy that a
// method of the package makes of the registry.
//
// A fan-out over a registry that no function of this package on the
// request path adds to is left to the importers (remote): the
// functions that add to it carry a subscribeFact, and an importer that
// calls one on its request path reports the broadcast at that call.
func broadcast(pass *analysis.Pass, r *report.Reporter, defs *walk.Defs, g *funcgraph.Graph, rp *requestpath.Result, f *funcgraph.Func, subscribed map[types.Object]bool, remote map[types.Object]fanOutAt) {
	for _, s := range f.Sites {
		if s.Call != nil {
			libraryBroadcast(pass, r, f, s.Call)
		}
	}
	body := f.Body()
	if body == nil {
		return
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its own Func
		case *ast.RangeStmt:
			fanOut(pass, r, defs, g, f, n, subscribed, rp.EntryOf(f) != nil || rp.ReachedFrom(f) != nil, remote)
		}
		return true
	})
}

// fanOut reports rs when it writes to each client of a registry.
func fanOut(pass *analysis.Pass, r *report.Reporter, defs *walk.Defs, g *funcgraph.Graph, f *funcgraph.Func, rs *ast.RangeStmt, subscribed map[types.Object]bool, onPath bool, remote map[types.Object]fanOutAt) {
	info := pass.TypesInfo
	reg := registryOf(rs.X)
	if v, ok := typematch.NamedObject(info, reg).(*types.Var); ok && !outlives(info, reg) {
		// conns := h.conns[userID]; for _, c := range conns
		if def := defs.Single(f, v); def != nil {
			reg = registryOf(def)
			if call, ok := ast.Unparen(def).(*ast.CallExpr); ok {
				if x := copyOf(info, g, call); x != nil {
					reg = x // subs := t.subscribersCopy()
				}
			}
		} else if ix := commaOk(info, defs, f, v); ix != nil {
			reg = registryOf(ix)
		}
	}
	obj := typematch.NamedObject(info, reg)
	if obj == nil || !outlives(info, reg) {
		return
	}
	var clients []types.Object   // the loop's variables that hold a client's connection
	var mailboxes []types.Object // those that hold a channel or a callback, of a registry no function here subscribes to
	what := "the client connections"
	for _, e := range []ast.Expr{rs.Key, rs.Value} {
		if id, ok := e.(*ast.Ident); ok {
			v := info.ObjectOf(id)
			switch {
			case v == nil:
			case catalog.HoldsClientConn(v.Type()):
				clients = append(clients, v)
			case subscribed[obj] && holdsChan(v.Type()):
				clients = append(clients, v)
				what = "the subscribers"
			case subscribed[obj] && onPath && holdsFunc(v.Type()) && shared(info, reg):
				clients = append(clients, v)
				what = "the subscribers"
			case !subscribed[obj] && (holdsChan(v.Type()) || holdsFunc(v.Type())) && shared(info, reg):
				mailboxes = append(mailboxes, v)
			}
		}
	}
	name := types.ExprString(reg)
	if len(clients) == 0 && len(mailboxes) > 0 && remote != nil && sendsTo(info, rs.Body, mailboxes) {
		if _, ok := remote[obj]; !ok {
			remote[obj] = fanOutAt{name: regName(info, reg), pos: walk.DirPos(pass.Fset, rs.Pos()), from: f.Name}
		}
		return
	}
	if len(clients) == 0 || !sendsTo(info, rs.Body, clients) {
		return
	}
	key := "broadcast " + pass.Fset.Position(obj.Pos()).String()
	r.ReportCause(key, 0, analysis.Diagnostic{Pos: rs.Pos(), End: rs.Pos() + 3, Category: catBroadcast}, f.Name, func(who string) string {
		return fmt.Sprintf("in-process broadcast to %s in %s (from %s): a client connected to another instance behind a load balancer never gets the message; fan out through a shared pub/sub (Redis, NATS, Postgres LISTEN/NOTIFY) that every instance subscribes to", what, name, who)
	})
}

// commaOk returns m[k] when the local v is given its value once, as the
// element of a comma-ok lookup (conns, ok := h.conns[userID]), and is
// not assigned again; nil otherwise.
func commaOk(info *types.Info, defs *walk.Defs, f *funcgraph.Func, v *types.Var) *ast.IndexExpr {
	var out *ast.IndexExpr
	n := 0
	for _, def := range defs.Of(f)[v] {
		if !def.Plain() {
			continue
		}
		n++
		if ix, ok := ast.Unparen(def.Value).(*ast.IndexExpr); ok && def.How == walk.Tuple {
			// the element, not ok: go/types gives the pair's type
			if m, ok := types.Unalias(info.TypeOf(ix.X)).Underlying().(*types.Map); ok && types.Identical(v.Type(), m.Elem()) {
				out = ix
			}
		}
	}
	if n != 1 {
		return nil
	}
	return out
}

// holdsChan reports whether t is a channel, or a (pointer to a) struct
// with a channel field: a subscriber's mailbox.
func holdsChan(t types.Type) bool { return holds[*types.Chan](t) }

// holdsFunc reports whether t is a function, or a (pointer to a)
// struct with a function field: a subscriber's callback.
func holdsFunc(t types.Type) bool { return holds[*types.Signature](t) }

// holds reports whether t, or a field of the struct t is (or points
// to), has an underlying type of kind T.
func holds[T types.Type](t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := types.Unalias(t).Underlying().(type) {
	case T:
		return true
	case *types.Struct:
		for f := range u.Fields() {
			if _, ok := types.Unalias(f.Type()).Underlying().(T); ok {
				return true
			}
		}
	}
	return false
}

// copyOf returns the registry that call, a function of the package,
// returns a copy of: its result has the registry's type and it ranges
// over the registry, a field or a package-level variable (a copy taken
// under the lock, to send without holding it). nil otherwise.
func copyOf(info *types.Info, g *funcgraph.Graph, call *ast.CallExpr) ast.Expr {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Signature().Results().Len() != 1 {
		return nil
	}
	cf := g.Of(fn)
	if cf == nil || cf.Body() == nil {
		return nil
	}
	want := fn.Signature().Results().At(0).Type()
	var out ast.Expr
	ast.Inspect(cf.Body(), func(n ast.Node) bool {
		rs, ok := n.(*ast.RangeStmt)
		if out != nil || !ok {
			return out == nil
		}
		if x := registryOf(rs.X); outlives(info, x) && types.Identical(info.TypeOf(x), want) {
			out = x
		}
		return out == nil
	})
	return out
}

// subscriptions returns the registries (package-level variables and
// fields) that the functions of g on the request path add to: an
// element stored at a key (reg[k] = v) or appended (reg = append(reg,
// v)).
func subscriptions(info *types.Info, g *funcgraph.Graph, rp *requestpath.Result) map[types.Object]bool {
	out := make(map[types.Object]bool)
	for _, f := range g.Funcs {
		body := f.Body()
		if body == nil || rp.ReachedFrom(f) == nil {
			continue
		}
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false // its own Func
			case *ast.AssignStmt:
				for _, reg := range added(info, n) {
					if obj := typematch.NamedObject(info, reg); obj != nil && outlives(info, reg) {
						out[obj] = true
					}
				}
			}
			return true
		})
	}
	return out
}

// added returns the registries that as adds to: an element stored at a
// key (reg[k] = v) or appended (reg = append(reg, v)).
func added(info *types.Info, as *ast.AssignStmt) []ast.Expr {
	var regs []ast.Expr
	for i, lhs := range as.Lhs {
		if ix, ok := ast.Unparen(lhs).(*ast.IndexExpr); ok {
			regs = append(regs, registryOf(ix.X))
		} else if i < len(as.Rhs) && isAppend(info, as.Rhs[i]) {
			regs = append(regs, lhs)
		}
	}
	return regs
}

// isAppend reports whether e is a call of the built-in append.
func isAppend(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := info.Uses[id].(*types.Builtin)
	return ok && b.Name() == "append"
}

// registryOf strips the indexing from x: h.conns[userID] is one
// user's part of the registry h.conns.
func registryOf(x ast.Expr) ast.Expr {
	x = ast.Unparen(x)
	for {
		ix, ok := x.(*ast.IndexExpr)
		if !ok {
			return x
		}
		x = ast.Unparen(ix.X)
	}
}

// sendsTo reports whether body writes to the connection of one of the
// clients: a send on a channel of the client (client.send <- msg), a
// write method of the connection or of the client
// (c.conn.WriteMessage, c.WriteJSON, c.Send), or the connection handed
// to a writing function (wsjson.Write(ctx, c.conn, v), fmt.Fprintf(c.w,
// ...)). Closing or reading a client's fields is no message.
func sendsTo(info *types.Info, body *ast.BlockStmt, clients []types.Object) bool {
	of := func(e ast.Expr) bool { // e is rooted at a client
		id := walk.RootIdent(e)
		if id == nil {
			return false
		}
		obj := info.ObjectOf(id)
		for _, c := range clients {
			if obj == c {
				return true
			}
		}
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.SendStmt:
			found = of(n.Chan)
		case *ast.CallExpr:
			if _, ok := typeutil.Callee(info, n).(*types.Var); ok && of(n.Fun) {
				found = true // s.notify(msg): the client's callback
				return false
			}
			if lit, ok := ast.Unparen(n.Fun).(*ast.FuncLit); ok && callsParam(info, lit, n.Args, of) {
				found = true // go func(fn subscriber) { fn(msg) }(s.fn)
				return false
			}
			fn, ok := typeutil.Callee(info, n).(*types.Func)
			if !ok {
				return true
			}
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && fn.Signature().Recv() != nil && of(sel.X) {
				if writes(fn.Name()) && catalog.HoldsClientConn(info.TypeOf(sel.X)) {
					found = true
					return false
				}
			}
			if fn.Pkg() == nil || fn.Signature().Recv() != nil {
				return true
			}
			for _, a := range n.Args {
				if of(a) && catalog.IsClientConn(info.TypeOf(a)) &&
					(catalog.ClientConnPackage(fn.Pkg().Path()) || writes(fn.Name()) || strings.HasPrefix(fn.Name(), "Fprint")) {
					found = true
					return false
				}
			}
		}
		return true
	})
	return found
}

// isFunc reports whether t is a function type.
func isFunc(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := types.Unalias(t).Underlying().(*types.Signature)
	return ok
}

// callsParam reports whether lit, called with args, calls a parameter
// that one of args fills with a client's callback (of).
func callsParam(info *types.Info, lit *ast.FuncLit, args []ast.Expr, of func(ast.Expr) bool) bool {
	var params []types.Object
	i := 0
	for _, field := range lit.Type.Params.List {
		for _, name := range field.Names {
			if i < len(args) && isFunc(info.TypeOf(args[i])) && of(args[i]) {
				params = append(params, info.Defs[name])
			}
			i++
		}
		if len(field.Names) == 0 {
			i++
		}
	}
	if len(params) == 0 {
		return false
	}
	found := false
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if found || !ok {
			return !found
		}
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
			for _, p := range params {
				if info.Uses[id] == p {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// writes reports whether a method or function of this name sends a
// message: Write, WriteMessage, WriteJSON, Send, SendText, Push,
// Publish, Emit, Notify.
func writes(name string) bool {
	for _, p := range []string{"Write", "Send", "Push", "Publish", "Emit", "Notify", "NextWriter"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// libraryBroadcast reports a call of f that fans a message out through
// a library that holds the connections in process memory (melody's
// Broadcast). The calls on one hub are one finding.
func libraryBroadcast(pass *analysis.Pass, r *report.Reporter, f *funcgraph.Func, call *ast.CallExpr) {
	what, ok := catalog.Broadcast(pass.TypesInfo, call)
	if !ok {
		return
	}
	key := "broadcast " + pass.Fset.Position(call.Pos()).String()
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if obj := typematch.NamedObject(pass.TypesInfo, sel.X); obj != nil {
			key = "broadcast " + pass.Fset.Position(obj.Pos()).String()
		}
	}
	r.ReportCause(key, 0, analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Category: catBroadcast}, f.Name, func(who string) string {
		return fmt.Sprintf("in-process broadcast through %s (from %s): the library reaches only the clients connected to this instance, so a client connected to another instance behind a load balancer never gets the message; fan out through a shared pub/sub (Redis, NATS, Postgres LISTEN/NOTIFY) that every instance subscribes to", what, who)
	})
}

// shared reports whether the registry reg is shared between the
// requests: a package-level variable, or a field of a struct that holds
// a sync.Mutex or RWMutex (the lock that the goroutines of the requests
// take), not the list of a builder made for one request (a query's
// predicates).
func shared(info *types.Info, reg ast.Expr) bool {
	sel, ok := ast.Unparen(reg).(*ast.SelectorExpr)
	if !ok {
		v, ok := typematch.NamedObject(info, reg).(*types.Var)
		return ok && funcgraph.IsPackageLevel(v)
	}
	s := info.Selections[sel]
	if s == nil {
		v, ok := info.Uses[sel.Sel].(*types.Var)
		return ok && funcgraph.IsPackageLevel(v) // pkg.Registry
	}
	t := s.Recv()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := types.Unalias(t).Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for f := range st.Fields() {
		ft := f.Type()
		if p, ok := types.Unalias(ft).(*types.Pointer); ok {
			ft = p.Elem()
		}
		if typematch.IsNamed(ft, "sync", "Mutex") || typematch.IsNamed(ft, "sync", "RWMutex") {
			return true
		}
	}
	return false
}

// regName names a registry for another package: a field by its type,
// "Hub.clients", a package-level variable by itself.
func regName(info *types.Info, reg ast.Expr) string {
	if sel, ok := ast.Unparen(reg).(*ast.SelectorExpr); ok {
		if s := info.Selections[sel]; s != nil && s.Kind() == types.FieldVal {
			if n := typematch.NamedOf(s.Recv()); n != nil {
				return n.Obj().Name() + "." + sel.Sel.Name
			}
		}
	}
	return types.ExprString(reg)
}

// fanOutAt is a fan-out over a registry that this package leaves to the
// importers that subscribe to it.
type fanOutAt struct {
	name string // the registry, as the loop names it: "notificationListeners"
	pos  string // the loop: "notification/notify.go:80"
	from string // the function the loop is in
}

// subscribeFact marks a function that adds a subscriber to a registry
// that a function of its package sends to every subscriber of (a
// broadcast whose subscribers this package does not add on its own
// request path): the importer that calls it on the request path
// subscribes a client that only this instance's broadcast reaches.
type subscribeFact struct {
	Registry string // "notification.notificationListeners"
	FanOut   string // where the broadcast loop is: "notification/notify.go:80"
	From     string // the function it is in: "notification.Broadcast"
}

// AFact marks subscribeFact as an analysis fact.
func (*subscribeFact) AFact() {}

func (f *subscribeFact) String() string {
	return fmt.Sprintf("subscribes to %s (broadcast by %s at %s)", f.Registry, f.From, f.FanOut)
}

// exportSubscribers gives the exported functions of the package that
// add to a registry of remote (an element stored at a key or appended)
// a subscribeFact.
func exportSubscribers(pass *analysis.Pass, g *funcgraph.Graph, remote map[types.Object]fanOutAt) {
	if len(remote) == 0 {
		return
	}
	info := pass.TypesInfo
	for _, f := range g.Funcs {
		if f.Obj == nil || !f.Obj.Exported() || f.Body() == nil {
			continue
		}
		var fact *subscribeFact
		ast.Inspect(f.Body(), func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if fact != nil || !ok {
				return fact == nil
			}
			for _, reg := range added(info, as) {
				if at, ok := remote[typematch.NamedObject(info, reg)]; ok {
					fact = &subscribeFact{Registry: pass.Pkg.Name() + "." + at.name, FanOut: at.pos, From: pass.Pkg.Name() + "." + at.from}
				}
			}
			return fact == nil
		})
		if fact != nil {
			pass.ExportObjectFact(f.Obj, fact)
		}
	}
}

// subscribers reports the calls, on the request path of this package,
// of a function of another package that adds a subscriber to a
// registry that only its package's broadcast sends to (subscribeFact):
// the client subscribed here hears only this instance's messages. The
// calls that subscribe to one registry are one finding.
func subscribers(pass *analysis.Pass, r *report.Reporter, g *funcgraph.Graph, rp *requestpath.Result) {
	for _, f := range g.Funcs {
		e := cmp.Or(rp.EntryOf(f), rp.ReachedFrom(f))
		if e == nil {
			continue
		}
		for _, s := range f.Sites {
			if s.Call == nil || s.Callee == nil || s.Callee.Pkg() == pass.Pkg {
				continue
			}
			var fact subscribeFact
			if !pass.ImportObjectFact(s.Callee, &fact) {
				continue
			}
			callee := s.Callee.Pkg().Name() + "." + s.Callee.Name()
			r.ReportCause("subscribe "+fact.Registry, 0, analysis.Diagnostic{Pos: s.Call.Pos(), End: s.Call.End(), Category: catBroadcast, Related: []analysis.RelatedInformation{e.Related()}}, e.Func.Name, func(who string) string {
				return fmt.Sprintf("in-process broadcast: %s, on the request path of %s, subscribes the client to %s, which %s (%s) sends to in this instance only: a client connected to another instance behind a load balancer never gets the message; fan out through a shared pub/sub (Redis, NATS, Postgres LISTEN/NOTIFY) that every instance subscribes to", callee, who, fact.Registry, fact.From, fact.FanOut)
			})
		}
	}
}
