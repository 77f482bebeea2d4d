package missingcache

import (
	"bytes"
	"cmp"
	"fmt"
	"go/ast"
	"go/build"
	"go/constant"
	"go/format"
	"go/token"
	"go/types"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

// hoistFix offers to move regexp.MustCompile(const) or
// template.Must(template.ParseFiles(const...)), assigned to a local, out
// of the request path: to the package-level variable that already holds
// the same call when there is one, else to a new one. A local assigned
// once goes away and its uses name the package-level variable; a local
// assigned again, or whose address is taken, starts from it instead. It
// returns nil when that is not safe.
func (c *checker) hoistFix(f *funcgraph.Func, s *funcgraph.Site) *analysis.SuggestedFix {
	info := c.pass.TypesInfo
	expr, what := c.hoistable(s)
	if expr == nil {
		return nil
	}
	cur, ok := c.find(expr)
	if !ok {
		return nil
	}
	local := localOf(cur)
	if local == nil {
		return nil
	}
	v, ok := info.Defs[local].(*types.Var)
	if !ok {
		return nil
	}
	once, ok := c.assignedOnce(f, v, expr)
	if !ok || !packageLevelOnly(info, expr) {
		return nil
	}
	// The top-level declaration to put a new variable before.
	var fd *ast.FuncDecl
	for d := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		fd = d.Node().(*ast.FuncDecl)
	}
	if fd == nil {
		return nil
	}
	name, edits, message := c.target(expr, fd, local.Name, what)
	if name == "" {
		return nil
	}
	var use []analysis.TextEdit
	if once {
		use = c.dropLocal(cur, fd, v, name)
	}
	if use == nil { // the local stays, starting from the variable
		use = []analysis.TextEdit{{Pos: expr.Pos(), End: expr.End(), NewText: []byte(name)}}
	}
	return &analysis.SuggestedFix{Message: message, TextEdits: append(edits, use...)}
}

// target returns the name of the package-level variable that expr, in
// fd and assigned to local, is to be replaced with, the edits that
// declare it if it is new, and the fix's message; "" when there is none.
func (c *checker) target(expr ast.Expr, fd *ast.FuncDecl, local, what string) (string, []analysis.TextEdit, string) {
	if g := c.reusable(expr); g != nil {
		return g.Name(), nil, fmt.Sprintf("Use the package-level variable %s instead of %s", g.Name(), what)
	}
	var text bytes.Buffer
	if err := format.Node(&text, c.pass.Fset, expr); err != nil {
		return "", nil, ""
	}
	name := c.freshName(lowerFirst(fd.Name.Name)+upperFirst(local), expr.Pos())
	insertAt := fd.Pos()
	if fd.Doc != nil {
		insertAt = fd.Doc.Pos()
	}
	decl := analysis.TextEdit{Pos: insertAt, End: insertAt, NewText: fmt.Appendf(nil, "var %s = %s\n\n", name, text.String())}
	return name, []analysis.TextEdit{decl}, fmt.Sprintf("Hoist %s to a package-level variable", what)
}

// hoistable returns the expression the fix for s moves, the call or the
// template.Must around it, and how to name it; nil when s is not one
// the fix knows.
func (c *checker) hoistable(s *funcgraph.Site) (ast.Expr, string) {
	fn := s.Callee
	what := fn.Pkg().Name() + "." + fn.Name()
	switch {
	case fn.Pkg().Path() == "regexp" && (fn.Name() == "MustCompile" || fn.Name() == "MustCompilePOSIX"):
		return s.Call, what
	case (fn.Pkg().Path() == "text/template" || fn.Pkg().Path() == "html/template") && fn.Signature().Recv() == nil && fn.Name() == "ParseFiles":
		cur, ok := c.find(s.Call)
		if !ok {
			return nil, ""
		}
		must, ok := cur.Parent().Node().(*ast.CallExpr)
		if !ok || len(must.Args) != 1 {
			return nil, ""
		}
		mfn, _ := typeutil.Callee(c.pass.TypesInfo, must).(*types.Func)
		if mfn == nil || mfn.Pkg() != fn.Pkg() || mfn.Name() != "Must" {
			return nil, ""
		}
		return must, fn.Pkg().Name() + ".Must(" + what + ")"
	}
	return nil, ""
}

// localOf returns the local that the expression at cur initialises
// alone: x := e or var x = e.
func localOf(cur inspector.Cursor) *ast.Ident {
	switch p := cur.Parent().Node().(type) {
	case *ast.AssignStmt:
		if p.Tok == token.DEFINE && len(p.Lhs) == 1 && len(p.Rhs) == 1 {
			id, _ := p.Lhs[0].(*ast.Ident)
			return id
		}
	case *ast.ValueSpec:
		if len(p.Names) == 1 && len(p.Values) == 1 {
			return p.Names[0]
		}
	}
	return nil
}

// assignedOnce reports whether v, initialised with init, is never
// assigned again nor has its address taken (once), and whether the
// value may be shared at all (ok): not when it is written through
// (*re = ...) or changed by a method (re.Longest(), t.Funcs(...)),
// since every request would then change the one shared value.
func (c *checker) assignedOnce(f *funcgraph.Func, v *types.Var, init ast.Expr) (once, ok bool) {
	once = true
	for _, d := range c.index.Of(f)[v] {
		switch {
		case d.How == walk.Call:
			if c.mutates(d.Value.(*ast.CallExpr)) {
				return false, false
			}
		case d.How == walk.Passed: // handed to a function that reads it
		case d.Value == init:
		case !d.Plain():
			return false, false
		default:
			once = false // assigned again, or its address taken
		}
	}
	return once, true
}

// mutators are the methods that change a compiled regexp or template
// in place.
var mutators = map[string]map[string]bool{
	"regexp.Regexp":          {"Longest": true},
	"text/template.Template": {"AddParseTree": true, "Delims": true, "Funcs": true, "New": true, "Option": true, "Parse": true, "ParseFS": true, "ParseFiles": true, "ParseGlob": true},
	"html/template.Template": {"AddParseTree": true, "Delims": true, "Funcs": true, "New": true, "Option": true, "Parse": true, "ParseFS": true, "ParseFiles": true, "ParseGlob": true},
}

// mutates reports whether call is a method that changes the regexp or
// template it is called on.
func (c *checker) mutates(call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Signature().Recv() == nil {
		return false
	}
	t := fn.Signature().Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := t.(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return false
	}
	return mutators[named.Obj().Pkg().Path()+"."+named.Obj().Name()][fn.Name()]
}

// dropLocal returns the edits that remove the declaration of v (at
// cur, its initialiser) and make its uses name the package-level
// variable name; nil when that cannot be done: a declaration that is
// not a statement of a block (if x := ...; cond), a declared type other
// than the value's, or a use where name means something else.
func (c *checker) dropLocal(cur inspector.Cursor, fd *ast.FuncDecl, v *types.Var, name string) []analysis.TextEdit {
	info := c.pass.TypesInfo
	if !types.Identical(v.Type(), info.TypeOf(cur.Node().(ast.Expr))) {
		return nil
	}
	stmt := cur.Parent() // x := e, or the spec of var x = e
	if _, ok := stmt.Node().(*ast.ValueSpec); ok {
		decl := stmt.Parent().Parent() // its GenDecl's DeclStmt
		ds, ok := decl.Node().(*ast.DeclStmt)
		if !ok {
			return nil
		}
		if len(ds.Decl.(*ast.GenDecl).Specs) == 1 {
			stmt = decl
		}
	}
	if _, ok := stmt.Node().(ast.Stmt); ok {
		switch stmt.ParentEdgeKind() {
		case edge.BlockStmt_List, edge.CaseClause_Body, edge.CommClause_Body:
		default:
			return nil
		}
	}
	edits := []analysis.TextEdit{c.deleteLine(stmt.Node())}
	var bad bool
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || bad || info.Uses[id] != v {
			return !bad
		}
		if scope := c.pass.Pkg.Scope().Innermost(id.Pos()); scope != nil {
			if _, obj := scope.LookupParent(name, id.Pos()); obj != nil && obj != v && !funcgraph.IsPackageLevel(obj) {
				bad = true // a local of that name is in scope here
			}
		}
		edits = append(edits, analysis.TextEdit{Pos: id.Pos(), End: id.End(), NewText: []byte(name)})
		return true
	})
	if bad {
		return nil
	}
	return edits
}

// deleteLine returns the edit that deletes n together with its line
// when nothing else is on it, or up to what follows it on the line (a
// comment, another statement).
func (c *checker) deleteLine(n ast.Node) analysis.TextEdit {
	edit := analysis.TextEdit{Pos: n.Pos(), End: n.End()}
	tf := c.pass.Fset.File(n.Pos())
	if c.pass.ReadFile == nil || tf == nil {
		return edit
	}
	src, err := c.pass.ReadFile(tf.Name())
	if err != nil || tf.Size() != len(src) {
		return edit
	}
	blank := func(b byte) bool { return b == ' ' || b == '\t' }
	start, end := tf.Offset(n.Pos()), tf.Offset(n.End())
	for end < len(src) && blank(src[end]) {
		end++
	}
	if end < len(src) && src[end] == ';' {
		for end++; end < len(src) && blank(src[end]); end++ {
		}
	}
	lineStart := start
	for lineStart > 0 && blank(src[lineStart-1]) {
		lineStart--
	}
	if (lineStart == 0 || src[lineStart-1] == '\n') && (end == len(src) || src[end] == '\n' || src[end] == '\r') {
		start = lineStart
		if i := bytes.IndexByte(src[end:], '\n'); i >= 0 {
			end += i + 1
		} else {
			end = len(src)
		}
	}
	edit.Pos, edit.End = tf.Pos(start), tf.Pos(end)
	return edit
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

// reusable returns the package-level variable that already holds what
// expr computes: initialised with the same call on equal constants, of
// the same type, declared in a file that is built whenever expr's is,
// not shadowed where expr is, and never written nor changed in place.
// The first declared wins. Only the package's initialisers are read
// until one matches, so a fix costs little when there is none.
func (c *checker) reusable(expr ast.Expr) *types.Var {
	info := c.pass.TypesInfo
	var found *types.Var
	for _, init := range info.InitOrder {
		if len(init.Lhs) != 1 {
			continue
		}
		v := init.Lhs[0]
		if v.Name() == "_" || found != nil && found.Pos() < v.Pos() || !sameCall(info, init.Rhs, expr) || !types.Identical(v.Type(), info.TypeOf(expr)) {
			continue
		}
		if !builtWith(c.fileOf(v.Pos()), c.fileOf(expr.Pos()), c.pass.Fset) {
			continue
		}
		if scope := c.pass.Pkg.Scope().Innermost(expr.Pos()); scope != nil {
			if _, obj := scope.LookupParent(v.Name(), expr.Pos()); obj != v {
				continue // shadowed where expr is
			}
		}
		if !c.changed(v) {
			found = v
		}
	}
	return found
}

// changed reports whether the package assigns v, takes its address or
// changes it in place (re.Longest()) anywhere.
func (c *checker) changed(v *types.Var) bool {
	is := func(e ast.Expr) bool {
		id := walk.RootIdent(e)
		return id != nil && c.pass.TypesInfo.Uses[id] == v
	}
	filter := []ast.Node{(*ast.AssignStmt)(nil), (*ast.RangeStmt)(nil), (*ast.IncDecStmt)(nil), (*ast.UnaryExpr)(nil), (*ast.CallExpr)(nil)}
	for cur := range c.root.Preorder(filter...) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			if slices.ContainsFunc(n.Lhs, is) {
				return true
			}
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN && (n.Key != nil && is(n.Key) || n.Value != nil && is(n.Value)) {
				return true
			}
		case *ast.IncDecStmt:
			if is(n.X) {
				return true
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && is(n.X) {
				return true
			}
		case *ast.CallExpr:
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && is(sel.X) && c.mutates(n) {
				return true
			}
		}
	}
	return false
}

// sameCall reports whether a and b call the same function with
// arguments that are equal constants or, recursively, the same calls:
// regexp.MustCompile(idPattern) and regexp.MustCompile("^[0-9]+$").
func sameCall(info *types.Info, a, b ast.Expr) bool {
	ca, ok := ast.Unparen(a).(*ast.CallExpr)
	cb, ok2 := ast.Unparen(b).(*ast.CallExpr)
	if !ok || !ok2 || len(ca.Args) != len(cb.Args) || ca.Ellipsis.IsValid() != cb.Ellipsis.IsValid() {
		return false
	}
	if fn := typeutil.Callee(info, ca); fn == nil || fn != typeutil.Callee(info, cb) {
		return false
	}
	for i := range ca.Args {
		x, y := info.Types[ca.Args[i]].Value, info.Types[cb.Args[i]].Value
		switch {
		case x != nil && y != nil:
			if x.Kind() != y.Kind() || !constant.Compare(x, token.EQL, y) {
				return false
			}
		case x != nil || y != nil || !sameCall(info, ca.Args[i], cb.Args[i]):
			return false
		}
	}
	return true
}

// fileOf returns the file of the package that holds pos.
func (c *checker) fileOf(pos token.Pos) *ast.File {
	for _, f := range c.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// builtWith reports whether def, a file of the package, is compiled
// whenever use is: the same file, or one without build constraints (no
// //go:build line, no _GOOS or _GOARCH suffix, no cgo) that is not a
// test file unless use is one too.
func builtWith(def, use *ast.File, fset *token.FileSet) bool {
	if def == use {
		return def != nil
	}
	if def == nil || use == nil {
		return false
	}
	name, useName := fset.File(def.Pos()).Name(), fset.File(use.Pos()).Name()
	if strings.HasSuffix(name, "_test.go") && !strings.HasSuffix(useName, "_test.go") {
		return false
	}
	for _, g := range def.Comments {
		if g.Pos() > def.Package {
			break
		}
		for _, line := range g.List {
			if strings.HasPrefix(line.Text, "//go:build") || strings.HasPrefix(line.Text, "// +build") {
				return false
			}
		}
	}
	for _, imp := range def.Imports {
		if imp.Path.Value == `"C"` {
			return false
		}
	}
	return !constrainedName(filepath.Base(name))
}

// constrainedName reports whether a file name's _GOOS or _GOARCH
// suffix restricts where it is built. It asks go/build about a target
// that no suffix names, so the lists of ports stay go/build's.
func constrainedName(name string) bool {
	ctxt := build.Context{
		GOOS:     "scalevet",
		GOARCH:   "scalevet",
		Compiler: "gc",
		OpenFile: func(string) (io.ReadCloser, error) { return io.NopCloser(strings.NewReader("package p\n")), nil },
	}
	ok, err := ctxt.MatchFile(".", name)
	return err != nil || !ok
}
