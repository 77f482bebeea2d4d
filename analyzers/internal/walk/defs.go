package walk

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
)

// How says how a definition gives a local variable its value.
type How uint8

// The ways a local variable is defined.
const (
	Assign   How = iota + 1 // x = v, x := v, var x = v, and x.f = v or x[i] = v (Lhs says which)
	OpAssign                // x += v
	IncDec                  // x++, x--
	Tuple                   // x, err := call(), v, ok := m[k]: Value is the one right-hand side
	Zero                    // var x T
	Addr                    // &x: it may be written through the pointer; Value is the call &x is an argument of, if any
	Range                   // for k, v := range X: Value is X
	Call                    // x.M(args): the method may keep args in x; Value is the call
	Passed                  // f(x) or y.M(x) with x a pointer or a map: the callee may fill it; Value is the call
)

// Def is one definition of a local variable: an assignment to it or
// to a field or element of it, or a use that may change it.
type Def struct {
	How   How
	Lhs   ast.Expr // what is written: x, or a path from it (x.f, x[i], *x); the receiver x for Call
	Value ast.Expr // the value; nil for Zero and IncDec, and for Addr but the call it is an argument of
}

// Defs indexes the definitions of the local variables of each function,
// lazily. Literals share the variables of the function they are in, so
// the index of a literal is that of its outermost function.
type Defs struct {
	info *types.Info
	m    map[*funcgraph.Func]map[*types.Var][]Def
}

// NewDefs returns an empty index over a package's functions.
func NewDefs(info *types.Info) *Defs {
	return &Defs{info: info, m: make(map[*funcgraph.Func]map[*types.Var][]Def)}
}

// Of returns the definitions of the local variables of the function
// that declares f, by the variable they start from, in source order.
func (d *Defs) Of(f *funcgraph.Func) map[*types.Var][]Def {
	for f.Outer != nil {
		f = f.Outer
	}
	if m, ok := d.m[f]; ok {
		return m
	}
	m := make(map[*types.Var][]Def)
	add := func(lhs ast.Expr, def Def) {
		id := RootIdent(lhs)
		if id == nil {
			return
		}
		if v, ok := d.info.ObjectOf(id).(*types.Var); ok && !v.IsField() {
			def.Lhs = lhs
			m[v] = append(m[v], def)
		}
	}
	if body := f.Body(); body != nil {
		args := make(map[*ast.UnaryExpr]bool) // &x already added as a call's argument
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					switch {
					case len(n.Lhs) != len(n.Rhs):
						add(l, Def{How: Tuple, Value: n.Rhs[0]})
					case n.Tok == token.ASSIGN || n.Tok == token.DEFINE:
						add(l, Def{How: Assign, Value: n.Rhs[i]})
					default:
						add(l, Def{How: OpAssign, Value: n.Rhs[i]})
					}
				}
			case *ast.IncDecStmt:
				add(n.X, Def{How: IncDec})
			case *ast.ValueSpec:
				for i, id := range n.Names {
					switch {
					case len(n.Values) == 0:
						add(id, Def{How: Zero})
					case len(n.Names) == len(n.Values):
						add(id, Def{How: Assign, Value: n.Values[i]})
					default:
						add(id, Def{How: Tuple, Value: n.Values[0]})
					}
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND && !args[n] {
					add(n.X, Def{How: Addr})
				}
			case *ast.RangeStmt:
				for _, e := range []ast.Expr{n.Key, n.Value} {
					if e != nil {
						add(e, Def{How: Range, Value: n.X})
					}
				}
			case *ast.CallExpr:
				if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && d.info.Selections[sel] != nil {
					add(sel.X, Def{How: Call, Value: n})
				}
				if tv, ok := d.info.Types[n.Fun]; ok && tv.IsType() {
					break // a conversion
				}
				for _, a := range n.Args {
					if id, ok := ast.Unparen(a).(*ast.Ident); ok && fillable(d.info.TypeOf(id)) {
						add(id, Def{How: Passed, Value: n})
					}
					if u, ok := ast.Unparen(a).(*ast.UnaryExpr); ok && u.Op == token.AND {
						args[u] = true
						add(u.X, Def{How: Addr, Value: n}) // db.Find(&rows), Decode(&req)
					}
				}
			}
			return true
		})
	}
	d.m[f] = m
	return m
}

// fillable reports whether a value of type t passed to a function lets
// it change what the caller's variable holds: a pointer or a map.
func fillable(t types.Type) bool {
	if t == nil {
		return false
	}
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Map:
		return true
	}
	return false
}

// Plain reports whether def assigns the variable itself (x = v, not
// x.f = v), or takes its address or ranges into it.
func (def Def) Plain() bool {
	_, ok := ast.Unparen(def.Lhs).(*ast.Ident)
	return ok && def.How != Call && def.How != Passed
}

// Single returns the value assigned to v in f when v is a local that
// is given a value exactly once, by a plain assignment or declaration,
// and neither assigned again nor has its address taken; nil otherwise.
// Writes to its fields and method calls on it do not count.
func (d *Defs) Single(f *funcgraph.Func, v *types.Var) ast.Expr {
	var out ast.Expr
	n := 0
	for _, def := range d.Of(f)[v] {
		if !def.Plain() {
			continue
		}
		n++
		if def.How == Assign {
			out = def.Value
		}
	}
	if n != 1 {
		return nil
	}
	return out
}

// RootIdent returns the variable an lvalue or receiver starts from:
// x for x, x.f, x[i], *x, (x).f.g.
func RootIdent(e ast.Expr) *ast.Ident {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return x
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return nil
		}
	}
}
