package funcgraph

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
)

// Function values that are called later.
//
// Services call functions through variables and fields as often as
// directly: `lookup := h.users.GetByID; for ... { lookup(ctx, id) }`, a
// struct field holding a func set in a constructor, a helper that takes
// a callback and calls it once per element. The graph resolves a call
// of a local variable or field of function type when every assignment
// to it that the package makes is one and the same function (a
// declared function, a method value, or a literal), and records, for a
// function that calls one of its function parameters inside a loop,
// that loop: a function value passed there is repeated by it.

// funcRef is the one function a variable or field holds.
type funcRef struct {
	fn  *types.Func // a declared function or method (possibly abstract)
	lit *Func       // a literal
}

// funcVars finds the local variables and fields of function type that
// the package assigns exactly one function to.
type funcVars struct {
	refs map[*types.Var]funcRef
	bad  map[*types.Var]bool     // assigned something else, or two functions
	rhs  map[ast.Expr]*types.Var // the function value assigned to a resolved local
}

func (b *builder) collectFuncVars(root inspector.Cursor) {
	fv := &funcVars{
		refs: make(map[*types.Var]funcRef),
		bad:  make(map[*types.Var]bool),
		rhs:  make(map[ast.Expr]*types.Var),
	}
	info := b.pass.TypesInfo
	assign := func(lhs, rhs ast.Expr) {
		v := b.assignedVar(lhs)
		if v == nil {
			return
		}
		if _, ok := v.Type().Underlying().(*types.Signature); !ok {
			return
		}
		ref, ok := b.refOf(rhs)
		if !ok {
			fv.bad[v] = true
			return
		}
		if old, seen := fv.refs[v]; seen && old != ref {
			fv.bad[v] = true
			return
		}
		fv.refs[v] = ref
		if !v.IsField() && ref.fn != nil {
			fv.rhs[ast.Unparen(rhs)] = v
		}
	}
	for cur := range root.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CompositeLit)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				for _, lhs := range n.Lhs {
					if v := b.assignedVar(lhs); v != nil {
						fv.bad[v] = true
					}
				}
				continue
			}
			for i := range n.Lhs {
				assign(n.Lhs[i], n.Rhs[i])
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if i < len(n.Values) && len(n.Values) == len(n.Names) {
					assign(name, n.Values[i])
				}
			}
		case *ast.CompositeLit:
			for _, elt := range n.Elts {
				kv, ok := elt.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				if key, ok := kv.Key.(*ast.Ident); ok {
					if v, ok := info.Uses[key].(*types.Var); ok && v.IsField() {
						assign(key, kv.Value)
					}
				}
			}
		}
	}
	for v := range fv.bad {
		delete(fv.refs, v)
	}
	for e, v := range fv.rhs {
		if fv.bad[v] {
			delete(fv.rhs, e)
		}
	}
	b.funcVars = fv
}

// assignedVar returns the local variable or field that lhs names, or
// nil for a package-level variable, a blank, or anything else.
func (b *builder) assignedVar(lhs ast.Expr) *types.Var {
	info := b.pass.TypesInfo
	var id *ast.Ident
	switch e := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return nil
	}
	v, ok := info.ObjectOf(id).(*types.Var)
	if !ok || v.Pkg() != b.pass.Pkg {
		return nil
	}
	if !v.IsField() && (v.Parent() == nil || v.Parent() == v.Pkg().Scope()) {
		return nil
	}
	return v
}

// refOf returns the function that e denotes: a literal, a function, a
// method value (also of an interface method).
func (b *builder) refOf(e ast.Expr) (funcRef, bool) {
	info := b.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		if f := b.g.byLit[e]; f != nil {
			return funcRef{lit: f}, true
		}
	case *ast.Ident:
		if fn, ok := info.Uses[e].(*types.Func); ok {
			return funcRef{fn: fn.Origin()}, true
		}
	case *ast.SelectorExpr:
		if fn, ok := info.Uses[e.Sel].(*types.Func); ok {
			return funcRef{fn: fn.Origin()}, true
		}
	}
	return funcRef{}, false
}

// callVar records a call of a function variable or field that holds one
// known function, and the loops in which a function calls its own
// function parameters.
func (b *builder) callVar(cur inspector.Cursor, call *ast.CallExpr, f *Func, v *types.Var) {
	loop := loopAround(b.pass.TypesInfo, cur)
	if fn := catalog.CallOf(v.Type()); fn != nil {
		// A client's API call kept in a field of a function type
		// (es.Search(...)): the call it stands for.
		site := &Site{Func: f, Call: call, Callee: fn, Loop: loop, Escapes: f.NotPerRequest(call.Pos())}
		site.Depth = loopDepth(b.pass.TypesInfo, cur, loop)
		f.Sites = append(f.Sites, site)
		return
	}
	if loop != nil {
		if i := ParamIndex(f.Sig, v); i >= 0 {
			if f.paramLoops == nil {
				f.paramLoops = make(map[int]ast.Stmt)
			}
			if f.paramLoops[i] == nil {
				f.paramLoops[i] = loop
			}
		}
	}
	if b.funcVars == nil {
		return
	}
	ref, ok := b.funcVars.refs[v]
	if !ok || ref.fn == nil {
		// A literal in a local runs where it is written as far as the
		// graph is concerned (its value site is followed); every call
		// site keeps a Callee.
		return
	}
	site := &Site{Func: f, Call: call, Loop: loop, Escapes: f.NotPerRequest(call.Pos())}
	switch {
	case isAbstract(ref.fn):
		site.Callee = ref.fn
		if impl := b.implementation(ref.fn); impl != nil {
			site.Target = b.g.byObj[impl]
		}
	default:
		site.Callee = ref.fn
		site.Target = b.g.byObj[ref.fn]
	}
	f.Sites = append(f.Sites, site)
}

// callbackLoops gives a function value passed to a function of this
// package the loop in which that function calls the parameter it
// arrives in: `each(ids, func(id int) { ... })` repeats the literal
// once per id, though no loop surrounds it where it is written.
func (b *builder) callbackLoops() {
	info := b.pass.TypesInfo
	for _, f := range b.g.Funcs {
		for _, s := range f.Sites {
			if s.Ref == nil || s.Call == nil || s.Escapes || s.Loop != nil {
				continue
			}
			fn, ok := typeutil.Callee(info, s.Call).(*types.Func)
			if !ok {
				continue
			}
			g := b.g.byObj[fn.Origin()]
			if g == nil || g.paramLoops == nil {
				continue
			}
			for i, arg := range s.Call.Args {
				if ast.Unparen(arg) != s.Ref {
					continue
				}
				k := Param(g.Sig, i) // counted as ParamIndex counts: the receiver first
				if g.Sig.Recv() != nil {
					k++
				}
				if loop := g.paramLoops[k]; loop != nil {
					s.Loop, s.LoopIn = loop, g
				}
			}
		}
	}
}

// OfLit returns the node of a function literal of this package, or nil.
func (g *Graph) OfLit(lit *ast.FuncLit) *Func { return g.byLit[lit] }
