package globalstate

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/typematch"
)

// published returns the package-level variables of the package that a
// metrics library reads back: those a function handed to it reads (the
// function of expvar.Func, prometheus.NewGaugeFunc or CounterFunc, an
// OpenTelemetry observable callback or RegisterCallback), directly or
// in a function of the package it calls, and those a Prometheus
// collector's Collect method reads. Such a variable is a metric
// published by hand, like expvar.NewInt: per instance by design, and
// aggregated by whatever scrapes it.
func published(info *types.Info, root inspector.Cursor, g *funcgraph.Graph) map[*types.Var]bool {
	var bodies []*ast.BlockStmt
	callback := func(e ast.Expr) {
		switch e := ast.Unparen(e).(type) {
		case *ast.FuncLit:
			bodies = append(bodies, e.Body)
		case *ast.Ident, *ast.SelectorExpr:
			var obj types.Object
			if id, ok := e.(*ast.Ident); ok {
				obj = info.Uses[id]
			} else {
				obj = info.Uses[e.(*ast.SelectorExpr).Sel]
			}
			if fn, ok := obj.(*types.Func); ok {
				if f := g.Of(fn); f != nil && f.Body() != nil {
					bodies = append(bodies, f.Body())
				}
			}
		}
	}
	for cur := range root.Preorder((*ast.CallExpr)(nil), (*ast.FuncDecl)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
				// A conversion: expvar.Func(f).
				if named := typematch.NamedOf(tv.Type); named != nil && named.Obj().Pkg() != nil && exemptPackage(named.Obj().Pkg().Path()) && len(n.Args) == 1 {
					callback(n.Args[0])
				}
				continue
			}
			fn, ok := typeutil.Callee(info, n).(*types.Func)
			if !ok || fn.Pkg() == nil || !exemptPackage(fn.Pkg().Path()) {
				continue
			}
			for _, a := range n.Args {
				if t := info.TypeOf(a); t != nil {
					if _, ok := t.Underlying().(*types.Signature); ok {
						callback(a)
					}
				}
			}
		case *ast.FuncDecl:
			if n.Body != nil && n.Recv != nil && n.Name.Name == "Collect" && collectsMetrics(info, n) {
				bodies = append(bodies, n.Body)
			}
		}
	}
	out := make(map[*types.Var]bool)
	if len(bodies) == 0 {
		return out
	}
	read := func(body *ast.BlockStmt, calls func(fn *types.Func)) {
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Ident:
				if v, ok := info.Uses[n].(*types.Var); ok && funcgraph.IsPackageLevel(v) {
					out[v] = true
				}
			case *ast.CallExpr:
				if fn, ok := typeutil.Callee(info, n).(*types.Func); ok && calls != nil {
					calls(fn)
				}
			}
			return true
		})
	}
	for _, b := range bodies {
		read(b, func(fn *types.Func) {
			// One level down: expvar.Func(func() any { return snapshot() }).
			if f := g.Of(fn); f != nil && f.Body() != nil {
				read(f.Body(), nil)
			}
		})
	}
	return out
}

// collectsMetrics reports whether decl is a Prometheus collector's
// Collect(chan<- prometheus.Metric).
func collectsMetrics(info *types.Info, decl *ast.FuncDecl) bool {
	fn, ok := info.Defs[decl.Name].(*types.Func)
	if !ok || fn.Signature().Params().Len() != 1 {
		return false
	}
	ch, ok := fn.Signature().Params().At(0).Type().Underlying().(*types.Chan)
	return ok && typematch.IsNamed(ch.Elem(), "github.com/prometheus/client_golang/prometheus", "Metric")
}
