package funcgraph

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// ExistenceChecked reports whether, in body before pos, v names a
// resource that must exist for the code to reach pos: v (or a local
// built from it, such as fmt.Sprintf("locales/%s.json", v)) is passed
// to a lookup of a file or program (os.Open, os.Stat, os.ReadFile, the
// Open, ReadFile or Stat of an embed.FS, an fs.FS or an
// http.FileSystem, exec.LookPath) whose error is tested right after by
// an if that returns or replaces v. The values v can take there are
// then bounded by what exists, a fixed set: a map keyed by v grows by
// one entry per file or program at most.
func ExistenceChecked(info *types.Info, body *ast.BlockStmt, v *types.Var, pos token.Pos) bool {
	return existenceChecked(info, nil, body, v, pos)
}

// ExistenceChecked is the package function, where the lookup may also
// be a call of a function of g that looks the resource up itself and
// returns its error (dict, err := loadTranslation(lang), whose body
// reads "translations/"+lang+".json" from an embed.FS and returns the
// error): one call deep.
func (g *Graph) ExistenceChecked(info *types.Info, body *ast.BlockStmt, v *types.Var, pos token.Pos) bool {
	return existenceChecked(info, g, body, v, pos)
}

func existenceChecked(info *types.Info, g *Graph, body *ast.BlockStmt, v *types.Var, pos token.Pos) bool {
	if body == nil || v == nil {
		return false
	}
	derived := map[types.Object]bool{v: true}
	mentions := func(e ast.Expr) bool {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && derived[info.Uses[id]] {
				found = true
			}
			return !found
		})
		return found
	}
	checked := false
	ast.Inspect(body, func(n ast.Node) bool {
		if checked || n == nil || n.Pos() >= pos {
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		b, ok := n.(*ast.BlockStmt)
		if !ok {
			return true
		}
		if pos >= b.End() {
			return false // a block that does not lead to pos
		}
		for i, s := range b.List {
			if s.Pos() >= pos {
				break
			}
			as, ok := s.(*ast.AssignStmt)
			if !ok || len(as.Rhs) != 1 {
				continue
			}
			if as.Tok == token.DEFINE && len(as.Lhs) == 1 && mentions(as.Rhs[0]) {
				if id, ok := as.Lhs[0].(*ast.Ident); ok && info.Defs[id] != nil {
					derived[info.Defs[id]] = true // name := fmt.Sprintf("...%s", v)
				}
				continue
			}
			call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
			if !ok || len(as.Lhs) != 2 || !mentionsAny(call.Args, mentions) || !isLookup(info, call) && !g.looksUp(info, call, mentions) {
				continue
			}
			errID, ok := as.Lhs[1].(*ast.Ident)
			if !ok || i+1 >= len(b.List) {
				continue
			}
			errObj := info.ObjectOf(errID)
			if ifs, ok := b.List[i+1].(*ast.IfStmt); ok && testsErr(info, ifs.Cond, errObj) && leavesOrReplaces(info, ifs.Body, v) {
				checked = true
				return false
			}
		}
		return true
	})
	return checked
}

func mentionsAny(args []ast.Expr, mentions func(ast.Expr) bool) bool {
	for _, a := range args {
		if mentions(a) {
			return true
		}
	}
	return false
}

// isLookup reports whether call looks up a file or a program by name.
func isLookup(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return false
	}
	name := fn.Name()
	recv := fn.Signature().Recv()
	if recv == nil {
		switch fn.Pkg().Path() {
		case "os":
			return name == "Open" || name == "Stat" || name == "Lstat" || name == "ReadFile"
		case "os/exec":
			return name == "LookPath"
		case "io/fs":
			return name == "ReadFile" || name == "Stat" || name == "ReadDir"
		}
		return false
	}
	if name != "Open" && name != "ReadFile" && name != "Stat" {
		return false
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		switch n.Obj().Pkg().Path() + "." + n.Obj().Name() {
		case "embed.FS", "io/fs.FS", "io/fs.ReadFileFS", "io/fs.StatFS", "net/http.FileSystem":
			return true
		}
	}
	// A value of a service's own type that is an fs.FS or an
	// http.FileSystem (it has Open(name string) (fs.File|http.File, error)).
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || name != "Open" {
		return false
	}
	res := fn.Signature().Results()
	if res.Len() != 2 {
		return false
	}
	if n, ok := types.Unalias(res.At(0).Type()).(*types.Named); ok && n.Obj().Pkg() != nil {
		p := n.Obj().Pkg().Path() + "." + n.Obj().Name()
		return (p == "io/fs.File" || p == "net/http.File") && info.TypeOf(sel.X) != nil
	}
	return false
}

// testsErr reports whether cond is err != nil.
func testsErr(info *types.Info, cond ast.Expr, errObj types.Object) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.NEQ || errObj == nil {
		return false
	}
	x, y := ast.Unparen(b.X), ast.Unparen(b.Y)
	if id, ok := y.(*ast.Ident); ok && id.Name == "nil" {
		xid, ok := x.(*ast.Ident)
		return ok && info.Uses[xid] == errObj
	}
	return false
}

// leavesOrReplaces reports whether the error branch returns, or assigns
// v a new value (falls back to a default: language = "en").
func leavesOrReplaces(info *types.Info, body *ast.BlockStmt, v *types.Var) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			found = true
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := l.(*ast.Ident); ok && info.Uses[id] == v {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// looksUp reports whether call runs a function of g that checks, for
// the parameter given an argument that mentions the name, that the
// resource exists before it returns (ExistenceChecked in its body, to
// its end), so that the call's error says whether it does.
func (g *Graph) looksUp(info *types.Info, call *ast.CallExpr, mentions func(ast.Expr) bool) bool {
	if g == nil {
		return false
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok {
		return false
	}
	f := g.Of(fn)
	if f == nil || f.Body() == nil || f.Sig.Params().Len() != len(call.Args) || f.Sig.Variadic() {
		return false
	}
	for i, a := range call.Args {
		if mentions(a) && existenceChecked(info, nil, f.Body(), f.Sig.Params().At(i), f.Body().Rbrace) {
			return true
		}
	}
	return false
}
