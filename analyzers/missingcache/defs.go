package missingcache

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
)

// localDef is one assignment to a local variable; expr is nil when the
// value is unknown (written through a pointer, ranged over a variant
// value...), and zero is set for a declaration without a value.
type localDef struct {
	expr   ast.Expr
	zero   bool
	byCall bool // x.M(args): the method may keep args in x
}

type varKey struct {
	f *funcgraph.Func
	v *types.Var
}

// localDefs indexes the assignments to the local variables of the
// function that declares f (literals share their outer function's
// variables). Writes through a field, an element, a pointer or a method
// call (q.Set("id", id), req.Header.Set(...)) count as assignments of
// the variable they start from.
func (c *checker) localDefs(f *funcgraph.Func) map[*types.Var][]localDef {
	for f.Outer != nil {
		f = f.Outer
	}
	if d, ok := c.defs[f]; ok {
		return d
	}
	info := c.pass.TypesInfo
	d := make(map[*types.Var][]localDef)
	add := func(e ast.Expr, def localDef) {
		id := rootIdent(e)
		if id == nil {
			return
		}
		if v, ok := info.ObjectOf(id).(*types.Var); ok && !v.IsField() {
			d[v] = append(d[v], def)
		}
	}
	if body := f.Body(); body != nil {
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					var rhs ast.Expr
					switch {
					case len(n.Lhs) == len(n.Rhs):
						rhs = n.Rhs[i]
						if n.Tok != token.DEFINE && n.Tok != token.ASSIGN {
							rhs = &ast.BinaryExpr{X: l, Op: token.ADD, Y: rhs} // x += y
						}
					case len(n.Rhs) == 1:
						rhs = n.Rhs[0] // v, err := call(...)
						if _, ok := ast.Unparen(rhs).(*ast.CallExpr); !ok {
							rhs = nil // v, ok := m[k], x.(T), <-ch
						}
					}
					if _, isIdent := l.(*ast.Ident); !isIdent && rhs != nil {
						rhs = &ast.BinaryExpr{X: l, Op: token.ADD, Y: rhs} // x.f = v: x now holds v too
					}
					add(l, localDef{expr: rhs})
				}
			case *ast.IncDecStmt:
				add(n.X, localDef{expr: n.X})
			case *ast.ValueSpec:
				for i, id := range n.Names {
					switch {
					case len(n.Values) == 0:
						add(id, localDef{zero: true})
					case len(n.Names) == len(n.Values):
						add(id, localDef{expr: n.Values[i]})
					default:
						add(id, localDef{expr: n.Values[0]})
					}
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					add(n.X, localDef{}) // &v: may be written through the pointer
				}
			case *ast.RangeStmt:
				for _, e := range []ast.Expr{n.Key, n.Value} {
					if e != nil {
						add(e, localDef{expr: n.X})
					}
				}
			case *ast.CallExpr:
				// x.M(args) may store args in x.
				if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && info.Selections[sel] != nil {
					add(sel.X, localDef{expr: &ast.CompositeLit{Elts: n.Args}, byCall: true})
				}
			}
			return true
		})
	}
	c.defs[f] = d
	return d
}

// rootIdent returns the variable an lvalue or receiver starts from:
// x for x, x.f, x[i], *x, (x).f.g.
func rootIdent(e ast.Expr) *ast.Ident {
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
