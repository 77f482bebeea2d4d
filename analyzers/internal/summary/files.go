package summary

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
)

// scratch reports whether the file that the catalogued write at s
// creates is the request's own scratch file, not state: its path is
// under the temporary directory (os.TempDir, os.MkdirTemp), or the
// function removes it again (os.Remove or os.RemoveAll of the path or
// of a variable the path is built from), or the path is a parameter
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
	temp = temp || topLevel(body.List)
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
