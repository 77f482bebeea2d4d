package sessions

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/typematch"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

// rootKind says what keeps a written map alive.
type rootKind uint8

const (
	rootGlobal   rootKind = iota + 1 // a package-level variable
	rootRecv                         // the receiver of the method doing the write
	rootCaptured                     // a variable of an enclosing function (a handler factory's local)
)

// effect is a map write that a function performs, directly or through
// the functions it calls, whose map outlives the call and whose key is
// labelled.
type effect struct {
	mapName   string         // for messages: "sessions", "Store.items"
	mapObj    types.Object   // the map variable or field, when in this package
	holders   []types.Object // the variables and fields on the way to the map, in this package
	root      rootKind
	captured  *types.Var // for rootCaptured
	key       labels
	pos, end  token.Pos // in the function: the write, or the call that leads to it
	via       string    // "" when the write is in the function, else the call: "store.Set"
	writer    string    // the function that writes the map: "Store.Set"
	at        string    // where the write is: "store.go:12"
	writePos  token.Pos // the write, when in this package
	qualified bool      // mapName and writer name their package (from a fact)
}

// effectsOf returns the map writes of f that matter to its callers, and
// records in c.complete those that are session writes in f itself.
func (c *checker) effectsOf(f *funcgraph.Func) []*effect { return c.effects.Of(f) }

// summarise computes the effects of f from those of its callees.
func (c *checker) summarise(f *funcgraph.Func) []*effect {
	body := f.Body()
	if body == nil {
		return nil
	}
	var all []*effect
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its own function, reached through its site
		case *ast.AssignStmt:
			if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
				return true // m[k] += 1 counts, it does not hold sessions
			}
			for i, lhs := range n.Lhs {
				idx, ok := ast.Unparen(lhs).(*ast.IndexExpr)
				if !ok || !isMap(c.pass.TypesInfo.TypeOf(idx.X)) {
					continue
				}
				if notSession(c.pass.TypesInfo.TypeOf(lhs)) {
					continue
				}
				if len(n.Lhs) == len(n.Rhs) && c.readThrough(f, idx.X, idx.Index, n.Rhs[i:i+1], n.Pos()) {
					continue
				}
				if e := c.write(f, idx.X, idx.Index, lhs); e != nil {
					all = append(all, e)
				}
			}
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(c.pass.TypesInfo, n).(*types.Func)
			if fn == nil || fn.Signature().Recv() == nil || !typematch.IsPointerTo(fn.Signature().Recv().Type(), "sync", "Map") || len(n.Args) == 0 {
				return true
			}
			switch fn.Name() {
			case "Store", "LoadOrStore", "Swap", "CompareAndSwap":
				if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
					if len(n.Args) > 1 && notSession(c.pass.TypesInfo.TypeOf(n.Args[len(n.Args)-1])) {
						return true
					}
					if c.readThrough(f, sel.X, n.Args[0], n.Args[1:], n.Pos()) {
						return true
					}
					if e := c.write(f, sel.X, n.Args[0], n); e != nil {
						all = append(all, e)
					}
				}
			}
		}
		return true
	})
	for _, s := range f.Sites {
		all = append(all, c.through(f, s)...)
	}

	if len(all) == 0 {
		return nil
	}
	t := c.taintOf(f)
	var out []*effect
	returns := f.Obj != nil && c.returns(f.Obj)&generated != 0
	onPath := c.rp.ReachedFrom(f) != nil
	entry := c.rp.EntryOf(f) != nil
	for _, e := range all {
		if t.keyed(e.key) {
			e.key |= session
			if e.root == rootGlobal || entry {
				c.mark(e)
				if onPath {
					c.complete[f] = append(c.complete[f], e)
					continue
				}
			}
		}
		if !returns {
			// A generated key matters only to a caller that gets the
			// token back and sends it.
			if e.key &^= generated; e.key == 0 {
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// write returns the effect of writing key into the map m at node n, or
// nil when the map does not outlive the call or the key is unlabelled.
func (c *checker) write(f *funcgraph.Func, m, key ast.Expr, n ast.Node) *effect {
	r, ok := c.rootOf(f, m, 0)
	if !ok || c.neverLookedUp(r.last) {
		return nil
	}
	l := c.taintOf(f).expr(key)
	if l == 0 {
		return nil
	}
	return &effect{
		mapName:  r.name,
		mapObj:   r.last,
		holders:  r.holders,
		root:     r.kind,
		captured: r.captured,
		key:      l,
		pos:      n.Pos(),
		end:      n.End(),
		writer:   f.Name,
		at:       walk.Pos(c.pass.Fset, n.Pos()),
		writePos: n.Pos(),
	}
}

// through returns the effects of the function that site s runs, seen
// from f: the key in terms of f's arguments, the map's root in terms of
// f's receiver, globals and captured variables.
func (c *checker) through(f *funcgraph.Func, s *funcgraph.Site) []*effect {
	var callee []*effect
	switch {
	case c.rp.Follows(s):
		callee = c.effectsOf(s.Target) // the writes reported in s.Target do not come through
	case s.Target == nil && !s.Escapes && s.Callee != nil && s.Ref == nil && s.Callee.Pkg() != c.pass.Pkg:
		callee = c.imported(s.Callee)
	}
	if len(callee) == 0 {
		return nil
	}
	if sel, ok := ast.Unparen(s.Expr()).(*ast.CallExpr); ok && s.Ref == nil && len(sel.Args) > 1 {
		if recv, ok := ast.Unparen(sel.Fun).(*ast.SelectorExpr); ok && c.pass.TypesInfo.Selections[recv] != nil && c.readThrough(f, recv.X, sel.Args[0], sel.Args[1:], s.Pos()) {
			return nil // c.Set(k, v) after c.Get(k) missed
		}
	}
	t := c.taintOf(f)
	var out []*effect
	for _, e := range callee {
		ne := *e
		ne.pos, ne.end = s.Pos(), s.Expr().End()
		ne.via = s.CalleeText()
		ne.key = e.key & (session | generated)
		if p := e.key.params(); p != 0 && s.Ref == nil && s.Call != nil {
			ne.key |= t.args(s.Call, s.Callee, p)
		}
		if ne.key == 0 {
			continue
		}
		switch e.root {
		case rootRecv:
			if s.Ref != nil || s.Call == nil {
				continue // a method value: its receiver is not followed
			}
			sel, ok := ast.Unparen(s.Call.Fun).(*ast.SelectorExpr)
			if !ok {
				continue
			}
			if selection := c.pass.TypesInfo.Selections[sel]; selection == nil || selection.Kind() != types.MethodVal {
				continue
			}
			r, ok := c.rootOf(f, sel.X, 0)
			if !ok {
				continue
			}
			ne.root, ne.captured = r.kind, r.captured
			ne.holders = append(append([]types.Object(nil), r.holders...), e.holders...)
		case rootCaptured:
			if within(e.captured.Pos(), f) {
				continue // a local of f: it dies with the call
			}
		}
		out = append(out, &ne)
	}
	return out
}

// mark records the variables and fields that hold sessions.
func (c *checker) mark(e *effect) {
	for _, o := range e.holders {
		if o != nil && o.Pkg() == c.pass.Pkg {
			c.res.sessions[o] = true
		}
	}
	if e.mapObj != nil && e.mapObj.Pkg() == c.pass.Pkg {
		c.res.sessions[e.mapObj] = true
	}
}

// notSession reports whether a map value of type t is per-client
// state that is not a session: a rate limiter (globalstate's business).
func notSession(t types.Type) bool {
	return t != nil && typematch.IsPointerTo(t, "golang.org/x/time/rate", "Limiter")
}

func isMap(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Map)
	return ok
}

// readThrough reports whether a write of values under key into
// container, at pos in f, fills a read-through cache of a shared store:
// f looked the key up in the container first, and the value written is
// what a database query or a call to another service returned
// (v, ok := cache[token]; if !ok { v = users.ByToken(token); cache[token] = v }).
// The session lives in that store, where a second instance finds it; the
// map is a copy. A session created here (a new value after a miss) is
// not a copy of anything.
func (c *checker) readThrough(f *funcgraph.Func, container, key ast.Expr, values []ast.Expr, pos token.Pos) bool {
	body := f.Body()
	if body == nil || !walk.LookedUp(c.pass.TypesInfo, body, container, key, pos) {
		return false
	}
	for _, v := range values {
		if c.sum.Loaded(c.defs, f, v) {
			return true
		}
	}
	return false
}
