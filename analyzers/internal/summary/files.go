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
// of a variable the path is built from).
func (c *classifier) scratch(s *funcgraph.Site) bool {
	i := catalog.FilePathArg(s.Callee)
	if s.Call == nil || i >= len(s.Call.Args) {
		return false
	}
	path := s.Call.Args[i]
	names := map[types.Object]bool{} // the variables the path is built from
	temp := false
	ast.Inspect(path, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			if v, ok := c.info.Uses[n].(*types.Var); ok {
				names[v] = true
			}
		case *ast.CallExpr:
			temp = temp || tempDir(c.info, n)
		}
		return true
	})
	if temp {
		return true
	}
	body := s.Func.Body()
	if body == nil {
		return false
	}
	// The variables the path is built from, through the assignments of
	// the function (out := filepath.Join(dir, name); dir := os.MkdirTemp(...)).
	for range 3 {
		ast.Inspect(body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || temp {
				return !temp
			}
			for i, lhs := range as.Lhs {
				id, ok := lhs.(*ast.Ident)
				if !ok || !names[c.info.ObjectOf(id)] {
					continue
				}
				ast.Inspect(as.Rhs[min(i, len(as.Rhs)-1)], func(m ast.Node) bool {
					switch m := m.(type) {
					case *ast.CallExpr:
						temp = temp || tempDir(c.info, m)
					case *ast.Ident:
						if v, ok := c.info.Uses[m].(*types.Var); ok {
							names[v] = true
						}
					}
					return !temp
				})
			}
			return true
		})
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if temp {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		fn, ok := typeutil.Callee(c.info, call).(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "os" || (fn.Name() != "Remove" && fn.Name() != "RemoveAll") || len(call.Args) != 1 {
			return true
		}
		if types.ExprString(call.Args[0]) == types.ExprString(path) {
			temp = true
		} else if id, ok := ast.Unparen(call.Args[0]).(*ast.Ident); ok && names[c.info.ObjectOf(id)] {
			temp = true
		}
		return true
	})
	return temp
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
