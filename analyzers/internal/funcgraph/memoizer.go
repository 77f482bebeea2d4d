package funcgraph

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Memoizer is the fact of an exported function that runs the function
// value it is given only when a package-level map does not hold the
// result yet, and then stores it there: a process-wide singleton or
// registry (func GetInstance[T any](build func() T) T). Params has bit
// i set for each such parameter (ParamIndex).
type Memoizer struct{ Params uint64 }

func (*Memoizer) AFact()         {}
func (*Memoizer) String() string { return "memoizer" }

// exportMemoizers exports a Memoizer fact for each exported function of
// the package that memoizes a function parameter.
func (b *builder) exportMemoizers() {
	for _, f := range b.g.Funcs {
		if f.Obj == nil || !f.Obj.Exported() {
			continue
		}
		if ps := memoized(b.pass.TypesInfo, f.Obj, f.Body()); ps != 0 {
			b.pass.ExportObjectFact(f.Obj, &Memoizer{Params: ps})
		}
	}
}

// memoizes reports whether fn, called with a function value as its
// argument for parameter i, runs it at most once per key for the life
// of the process.
func (b *builder) memoizes(fn *types.Func, i int) bool {
	if i < 0 || i >= 64 {
		return false
	}
	fn = fn.Origin()
	if f := b.g.Of(fn); f != nil {
		return memoized(b.pass.TypesInfo, fn, f.Body())&(1<<uint(i)) != 0
	}
	var m Memoizer
	return fn.Pkg() != nil && fn.Pkg() != b.pass.Pkg && b.pass.ImportObjectFact(fn, &m) && m.Params&(1<<uint(i)) != 0
}

// memoized returns the parameters of fn (a bit per ParamIndex) of
// function type that its body calls only after a lookup in a
// package-level map has missed (an if whose init or condition reads the
// map and whose body returns, before the call), when the body also
// stores into that map.
func memoized(info *types.Info, fn *types.Func, body *ast.BlockStmt) uint64 {
	if body == nil {
		return 0
	}
	sig := fn.Signature()
	var out uint64
	for p := range sig.Params().Variables() {
		if _, ok := p.Type().Underlying().(*types.Signature); !ok {
			continue
		}
		calls := callsOf(info, body, p)
		if len(calls) == 0 {
			continue
		}
		first := calls[0]
		for _, m := range guardMaps(info, body, first) {
			if fills(info, body, m) {
				out |= 1 << uint(ParamIndex(sig, p))
				break
			}
		}
	}
	return out
}

// callsOf returns the calls of the function parameter p in body, in
// order.
func callsOf(info *types.Info, body *ast.BlockStmt, p *types.Var) []token.Pos {
	var out []token.Pos
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if call, ok := n.(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && info.Uses[id] == p {
				out = append(out, call.Pos())
			}
		}
		return true
	})
	return out
}

// guardMaps returns the package-level maps read by the if statements of
// body's top level, before pos, that return when the lookup hits.
func guardMaps(info *types.Info, body *ast.BlockStmt, pos token.Pos) []*types.Var {
	var out []*types.Var
	for _, st := range body.List {
		if st.Pos() >= pos {
			break
		}
		is, ok := st.(*ast.IfStmt)
		if !ok || len(is.Body.List) == 0 {
			continue
		}
		if _, ok := is.Body.List[len(is.Body.List)-1].(*ast.ReturnStmt); !ok {
			continue
		}
		for _, part := range []ast.Node{is.Init, is.Cond} {
			if part == nil {
				continue
			}
			ast.Inspect(part, func(n ast.Node) bool {
				if ix, ok := n.(*ast.IndexExpr); ok {
					if v := globalMap(info, ix.X); v != nil {
						out = append(out, v)
					}
				}
				return true
			})
		}
	}
	return out
}

// globalMap returns the package-level map variable e names, or nil.
func globalMap(info *types.Info, e ast.Expr) *types.Var {
	v := usedVar(info, e)
	if v == nil || !IsPackageLevel(v) {
		return nil
	}
	if _, ok := v.Type().Underlying().(*types.Map); !ok {
		return nil
	}
	return v
}

// argIndex returns the ParamIndex of fn's parameter that argument arg
// of call fills, or -1.
func argIndex(info *types.Info, call *ast.CallExpr, arg ast.Node) int {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok {
		return -1
	}
	for i, a := range call.Args {
		if a == arg {
			if fn.Signature().Recv() != nil {
				return i + 1
			}
			return i
		}
	}
	return -1
}
