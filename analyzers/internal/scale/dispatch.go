package scale

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/typematch"
)

// dispatch reads a hand-written router: an if statement whose condition
// compares a request's method and path with constants (r.Method ==
// http.MethodGet && r.URL.Path == "/v1/health"), or matches the path
// with a package-level regexp of a constant pattern, and whose body
// hands the request to a function (return s.handleHealth(w, r) or
// return s.auth(s.handleHealth)(w, r)). The route is the paths and
// methods the condition names (ANY without a method); the regexp's
// pattern stands for its paths, "~^/[a-z]+/auth$". A condition without
// a path (if r.Method == "POST") routes nothing.
func (x *extractor) dispatch(f *funcgraph.Func, n *ast.IfStmt) {
	var methods, paths []string
	var visit func(e ast.Expr)
	visit = func(e ast.Expr) {
		switch e := ast.Unparen(e).(type) {
		case *ast.BinaryExpr:
			switch e.Op {
			case token.LAND, token.LOR:
				visit(e.X)
				visit(e.Y)
			case token.EQL:
				c, other := e.Y, e.X
				if _, isConst := x.setting(c); !isConst {
					c, other = e.X, e.Y
				}
				s, isConst := x.setting(c)
				switch {
				case !isConst:
				case x.requestField(other, "Method"):
					methods = append(methods, s)
				case x.requestPath(other):
					paths = append(paths, s)
				}
			}
		case *ast.CallExpr:
			if p, isRegexp := x.pathRegexp(e); isRegexp {
				paths = append(paths, "~"+p)
			}
		}
	}
	visit(n.Cond)
	if len(paths) == 0 || len(n.Body.List) == 0 {
		return
	}
	call := firstCall(n.Body.List[0])
	if call == nil {
		return
	}
	key, name := x.handler(f, call.Fun, 0)
	if key == "" || !x.program(key) {
		return // http.Redirect(w, r, ...): not a handler of the program
	}
	if len(methods) == 0 {
		methods = []string{"ANY"}
	}
	slices.Sort(methods)
	methods = slices.Compact(methods)
	for _, p := range paths {
		for _, m := range methods {
			x.routes = append(x.routes, Route{Method: m, Path: p, Handler: key, Name: name, Pos: n.Pos()})
		}
	}
}

// firstCall returns the call a dispatching statement makes: return
// h(w, r), h(w, r), or err = h(w, r).
func firstCall(s ast.Stmt) *ast.CallExpr {
	var e ast.Expr
	switch s := s.(type) {
	case *ast.ReturnStmt:
		if len(s.Results) > 0 {
			e = s.Results[0]
		}
	case *ast.ExprStmt:
		e = s.X
	case *ast.AssignStmt:
		if len(s.Rhs) == 1 {
			e = s.Rhs[0]
		}
	}
	call, _ := ast.Unparen(e).(*ast.CallExpr)
	return call
}

// requestField reports whether e is r.NAME of a net/http request.
func (x *extractor) requestField(e ast.Expr, name string) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != name {
		return false
	}
	t := x.info.TypeOf(sel.X)
	return typematch.IsPointerTo(t, "net/http", "Request") || typematch.IsNamed(t, "net/http", "Request")
}

// requestPath reports whether e is r.URL.Path of a net/http request.
func (x *extractor) requestPath(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Path" && x.requestField(sel.X, "URL")
}

// pathRegexp returns the pattern of re.MatchString(r.URL.Path) when re
// is a package-level variable set to regexp.MustCompile of a constant.
func (x *extractor) pathRegexp(call *ast.CallExpr) (string, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "MatchString" || len(call.Args) != 1 || !x.requestPath(call.Args[0]) {
		return "", false
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return "", false
	}
	v, ok := x.info.Uses[id].(*types.Var)
	if !ok || !funcgraph.IsPackageLevel(v) || v.Pkg() != x.pass.Pkg {
		return "", false
	}
	init := x.globalValue(v)
	c, ok := ast.Unparen(init).(*ast.CallExpr)
	if !ok || len(c.Args) != 1 {
		return "", false
	}
	if fn, ok := x.info.Uses[calleeIdent(c.Fun)].(*types.Func); !ok || pkgPath(fn) != "regexp" {
		return "", false
	}
	return x.str(c.Args[0])
}

func calleeIdent(e ast.Expr) *ast.Ident {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e
	case *ast.SelectorExpr:
		return e.Sel
	}
	return nil
}

// globalValue returns the initial value of a package-level variable of
// the package, or nil.
func (x *extractor) globalValue(v *types.Var) ast.Expr {
	for _, f := range x.pass.Files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, name := range vs.Names {
					if x.info.Defs[name] == v && i < len(vs.Values) {
						return vs.Values[i]
					}
				}
			}
		}
	}
	return nil
}

// program reports whether a handler key names a function of this
// package, or of a package whose path looks like a module's (its first
// element has a dot), not the standard library's.
func (x *extractor) program(key string) bool {
	key = strings.TrimLeft(key, "(*")
	if strings.HasPrefix(key, x.pass.Pkg.Path()+".") {
		return true
	}
	first, _, _ := strings.Cut(key, "/")
	return strings.Contains(first, ".")
}

// setting returns the string a constant, or a package-level variable of
// the package initialised to a constant (apiUsersPath = "/v1/users"),
// holds.
func (x *extractor) setting(e ast.Expr) (string, bool) {
	if s, ok := x.str(e); ok {
		return s, true
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return "", false
	}
	v, ok := x.info.Uses[id].(*types.Var)
	if !ok || !funcgraph.IsPackageLevel(v) || v.Pkg() != x.pass.Pkg {
		return "", false
	}
	if init := x.globalValue(v); init != nil {
		return x.str(init)
	}
	return "", false
}
