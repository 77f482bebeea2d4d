package summary

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
)

// scratch reports whether the file that the catalogued write at s
// creates is the request's own scratch file, not state: its path is
// under the temporary directory (os.TempDir, os.MkdirTemp), or the
// function removes it again (os.Remove or os.RemoveAll of the path or
// of a variable the path is built from), or it is a cache on the disk,
// read back by the same path with a return when it is there (if b, err
// := os.ReadFile(p); err == nil { return b }), which another instance
// computes again on a miss, or the path is a parameter
// that every caller in the package passes such a path for
// (saveFile(path, f) after defer os.Remove(path)).
func (c *classifier) scratch(s *funcgraph.Site) bool {
	i := catalog.FilePathArg(s.Callee)
	if s.Call == nil || i >= len(s.Call.Args) {
		return false
	}
	return c.scratchPath(s.Func, s.Call.Args[i], 2)
}

// scratchPath reports whether path, in f, names a scratch file; depth
// bounds how many callers up a parameter is followed.
func (c *classifier) scratchPath(f *funcgraph.Func, path ast.Expr, depth int) bool {
	names := map[*types.Var]bool{} // the variables the path is built from
	temp := false
	collect := func(e ast.Expr) {
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Ident:
				// A path is text: a reader or a header it was decoded
				// from (an archive's entry names) is not where it goes.
				if v, ok := c.info.Uses[n].(*types.Var); ok && isString(v.Type()) {
					names[v] = true
				}
			case *ast.CallExpr:
				temp = temp || tempDir(c.info, n)
			}
			return !temp
		})
	}
	collect(path)
	body := f.Body()
	if temp || body == nil {
		return temp
	}
	// Through the assignments of the function: out := filepath.Join(dir,
	// name); dir, _ := os.MkdirTemp("", "unpack").
	for range 3 {
		ast.Inspect(body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || temp {
				return !temp
			}
			for i, lhs := range as.Lhs {
				if id, ok := lhs.(*ast.Ident); ok {
					if v, ok := c.info.ObjectOf(id).(*types.Var); ok && names[v] {
						collect(as.Rhs[min(i, len(as.Rhs)-1)])
					}
				}
			}
			return true
		})
	}
	// A removal that always runs: deferred, or a statement of the
	// function's own body. One in a branch (if err != nil {
	// os.Remove(file) }) cleans up a failed write; the file otherwise
	// stays.
	removes := func(call *ast.CallExpr) bool {
		fn, ok := typeutil.Callee(c.info, call).(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "os" || (fn.Name() != "Remove" && fn.Name() != "RemoveAll") || len(call.Args) != 1 {
			return false
		}
		if types.ExprString(call.Args[0]) == types.ExprString(path) {
			return true
		}
		id, ok := ast.Unparen(call.Args[0]).(*ast.Ident)
		if !ok {
			return false
		}
		v, _ := c.info.ObjectOf(id).(*types.Var)
		return v != nil && names[v]
	}
	topLevel := func(list []ast.Stmt) bool {
		for _, st := range list {
			if es, ok := st.(*ast.ExprStmt); ok {
				if call, ok := ast.Unparen(es.X).(*ast.CallExpr); ok && removes(call) {
					return true
				}
			}
		}
		return false
	}
	temp = temp || topLevel(body.List) || readBack(c.info, body, path)
	ast.Inspect(body, func(n ast.Node) bool {
		d, ok := n.(*ast.DeferStmt)
		if !ok || temp {
			return !temp
		}
		if removes(d.Call) {
			temp = true
		} else if lit, ok := ast.Unparen(d.Call.Fun).(*ast.FuncLit); ok && topLevel(lit.Body.List) {
			temp = true // defer func() { os.Remove(p) }()
		}
		return !temp
	})
	if temp || depth == 0 || f.Sig == nil {
		return temp
	}
	// A parameter: scratch when every call of f in the package passes a
	// scratch path for it.
	var params []*types.Var // in order: the receiver, then the parameters
	if r := f.Sig.Recv(); r != nil {
		params = append(params, r)
	}
	for v := range f.Sig.Params().Variables() {
		params = append(params, v)
	}
	for _, v := range params {
		if names[v] && c.scratchArg(f, funcgraph.ParamIndex(f.Sig, v), depth-1) {
			return true
		}
	}
	return false
}

// scratchArg reports whether every call of f in the package (one at
// least) passes a scratch path for its parameter at position p
// (funcgraph.ParamIndex).
func (c *classifier) scratchArg(f *funcgraph.Func, p, depth int) bool {
	if p < 0 {
		return false
	}
	calls := 0
	for _, g := range c.graph.Funcs {
		for _, cs := range g.Sites {
			if cs.Target != f || cs.Call == nil || cs.Ref != nil || cs.Callee == nil {
				continue
			}
			args, ok := funcgraph.Args(c.info, cs.Call, cs.Callee, p)
			if !ok || len(args) != 1 || !c.scratchPath(g, args[0], depth) {
				return false
			}
			calls++
		}
	}
	return calls > 0
}

// creates reports whether the catalogued write at s makes a file that
// stays: os.OpenFile counts when its flags, written out at the call,
// create a file and do not append to one (a log); the other writes
// always do.
func creates(info *types.Info, s *funcgraph.Site) bool {
	if s.Callee.Pkg() == nil || s.Callee.Pkg().Path() != "os" || s.Callee.Name() != "OpenFile" {
		return true
	}
	if s.Call == nil || len(s.Call.Args) < 2 {
		return false
	}
	create, appends := false, false
	ast.Inspect(s.Call.Args[1], func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if obj, ok := info.Uses[id].(*types.Const); ok && obj.Pkg() != nil && (obj.Pkg().Path() == "os" || obj.Pkg().Path() == "syscall") {
				switch obj.Name() {
				case "O_CREATE", "O_CREAT":
					create = true
				case "O_APPEND":
					appends = true
				}
			}
		}
		return true
	})
	return create && !appends
}

// tempDir reports whether call names or makes a temporary directory or
// file: os.TempDir, os.MkdirTemp, os.CreateTemp, ioutil.TempDir,
// ioutil.TempFile, testing's TempDir.
func tempDir(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "os.TempDir", "os.MkdirTemp", "os.CreateTemp", "io/ioutil.TempDir", "io/ioutil.TempFile", "testing.TempDir":
		return true
	}
	return false
}

// readBack reports whether body reads the file at path and, when it is
// there, serves what it read and returns: if b, err :=
// os.ReadFile(path); err == nil { return b }, a cache on the disk. An existence check (os.Stat) is not
// one: an upload may refuse to overwrite.
func readBack(info *types.Info, body *ast.BlockStmt, path ast.Expr) bool {
	want := types.ExprString(ast.Unparen(path))
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			as, ok := n.Init.(*ast.AssignStmt)
			if !ok || len(as.Rhs) != 1 || len(as.Lhs) != 2 || len(n.Body.List) == 0 {
				return true
			}
			call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
			if !ok || len(call.Args) != 1 || types.ExprString(ast.Unparen(call.Args[0])) != want {
				return true
			}
			fn, ok := typeutil.Callee(info, call).(*types.Func)
			if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "os" {
				return true
			}
			if fn.Name() != "ReadFile" {
				return true // an existence check (os.Stat) may guard an upload
			}
			dataID, ok1 := as.Lhs[0].(*ast.Ident)
			errID, ok2 := as.Lhs[1].(*ast.Ident)
			cond, ok3 := ast.Unparen(n.Cond).(*ast.BinaryExpr)
			if !ok1 || !ok2 || !ok3 || cond.Op != token.EQL {
				return true
			}
			x, ok := ast.Unparen(cond.X).(*ast.Ident)
			if !ok || info.ObjectOf(x) != info.ObjectOf(errID) || !funcgraph.IsZeroValue(info, cond.Y) {
				return true
			}
			// The hit serves what it read (returns it, or writes it to
			// the response) and returns.
			if _, ok := n.Body.List[len(n.Body.List)-1].(*ast.ReturnStmt); ok {
				ast.Inspect(n.Body, func(m ast.Node) bool {
					if id, ok := m.(*ast.Ident); ok && info.Uses[id] != nil && info.Uses[id] == info.ObjectOf(dataID) {
						found = true
					}
					return !found
				})
			}
		}
		return !found
	})
	return found
}
