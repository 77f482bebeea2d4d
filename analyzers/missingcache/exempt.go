package missingcache

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/typematch"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

// cachePackages are in-process cache libraries: a Get on one of their
// types is a lookup, a Set or Add a store.
var cachePackages = map[string]bool{
	"github.com/hashicorp/golang-lru":              true,
	"github.com/hashicorp/golang-lru/v2":           true,
	"github.com/hashicorp/golang-lru/v2/expirable": true,
	"github.com/hashicorp/golang-lru/v2/simplelru": true,
	"github.com/hashicorp/golang-lru/arc/v2":       true,
	"github.com/dgraph-io/ristretto":               true,
	"github.com/dgraph-io/ristretto/v2":            true,
	"github.com/allegro/bigcache/v3":               true,
	"github.com/allegro/bigcache/v2":               true,
	"github.com/coocood/freecache":                 true,
	"github.com/patrickmn/go-cache":                true,
	"github.com/golang/groupcache":                 true,
	"github.com/jellydator/ttlcache/v3":            true,
	"github.com/maypok86/otter":                    true,
}

// cacheCall classifies a call as a cache lookup or a cache store.
func cacheCall(fn *types.Func) (lookup, store bool) {
	recv := fn.Signature().Recv()
	if recv == nil || fn.Pkg() == nil {
		return false, false
	}
	name := fn.Name()
	switch {
	case typematch.IsNamed(recv.Type(), "sync", "Map") || typematch.IsPointerTo(recv.Type(), "sync", "Map"):
		switch name {
		case "Load":
			return true, false
		case "LoadOrStore":
			return true, true
		case "Store", "Swap", "CompareAndSwap":
			return false, true
		}
		return false, false
	case cachePackages[fn.Pkg().Path()]:
	default:
		if op, ok := catalog.Lookup(fn); !ok || op.Kind != catalog.Cache {
			return false, false // not a Redis or memcached client either
		}
	}
	switch {
	case strings.HasPrefix(name, "Get"), strings.HasPrefix(name, "MGet"), strings.HasPrefix(name, "HGet"), name == "Peek", name == "Load":
		return true, false
	case strings.HasPrefix(name, "Set"), strings.HasPrefix(name, "MSet"), strings.HasPrefix(name, "HSet"),
		name == "Add", name == "Put", name == "Replace", name == "ContainsOrAdd", name == "PeekOrAdd", name == "Store":
		return false, true
	}
	return false, false
}

// cached reports whether f returns early when a lookup in a cache (a
// cache client, sync.Map, or a map that outlives the request) hits:
// the expensive work of such a function runs on a miss only. The calls
// whose results f stores into such a cache (cacheFed) are the only
// ones exempt in a function that stores without such a guard: a
// handler that compiles a pattern and also records lastSeen[addr] =
// name still compiles it on every request.
func (c *checker) cached(f *funcgraph.Func) bool {
	if v, ok := c.cachedMemo[f]; ok {
		return v
	}
	var stored []ast.Expr // the values f stores into a cache
	info := c.pass.TypesInfo
	lookupVars := make(map[types.Object]bool)
	hasLookup := func(n ast.Node) bool {
		found := false
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if fn, ok := typeutil.Callee(info, n).(*types.Func); ok {
					if lookup, _ := cacheCall(fn); lookup {
						found = true
					}
				}
			case *ast.Ident:
				if lookupVars[info.Uses[n]] {
					found = true
				}
			}
			return !found
		})
		return found
	}
	body := f.Body()
	// A cache written by hand: a lookup through a method of a field
	// that returns on a hit, and a fill through the same field.
	result := len(walk.ReadThrough(info, body)) > 0
	if body != nil && !result {
		ast.Inspect(body, func(n ast.Node) bool {
			if result {
				return false
			}
			switch n := n.(type) {
			case *ast.CallExpr:
				if fn, ok := typeutil.Callee(info, n).(*types.Func); ok {
					if _, store := cacheCall(fn); store {
						stored = append(stored, n.Args...)
					}
				}
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok && c.sharedMap(f, ix.X) {
						stored = append(stored, rhsOf(n, i)) // cache[key] = value
					}
				}
				// v, ok := cache[key]; v, err := rdb.Get(ctx, k).Result()
				isLookup := false
				for _, r := range n.Rhs {
					if ix, ok := ast.Unparen(r).(*ast.IndexExpr); ok && len(n.Lhs) == 2 && c.sharedMap(f, ix.X) {
						isLookup = true
					}
					if hasLookup(r) {
						isLookup = true
					}
				}
				if isLookup {
					for _, l := range n.Lhs {
						if id, ok := l.(*ast.Ident); ok {
							if obj := info.ObjectOf(id); obj != nil {
								lookupVars[obj] = true
							}
						}
					}
				}
			case *ast.IfStmt:
				// if v, ok := cache.Get(k); ok { return v }
				if (n.Init != nil && c.initLooksUp(f, n.Init, hasLookup, lookupVars)) || hasLookup(n.Cond) {
					if returns(n.Body) {
						result = true
					}
				}
			}
			return true
		})
	}
	c.cachedMemo[f] = result
	c.cacheFed[f] = fedBy(info, body, stored)
	return result
}

// rhsOf returns the value assigned to the i-th left-hand side of a:
// the i-th right-hand side, or the one call that assigns them all.
func rhsOf(a *ast.AssignStmt, i int) ast.Expr {
	if len(a.Rhs) == len(a.Lhs) {
		return a.Rhs[i]
	}
	return a.Rhs[0]
}

// fedBy returns the calls in body whose results flow into the stored
// values: calls inside them, and calls whose results are assigned to a
// local that they use, directly or through other locals (p :=
// load(ctx); cache["all"] = p).
func fedBy(info *types.Info, body *ast.BlockStmt, stored []ast.Expr) map[*ast.CallExpr]bool {
	out := make(map[*ast.CallExpr]bool)
	if body == nil || len(stored) == 0 {
		return out
	}
	locals := make(map[types.Object]bool)
	mark := func(e ast.Expr) bool {
		grew := false
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				out[n] = true
			case *ast.Ident:
				if v, ok := info.Uses[n].(*types.Var); ok && !funcgraph.IsPackageLevel(v) && !locals[v] {
					locals[v] = true
					grew = true
				}
			}
			return true
		})
		return grew
	}
	for _, e := range stored {
		if e != nil {
			mark(e)
		}
	}
	for grew := true; grew; {
		grew = false
		ast.Inspect(body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok {
				return true
			}
			for i, l := range as.Lhs {
				id, ok := ast.Unparen(l).(*ast.Ident)
				if !ok || !locals[info.ObjectOf(id)] {
					continue
				}
				if r := rhsOf(as, i); r != nil && mark(r) {
					grew = true
				}
			}
			return true
		})
	}
	return out
}

// initLooksUp records the variables an if statement's init assigns
// from a cache lookup, and reports whether there were any.
func (c *checker) initLooksUp(f *funcgraph.Func, init ast.Stmt, hasLookup func(ast.Node) bool, lookupVars map[types.Object]bool) bool {
	as, ok := init.(*ast.AssignStmt)
	if !ok {
		return false
	}
	found := false
	for _, r := range as.Rhs {
		if ix, ok := ast.Unparen(r).(*ast.IndexExpr); ok && len(as.Lhs) == 2 && c.sharedMap(f, ix.X) {
			found = true
		}
		if hasLookup(r) {
			found = true
		}
	}
	if found {
		for _, l := range as.Lhs {
			if id, ok := l.(*ast.Ident); ok {
				if obj := c.pass.TypesInfo.ObjectOf(id); obj != nil {
					lookupVars[obj] = true
				}
			}
		}
	}
	return found
}

// sharedMap reports whether e, in f, is a map that outlives the
// request: a package-level variable, a field, or a variable captured
// from an enclosing function (a handler factory's), not a local.
func (c *checker) sharedMap(f *funcgraph.Func, e ast.Expr) bool {
	t := c.pass.TypesInfo.TypeOf(e)
	if t == nil {
		return false
	}
	if _, ok := t.Underlying().(*types.Map); !ok {
		return false
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		return true
	case *ast.Ident:
		v, ok := c.pass.TypesInfo.Uses[e].(*types.Var)
		if !ok || v.Pkg() == nil {
			return false
		}
		body := f.Body()
		return funcgraph.IsPackageLevel(v) || (f.Outer != nil && body != nil && (v.Pos() < body.Pos() || v.Pos() >= body.End()))
	}
	return false
}

// returns reports whether a block returns at its top level.
func returns(b *ast.BlockStmt) bool {
	for _, s := range b.List {
		if _, ok := s.(*ast.ReturnStmt); ok {
			return true
		}
	}
	return false
}

// runsOnce reports whether the function value passed at s runs at most
// once, or once per key for concurrent callers, or on a cache miss
// (funcgraph.RunsOnce).
func (c *checker) runsOnce(s *funcgraph.Site) bool {
	if s.Ref == nil || s.Call == nil {
		return false
	}
	fn, _ := typeutil.Callee(c.pass.TypesInfo, s.Call).(*types.Func)
	return funcgraph.RunsOnce(fn)
}

// storedCalls returns the calls whose result is assigned straight to a
// package-level variable or a field: lazy initialisation
// (if re == nil { re = regexp.MustCompile(...) }), computed once and
// kept. A call wrapped in Must is marked too.
func (c *checker) storedCalls() map[*ast.CallExpr]bool {
	out := make(map[*ast.CallExpr]bool)
	info := c.pass.TypesInfo
	var body *ast.BlockStmt // of the function the assignment is in
	var start token.Pos     // where that function's signature starts
	var recv *types.Var     // and its receiver, if a method
	kept := func(l ast.Expr) bool {
		switch l := ast.Unparen(l).(type) {
		case *ast.SelectorExpr:
			if info.Selections[l] == nil || info.Selections[l].Kind() != types.FieldVal {
				return false
			}
			return !perCall(info, l.X, start, body, recv)
		case *ast.Ident:
			v, ok := info.ObjectOf(l).(*types.Var)
			return ok && funcgraph.IsPackageLevel(v)
		}
		return false
	}
	for cur := range c.root.Preorder((*ast.AssignStmt)(nil)) {
		as := cur.Node().(*ast.AssignStmt)
		body, start, recv = nil, token.NoPos, nil
		for fc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
			switch fn := fc.Node().(type) {
			case *ast.FuncDecl:
				body, start = fn.Body, fn.Type.Pos()
				if fn.Recv != nil && len(fn.Recv.List) == 1 && len(fn.Recv.List[0].Names) == 1 {
					recv, _ = info.Defs[fn.Recv.List[0].Names[0]].(*types.Var)
				}
			case *ast.FuncLit:
				body, start = fn.Body, fn.Type.Pos()
			}
			break
		}
		if len(as.Rhs) != 1 && len(as.Rhs) != len(as.Lhs) {
			continue
		}
		for i, r := range as.Rhs {
			lhs := as.Lhs
			if len(as.Rhs) == len(as.Lhs) {
				lhs = as.Lhs[i : i+1]
			}
			if !slices.ContainsFunc(lhs, kept) || slices.ContainsFunc(lhs, func(l ast.Expr) bool { return reads(info, r, l) }) {
				continue // x.F = f(x.F): a rewrite of the value, not a result kept
			}
			call, ok := ast.Unparen(r).(*ast.CallExpr)
			for ok {
				out[call] = true
				if len(call.Args) != 1 {
					break
				}
				call, ok = ast.Unparen(call.Args[0]).(*ast.CallExpr) // template.Must(template.ParseFiles(...))
			}
		}
	}
	return out
}

// reads reports whether e reads the location l: the same variable, or
// the same chain of fields from it (c.Filter in f(c.Filter)).
func reads(info *types.Info, e, l ast.Expr) bool {
	want := types.ExprString(ast.Unparen(l))
	root := walk.RootIdent(l)
	if root == nil {
		return false
	}
	obj := info.ObjectOf(root)
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		x, ok := n.(ast.Expr)
		if !ok {
			return true
		}
		if id := walk.RootIdent(x); id != nil && info.Uses[id] == obj && types.ExprString(ast.Unparen(x)) == want {
			found = true
		}
		return !found
	})
	return found
}

// perCall reports whether x, the value whose field a result is stored
// in, is made for one call of the function whose body is body: a local
// variable declared there, or a parameter other than the receiver
// (cond.Pattern = regexp.MustCompile(p) on a condition built per
// request). Only a field of a package-level value, of the receiver (a
// long-lived server), or of a variable a closure captures keeps a
// result between requests.
func perCall(info *types.Info, x ast.Expr, start token.Pos, body *ast.BlockStmt, recv *types.Var) bool {
	id := walk.RootIdent(x)
	if id == nil || body == nil {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || funcgraph.IsPackageLevel(v) || v == recv {
		return false
	}
	// Declared in the function's body, or one of its parameters
	// (between its signature's start and its body); not a variable of
	// an enclosing function, which a closure captures.
	return v.Pos() >= start && v.Pos() < body.End()
}
