package localstate

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/report"
	"github.com/scalevet/scalevet/analyzers/internal/requestpath"
	"github.com/scalevet/scalevet/analyzers/internal/summary"
)

// locks reports a mutex that outlives the request (a package-level
// variable or a field) held, on the request path, across a database
// read and a database write: a read-modify-write that the lock makes
// atomic only among the requests of this instance. A mutex around
// in-memory data only, or around a read or a write alone, is not
// reported.
func locks(pass *analysis.Pass, r *report.Reporter, rp *requestpath.Result, sum *summary.Result, f *funcgraph.Func) {
	e := rp.ReachedFrom(f)
	body := f.Body()
	if e == nil || body == nil {
		return
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its own Func
		case *ast.BlockStmt:
			for i, st := range n.List {
				mu, ok := lockCall(pass.TypesInfo, st)
				if !ok {
					continue
				}
				end := held(pass.TypesInfo, n.List[i+1:], mu, body.End())
				read, write, ok := readModifyWrite(sum, f, st.End(), end)
				if !ok {
					continue
				}
				name := types.ExprString(mu)
				r.ReportCause("lock "+name+" "+pass.Fset.Position(st.Pos()).String(), 0, analysis.Diagnostic{
					Pos: st.Pos(), End: st.End(), Category: catLock, Related: []analysis.RelatedInformation{e.Related()},
				}, e.Func.Name, func(who string) string {
					return fmt.Sprintf("mutex %s held across a database read (%s) and write (%s) on the request path of %s: it excludes only the requests of this instance, so two instances both read the old value and both write; enforce the rule in the database (a transaction with SELECT ... FOR UPDATE, a unique constraint, or an advisory lock)",
						name, chain(read), chain(write), who)
				})
			}
		}
		return true
	})
}

// lockCall reports whether st locks a mutex that outlives the request,
// and returns the mutex expression.
func lockCall(info *types.Info, st ast.Stmt) (ast.Expr, bool) {
	es, ok := st.(*ast.ExprStmt)
	if !ok {
		return nil, false
	}
	call, ok := ast.Unparen(es.X).(*ast.CallExpr)
	if !ok {
		return nil, false
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || funcgraph.LockEffect(fn) <= 0 {
		return nil, false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || !outlives(info, sel.X) {
		return nil, false
	}
	return sel.X, true
}

// held returns where the lock taken before rest is released: the
// Unlock of the same mutex among rest, or the end of the function when
// it is deferred (or never released in this block).
func held(info *types.Info, rest []ast.Stmt, mu ast.Expr, end token.Pos) token.Pos {
	want := types.ExprString(mu)
	for _, st := range rest {
		var call *ast.CallExpr
		deferred := false
		switch st := st.(type) {
		case *ast.ExprStmt:
			call, _ = ast.Unparen(st.X).(*ast.CallExpr)
		case *ast.DeferStmt:
			call, deferred = st.Call, true
		}
		if call == nil {
			continue
		}
		fn, ok := typeutil.Callee(info, call).(*types.Func)
		sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || !isSel || funcgraph.LockEffect(fn) >= 0 || types.ExprString(sel.X) != want {
			continue
		}
		if deferred {
			return end
		}
		return st.Pos()
	}
	return end
}

// readModifyWrite returns a database read and a later write that the
// sites of f between from and to do, directly or through what they
// call.
func readModifyWrite(sum *summary.Result, f *funcgraph.Func, from, to token.Pos) (read, write summary.Op, ok bool) {
	haveRead := false
	for _, s := range f.Sites {
		if s.Escapes || s.Pos() < from || s.Pos() >= to {
			continue
		}
		for _, op := range siteOps(sum, s) {
			switch op.Kind {
			case catalog.Query:
				if strings.Contains(strings.ToUpper(op.SQL), "FOR UPDATE") {
					return read, write, false // the database holds the row lock
				}
				if !haveRead {
					read, haveRead = op, true
				}
			case catalog.Exec, catalog.Batch:
				if haveRead {
					return read, op, true
				}
			}
		}
	}
	return read, write, false
}
