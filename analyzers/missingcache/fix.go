package missingcache

import (
	"bytes"
	"cmp"
	"fmt"
	"go/ast"
	"go/format"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
)

// hoistFix offers to move regexp.MustCompile(const) or
// template.Must(template.ParseFiles(const...)) to a package-level
// variable when its result is assigned to a local that is never
// assigned again: the local then takes the package-level value, so
// every use stays as it is. It returns nil when that is not safe.
func (c *checker) hoistFix(f *funcgraph.Func, s *funcgraph.Site) *analysis.SuggestedFix {
	info := c.pass.TypesInfo
	fn := s.Callee
	var expr ast.Expr = s.Call
	switch {
	case fn.Pkg().Path() == "regexp" && (fn.Name() == "MustCompile" || fn.Name() == "MustCompilePOSIX"):
	case (fn.Pkg().Path() == "text/template" || fn.Pkg().Path() == "html/template") && fn.Signature().Recv() == nil && fn.Name() == "ParseFiles":
		cur, ok := c.find(s.Call)
		if !ok {
			return nil
		}
		must, ok := cur.Parent().Node().(*ast.CallExpr)
		if !ok || len(must.Args) != 1 {
			return nil
		}
		mfn, _ := typeutil.Callee(info, must).(*types.Func)
		if mfn == nil || mfn.Pkg() != fn.Pkg() || mfn.Name() != "Must" {
			return nil
		}
		expr = must
	default:
		return nil
	}
	cur, ok := c.find(expr)
	if !ok {
		return nil
	}
	// The local it is assigned to.
	var local *ast.Ident
	switch p := cur.Parent().Node().(type) {
	case *ast.AssignStmt:
		if p.Tok == token.DEFINE && len(p.Lhs) == 1 && len(p.Rhs) == 1 {
			local, _ = p.Lhs[0].(*ast.Ident)
		}
	case *ast.ValueSpec:
		if len(p.Names) == 1 && len(p.Values) == 1 {
			local = p.Names[0]
		}
	}
	if local == nil {
		return nil
	}
	v, ok := info.Defs[local].(*types.Var)
	if !ok {
		return nil
	}
	assigned := 0
	for _, d := range c.localDefs(f)[v] {
		if !d.byCall {
			assigned++
		}
	}
	if assigned != 1 {
		return nil // assigned again, or written through a pointer
	}
	if !packageLevelOnly(info, expr) {
		return nil
	}
	// The top-level declaration to put the variable before.
	var decl ast.Decl
	for d := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		decl = d.Node().(*ast.FuncDecl)
	}
	fd, ok := decl.(*ast.FuncDecl)
	if !ok {
		return nil
	}
	var text bytes.Buffer
	if err := format.Node(&text, c.pass.Fset, expr); err != nil {
		return nil
	}
	name := c.freshName(lowerFirst(fd.Name.Name)+upperFirst(local.Name), expr.Pos())
	insertAt := fd.Pos()
	if fd.Doc != nil {
		insertAt = fd.Doc.Pos()
	}
	what := fn.Pkg().Name() + "." + fn.Name()
	if expr != ast.Expr(s.Call) {
		what = fn.Pkg().Name() + ".Must(" + what + ")"
	}
	return &analysis.SuggestedFix{
		Message: fmt.Sprintf("Hoist %s to a package-level variable", what),
		TextEdits: []analysis.TextEdit{
			{Pos: insertAt, End: insertAt, NewText: fmt.Appendf(nil, "var %s = %s\n\n", name, text.String())},
			{Pos: expr.Pos(), End: expr.End(), NewText: []byte(name)},
		},
	}
}

// packageLevelOnly reports whether every name in e refers to something
// declared at package level (in any package) or predeclared, so that e
// means the same outside the function.
func packageLevelOnly(info *types.Info, e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		id, isIdent := n.(*ast.Ident)
		if !isIdent || !ok {
			return ok
		}
		obj := info.Uses[id]
		switch {
		case obj == nil:
			ok = false
		case obj.Parent() == types.Universe:
		case obj.Pkg() != nil && obj.Parent() == obj.Pkg().Scope():
		default:
			if _, isPkg := obj.(*types.PkgName); !isPkg {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// freshName returns base, or base2, base3..., whichever is not declared
// in the package, the file, or any scope around pos, nor taken by
// another fix of this pass.
func (c *checker) freshName(base string, pos token.Pos) string {
	inner := c.pass.Pkg.Scope().Innermost(pos)
	for i := 1; ; i++ {
		name := base
		if i > 1 {
			name = fmt.Sprintf("%s%d", base, i)
		}
		if c.names[name] || c.pass.Pkg.Scope().Lookup(name) != nil {
			continue
		}
		if inner != nil {
			if _, obj := inner.LookupParent(name, pos); obj != nil {
				continue
			}
		}
		if !c.unusedInFiles(name) {
			continue
		}
		c.names[name] = true
		return name
	}
}

// find returns the cursor of n. It searches by position inside the
// function declaration that holds n, so finding a node costs about the
// size of one function, not of the package.
func (c *checker) find(n ast.Node) (inspector.Cursor, bool) {
	if c.decls == nil {
		for cur := range c.root.Preorder((*ast.FuncDecl)(nil)) {
			c.decls = append(c.decls, cur)
		}
		slices.SortFunc(c.decls, func(a, b inspector.Cursor) int { return cmp.Compare(a.Node().Pos(), b.Node().Pos()) })
	}
	from := c.root
	i, _ := slices.BinarySearchFunc(c.decls, n.Pos(), func(d inspector.Cursor, p token.Pos) int { return cmp.Compare(d.Node().Pos(), p) })
	if i < len(c.decls) && c.decls[i].Node().Pos() == n.Pos() {
		from = c.decls[i]
	} else if i > 0 && n.End() <= c.decls[i-1].Node().End() {
		from = c.decls[i-1]
	}
	cur, ok := from.FindByPos(n.Pos(), n.End())
	for ; ok && cur.Node() != nil; cur = cur.Parent() {
		if cur.Node() == n {
			return cur, true
		}
	}
	return c.root.FindNode(n) // not expected: n's extent is its own
}

// unusedInFiles reports whether no file of the package declares name
// in any scope (a local of another function would not clash, but a
// reader would stumble). The set of declared names is built once per
// package, so fixes cost the same however many there are.
func (c *checker) unusedInFiles(name string) bool {
	if c.defined == nil {
		c.defined = make(map[string]bool, len(c.pass.TypesInfo.Defs))
		for id := range c.pass.TypesInfo.Defs {
			c.defined[id.Name] = true
		}
	}
	return !c.defined[name]
}

func lowerFirst(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	// Keep initialisms readable: HTTPHandler → httpHandler.
	i := 0
	for i < len(r) && unicode.IsUpper(r[i]) {
		i++
	}
	switch {
	case i == 0:
		return s
	case i == 1 || i == len(r):
		return strings.ToLower(string(r[:i])) + string(r[i:])
	}
	return strings.ToLower(string(r[:i-1])) + string(r[i-1:])
}

func upperFirst(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}
