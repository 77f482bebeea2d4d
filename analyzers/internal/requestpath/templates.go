package requestpath

import (
	"go/ast"
	"go/types"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/typematch"
)

// Template functions.
//
// A function registered in a template.FuncMap runs every time a
// template that calls it is rendered, which is once per request of the
// handlers that render it: a query or a parse inside it is per-request
// work, though no handler calls it. Which handler renders which
// template is seldom visible statically, so the function is an entry
// point of its own, named in messages as the request path it starts.

// templatePaths are the packages whose FuncMap registers template
// functions.
var templatePaths = [...]string{"html/template", "text/template"}

// templateFuncs returns the functions of this package registered in a
// FuncMap: the values of a FuncMap composite literal, or of a map
// literal passed where a FuncMap is expected (gin's SetFuncMap,
// Template.Funcs).
func templateFuncs(g *funcgraph.Graph, files []*ast.File, info *types.Info, pkg *types.Package) map[*funcgraph.Func]bool {
	if !importsAny(pkg, templatePaths[:]) {
		return nil
	}
	var out map[*funcgraph.Func]bool
	add := func(lit *ast.CompositeLit) {
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			var f *funcgraph.Func
			switch v := ast.Unparen(kv.Value).(type) {
			case *ast.FuncLit:
				f = g.OfLit(v)
			case *ast.Ident:
				if fn, ok := info.Uses[v].(*types.Func); ok {
					f = g.Of(fn)
				}
			case *ast.SelectorExpr:
				if fn, ok := info.Uses[v.Sel].(*types.Func); ok {
					f = g.Of(fn)
				}
			}
			if f != nil && f.Body() != nil {
				if out == nil {
					out = make(map[*funcgraph.Func]bool)
				}
				out[f] = true
			}
		}
	}
	for _, file := range files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CompositeLit:
				if isFuncMap(info.TypeOf(n)) {
					add(n)
				}
			case *ast.CallExpr:
				for _, arg := range n.Args {
					lit, ok := ast.Unparen(arg).(*ast.CompositeLit)
					if !ok || isFuncMap(info.TypeOf(lit)) {
						continue
					}
					if p := paramOf(info, n, lit); p != nil && isFuncMap(p) {
						add(lit)
					}
				}
			}
			return true
		})
	}
	return out
}

func isFuncMap(t types.Type) bool {
	if t == nil {
		return false
	}
	for _, path := range templatePaths {
		if typematch.IsNamed(t, path, "FuncMap") {
			return true
		}
	}
	return false
}

// importsAny reports whether pkg imports one of paths directly.
func importsAny(pkg *types.Package, paths []string) bool {
	for _, imp := range pkg.Imports() {
		for _, p := range paths {
			if imp.Path() == p {
				return true
			}
		}
	}
	return false
}
