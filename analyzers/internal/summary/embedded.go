package summary

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/sqltext"
	"github.com/scalevet/scalevet/analyzers/internal/typematch"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

// SQL kept in files next to the code.
//
// Services keep their queries in .sql files that a //go:embed directive
// puts into the binary: one file per query in a string or []byte
// variable, a directory in an embed.FS read by name, or one file of
// named statements ("-- name: get-user", the goyesql, dotsql and sqlc
// convention) parsed at start-up into a map that the code indexes by
// name. The text is known when the package is analysed: it is the
// file's. What is not found (a file the driver does not show, a name
// made at run time) leaves the text unknown, and the call still counts
// as a query.

// maxEmbedded bounds the size of an embedded file read for its SQL.
const maxEmbedded = 1 << 20

// maxFactText bounds the text an EmbeddedFact carries, a file's or all
// of a map's statements: more is not a query.
const maxFactText = 16 << 10

// EmbeddedFact carries, to the packages that use an exported
// package-level variable, the SQL text that //go:embed gives it: the
// file's, for a string or []byte variable, or the "-- name:"
// statements of the file a map variable is made from.
type EmbeddedFact struct {
	Text  string   // the file's text, without its terminating semicolon; "" for a map
	Names []string // a map's statement names, sorted
	Stmts []string // the statement of each of Names
}

// AFact marks EmbeddedFact as an analysis fact.
func (*EmbeddedFact) AFact() {}

func (f *EmbeddedFact) String() string {
	if f.Text != "" {
		return fmt.Sprintf("embedded %q", ShortSQL(sqltext.Compact(f.Text)))
	}
	return "embedded statements " + strings.Join(f.Names, ", ")
}

// exportEmbedded exports an EmbeddedFact for each exported variable of
// the package that holds embedded SQL text, or a map of the named
// statements of an embedded file.
func (c *classifier) exportEmbedded() {
	e := c.embedIndex()
	for v, ev := range e.vars {
		if !v.Exported() || len(ev.patterns) != 1 || isFS(v.Type()) {
			continue
		}
		if text, ok := c.readEmbedded(ev.dir, ev.patterns[0]); ok && len(text) <= maxFactText {
			c.pass.ExportObjectFact(v, &EmbeddedFact{Text: statement(text)})
		}
	}
	for v, made := range e.made {
		if !v.Exported() || len(made) != 1 {
			continue
		}
		if isText(v.Type()) {
			if text, ok := c.embeddedIn(nil, made[0], nil, 1); ok && len(text) <= maxFactText {
				c.pass.ExportObjectFact(v, &EmbeddedFact{Text: text}) // var AllUsers = query("users")
			}
			continue
		}
		if fact := c.statementsOf(made[0]); fact != nil {
			c.pass.ExportObjectFact(v, fact)
		}
	}
}

// statementsOf returns the named statements of the embedded file that
// the call m makes a map from, or nil.
func (c *classifier) statementsOf(m ast.Expr) *EmbeddedFact {
	call, ok := ast.Unparen(m).(*ast.CallExpr)
	if !ok {
		return nil
	}
	if _, ok := types.Unalias(c.info.TypeOf(call)).Underlying().(*types.Map); !ok {
		return nil
	}
	for _, a := range call.Args {
		text, ok := c.embeddedText(nil, a, 1)
		if !ok {
			continue
		}
		fact := &EmbeddedFact{}
		size := 0
		for _, st := range namedStatements(text) {
			fact.Names = append(fact.Names, st.name)
			fact.Stmts = append(fact.Stmts, st.text)
			size += len(st.text)
		}
		if len(fact.Names) == 0 || size > maxFactText {
			return nil
		}
		return fact
	}
	return nil
}

// embedVar is a package-level variable that a //go:embed directive
// fills: the directory of its file and the directive's patterns.
type embedVar struct {
	dir      string
	patterns []string
}

// embeds indexes, once per package, the variables that //go:embed
// directives fill, and the package-level variables whose value is made
// from one of them by a call (a map of named statements).
type embeds struct {
	vars  map[*types.Var]embedVar
	made  map[*types.Var][]ast.Expr // the values given to other package-level variables
	files map[string]string         // text by path; "" for a file that cannot be read
}

func (c *classifier) embedIndex() *embeds {
	if c.embed != nil {
		return c.embed
	}
	e := &embeds{vars: make(map[*types.Var]embedVar), made: make(map[*types.Var][]ast.Expr), files: make(map[string]string)}
	c.embed = e
	for _, f := range c.pass.Files {
		dir := filepath.Dir(c.fset.File(f.FileStart).Name())
		for _, d := range f.Decls {
			if d, ok := d.(*ast.GenDecl); ok && d.Tok == token.VAR {
				c.indexVars(e, dir, d)
			}
		}
	}
	if len(e.vars) == 0 {
		return e // no file of this package is embedded: no map is made from one
	}
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			if d, ok := d.(*ast.FuncDecl); ok && d.Body != nil {
				c.indexAssigns(e, d.Body)
			}
		}
	}
	return e
}

// indexVars records the embedded variables of a var declaration, and
// the initial values of the others.
func (c *classifier) indexVars(e *embeds, dir string, d *ast.GenDecl) {
	for _, spec := range d.Specs {
		vs := spec.(*ast.ValueSpec)
		doc := vs.Doc
		if doc == nil && len(d.Specs) == 1 {
			doc = d.Doc
		}
		if pats := embedPatterns(doc); len(pats) > 0 && len(vs.Names) == 1 {
			if v, ok := c.info.Defs[vs.Names[0]].(*types.Var); ok {
				e.vars[v] = embedVar{dir: dir, patterns: pats}
			}
			continue
		}
		if len(vs.Names) != len(vs.Values) {
			continue
		}
		for i, name := range vs.Names {
			if v, ok := c.info.Defs[name].(*types.Var); ok {
				e.made[v] = append(e.made[v], vs.Values[i])
			}
		}
	}
}

// indexAssigns records the values that the statements of body assign
// to package-level variables (queries = goyesql.MustParseBytes(raw) in
// init or a constructor).
func (c *classifier) indexAssigns(e *embeds, body *ast.BlockStmt) {
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != len(as.Rhs) {
			return true
		}
		for i, lhs := range as.Lhs {
			id, ok := ast.Unparen(lhs).(*ast.Ident)
			if !ok {
				continue
			}
			if v, ok := c.info.Uses[id].(*types.Var); ok && funcgraph.IsPackageLevel(v) {
				e.made[v] = append(e.made[v], as.Rhs[i])
			}
		}
		return true
	})
}

// embedPatterns returns the patterns of the //go:embed lines of doc.
func embedPatterns(doc *ast.CommentGroup) []string {
	if doc == nil {
		return nil
	}
	var pats []string
	for _, cm := range doc.List {
		rest, ok := strings.CutPrefix(cm.Text, "//go:embed")
		if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
			continue
		}
		for _, p := range strings.Fields(rest) {
			p = strings.Trim(p, "\"`")
			p = strings.TrimPrefix(p, "all:")
			pats = append(pats, p)
		}
	}
	return pats
}

// embeddedText returns the text that e, in f, holds when it comes from
// an embedded file: the variable itself (string or []byte, one file),
// a conversion of it, a file read by constant name from an embed.FS
// (directly or through a local variable), or the statement that a map
// of named statements made from one holds under a constant name.
func (c *classifier) embeddedText(f *funcgraph.Func, e ast.Expr, depth int) (string, bool) {
	return c.embeddedIn(f, e, nil, depth)
}

// textEnv binds parameters of a helper to the constant text its caller
// passes: query("users") in func query(name string) string.
type textEnv map[*types.Var]string

// embeddedIn is embeddedText in a helper called with the constants of
// env, which also follows such helpers: a package-level variable made
// by one (var usersSQL = query("users")), or a call of one, whose
// return reads the file that its parameters name from an embed.FS.
func (c *classifier) embeddedIn(f *funcgraph.Func, e ast.Expr, env textEnv, depth int) (string, bool) {
	if depth > 6 || c.pass == nil {
		return "", false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if v, ok := c.info.Uses[x.Sel].(*types.Var); ok && funcgraph.IsPackageLevel(v) {
			return c.embeddedIn(f, x.Sel, env, depth+1) // queries.AllUsers
		}
	case *ast.Ident:
		v, ok := c.info.Uses[x].(*types.Var)
		if !ok {
			return "", false
		}
		if v.Pkg() != nil && v.Pkg() != c.pass.Pkg && funcgraph.IsPackageLevel(v) {
			var fact EmbeddedFact
			if c.pass.ImportObjectFact(v, &fact) && fact.Text != "" {
				return fact.Text, true // a file another package embeds
			}
			return "", false
		}
		if ev, ok := c.embedIndex().vars[v]; ok {
			if len(ev.patterns) != 1 || isFS(v.Type()) {
				return "", false
			}
			text, ok := c.readEmbedded(ev.dir, ev.patterns[0])
			return statement(text), ok
		}
		if funcgraph.IsPackageLevel(v) {
			// A variable made once from an embedded file: var usersSQL =
			// query("users").
			if made := c.embedIndex().made[v]; len(made) == 1 && isText(v.Type()) {
				return c.embeddedIn(nil, made[0], nil, depth+1)
			}
			return "", false
		}
		if f == nil || !isLocal(v) || isParam(f, v) {
			return "", false // f is nil for a package-level value
		}
		defs := c.defIndex().Of(f)[v]
		if len(defs) != 1 || defs[0].Value == nil || defs[0].How != walk.Assign && defs[0].How != walk.Tuple {
			return "", false
		}
		return c.embeddedIn(f, defs[0].Value, env, depth+1)
	case *ast.CallExpr:
		if tv, ok := c.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return c.embeddedIn(f, x.Args[0], env, depth+1) // string(b)
		}
		if text, ok := c.readFS(x, env); ok {
			return text, true
		}
		return c.helperText(f, x, env, depth)
	case *ast.IndexExpr:
		name, ok := c.constName(x.Index)
		if !ok {
			return "", false
		}
		id, ok := ast.Unparen(x.X).(*ast.Ident)
		if sel, isSel := ast.Unparen(x.X).(*ast.SelectorExpr); isSel {
			id, ok = sel.Sel, true // queries.Stmts["all-orders"]
		}
		if !ok {
			return "", false
		}
		v, ok := c.info.Uses[id].(*types.Var)
		if !ok || !funcgraph.IsPackageLevel(v) {
			return "", false
		}
		if v.Pkg() != c.pass.Pkg {
			var fact EmbeddedFact
			if !c.pass.ImportObjectFact(v, &fact) {
				return "", false
			}
			if i, ok := slices.BinarySearch(fact.Names, name); ok {
				return fact.Stmts[i], true // a statement of a file another package embeds
			}
			return "", false
		}
		return c.namedStatement(f, v, name, depth)
	}
	return "", false
}

// Embedded returns the size of the file that e, in f, holds when it
// comes from a //go:embed file (as embeddedText finds it), or 0: data
// that every request would decode the same way.
func (r *Result) Embedded(f *funcgraph.Func, e ast.Expr) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	text, ok := r.c.embeddedText(f, e, 0)
	if !ok {
		return 0
	}
	return len(text)
}

// namedStatement returns the statement named name in the embedded file
// that every value given to the package-level map v is made from.
func (c *classifier) namedStatement(f *funcgraph.Func, v *types.Var, name string, depth int) (string, bool) {
	made := c.embedIndex().made[v]
	if len(made) == 0 {
		return "", false
	}
	var text string
	for _, m := range made {
		call, ok := ast.Unparen(m).(*ast.CallExpr)
		if !ok {
			return "", false
		}
		found := false
		for _, a := range call.Args {
			if t, ok := c.embeddedText(f, a, depth+1); ok {
				if s, ok := statementNamed(t, name); ok {
					text, found = s, true
					break
				}
			}
		}
		if !found {
			return "", false
		}
	}
	return text, true
}

// readFS returns the text of a file read by constant name from an
// embedded embed.FS: fsys.ReadFile("q/users.sql"), fs.ReadFile(fsys,
// "q/users.sql").
func (c *classifier) readFS(call *ast.CallExpr, env textEnv) (string, bool) {
	fn, ok := typeutil.Callee(c.info, call).(*types.Func)
	if !ok || fn.Name() != "ReadFile" || fn.Pkg() == nil {
		return "", false
	}
	var fsys, name ast.Expr
	switch fn.Pkg().Path() {
	case "embed":
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || len(call.Args) != 1 {
			return "", false
		}
		fsys, name = sel.X, call.Args[0]
	case "io/fs":
		if len(call.Args) != 2 {
			return "", false
		}
		fsys, name = call.Args[0], call.Args[1]
	default:
		return "", false
	}
	id, ok := ast.Unparen(fsys).(*ast.Ident)
	if !ok {
		return "", false
	}
	v, _ := c.info.Uses[id].(*types.Var)
	ev, ok := c.embedIndex().vars[v]
	if !ok {
		return "", false
	}
	file, ok := c.constWith(name, env)
	if !ok || !embedMatches(ev.patterns, path.Clean(file)) {
		return "", false
	}
	text, ok := c.readEmbedded(ev.dir, path.Clean(file))
	return statement(text), ok
}

// helperText returns the embedded text that a helper of this package
// returns for the constants call passes it (in f, under env): func
// query(name string) string { b, _ := files.ReadFile("queries/" + name
// + ".sql"); return string(b) }.
func (c *classifier) helperText(f *funcgraph.Func, call *ast.CallExpr, env textEnv, depth int) (string, bool) {
	fn, ok := typeutil.Callee(c.info, call).(*types.Func)
	if !ok || fn.Pkg() != c.pass.Pkg || c.graph == nil || len(c.embedIndex().vars) == 0 {
		return "", false
	}
	g := c.graph.Of(fn)
	if g == nil || g.Body() == nil || g.Sig.Variadic() || g.Sig.Params().Len() != len(call.Args) {
		return "", false
	}
	inner := make(textEnv)
	for i, a := range call.Args {
		if v, ok := c.constWith(a, env); ok {
			inner[g.Sig.Params().At(i)] = v
		}
	}
	for ret := range g.Returns() {
		if len(ret.Results) == 0 {
			continue
		}
		if text, ok := c.embeddedIn(g, ret.Results[0], inner, depth+1); ok {
			return text, true
		}
	}
	return "", false
}

// constWith returns the constant text e holds, given the parameters
// bound in env: a constant, a bound parameter, their concatenation, or
// path.Join, filepath.Join or fmt.Sprintf ("%s" only) of such values.
func (c *classifier) constWith(e ast.Expr, env textEnv) (string, bool) {
	if s, ok := c.constName(e); ok {
		return s, true
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, _ := c.info.Uses[x].(*types.Var)
		s, ok := env[v]
		return s, ok
	case *ast.BinaryExpr:
		if x.Op != token.ADD {
			return "", false
		}
		l, ok := c.constWith(x.X, env)
		if !ok {
			return "", false
		}
		r, ok := c.constWith(x.Y, env)
		return l + r, ok
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(c.info, x).(*types.Func)
		if !ok || fn.Pkg() == nil || x.Ellipsis.IsValid() {
			return "", false
		}
		var parts []string
		for _, a := range x.Args {
			s, ok := c.constWith(a, env)
			if !ok {
				return "", false
			}
			parts = append(parts, s)
		}
		switch {
		case (fn.Pkg().Path() == "path" || fn.Pkg().Path() == "path/filepath") && fn.Name() == "Join":
			return path.Join(parts...), true
		case fn.Pkg().Path() == "fmt" && fn.Name() == "Sprintf" && len(parts) > 0 && strings.Count(parts[0], "%") == len(parts)-1 && strings.Count(parts[0], "%s") == len(parts)-1:
			out := parts[0]
			for _, p := range parts[1:] {
				out = strings.Replace(out, "%s", p, 1)
			}
			return out, true
		}
	}
	return "", false
}

// isText reports whether t is a string or a []byte.
func isText(t types.Type) bool { return isString(t) || isBytes(t) }

// embedMatches reports whether an embed.FS with patterns holds file: a
// pattern that matches it or one of the directories it is in.
func embedMatches(patterns []string, file string) bool {
	for _, p := range patterns {
		for f := file; f != "." && f != "/" && f != ""; f = path.Dir(f) {
			if ok, _ := path.Match(p, f); ok {
				return true
			}
		}
	}
	return false
}

// readEmbedded returns the text of the embedded file name of dir, read
// once. Drivers do not list embedded files among a package's files, so
// it is read from the disk; one that is not there (a build system's
// sandbox) leaves the text unknown.
func (c *classifier) readEmbedded(dir, name string) (string, bool) {
	if !filepath.IsLocal(filepath.FromSlash(name)) || strings.ContainsAny(name, "*?[") {
		return "", false
	}
	p := filepath.Join(dir, filepath.FromSlash(name))
	files := c.embedIndex().files
	if text, ok := files[p]; ok {
		return text, text != ""
	}
	text := ""
	if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() && st.Size() <= maxEmbedded {
		if b, err := os.ReadFile(p); err == nil {
			text = string(b)
		}
	}
	files[p] = text
	return text, text != ""
}

// statement returns the text of a file, or of a part of one, as the
// query: without the terminating semicolon.
func statement(text string) string { return strings.TrimRight(text, "; \t\r\n") }

// constName returns the constant string e holds.
func (c *classifier) constName(e ast.Expr) (string, bool) {
	tv, ok := c.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// isFS reports whether t is embed.FS.
func isFS(t types.Type) bool { return typematch.IsNamed(t, "embed", "FS") }

// namedStmt is one statement of a file of named statements.
type namedStmt struct{ name, text string }

// namedStatements returns the statements that "-- name: NAME" lines
// start in text, each up to the next such line, sorted by name: the
// convention of goyesql, dotsql and sqlc query files (sqlc adds the
// result kind, ":one"). A name without a statement is left out, and a
// name given twice keeps its first statement.
func namedStatements(text string) []namedStmt {
	var out []namedStmt
	var cur *strings.Builder
	name := ""
	flush := func() {
		if cur == nil {
			return
		}
		t := statement(cur.String())
		if strings.TrimSpace(t) != "" && !slices.ContainsFunc(out, func(s namedStmt) bool { return s.name == name }) {
			out = append(out, namedStmt{name, t})
		}
	}
	for line := range strings.Lines(text) {
		if n, ok := nameLine(line); ok {
			flush()
			name, cur = n, new(strings.Builder)
			continue
		}
		if cur != nil {
			cur.WriteString(line)
		}
	}
	flush()
	slices.SortFunc(out, func(a, b namedStmt) int { return strings.Compare(a.name, b.name) })
	return out
}

// statementNamed returns the statement named name in text
// (namedStatements).
func statementNamed(text, name string) (string, bool) {
	for _, s := range namedStatements(text) {
		if s.name == name {
			return s.text, true
		}
	}
	return "", false
}

// nameLine returns the name a "-- name: NAME" line gives.
func nameLine(line string) (string, bool) {
	rest, ok := strings.CutPrefix(strings.TrimSpace(line), "--")
	if !ok {
		return "", false
	}
	rest = strings.TrimSpace(rest)
	if len(rest) < 5 || !strings.EqualFold(rest[:5], "name:") {
		return "", false
	}
	fields := strings.Fields(rest[5:])
	if len(fields) == 0 {
		return "", false
	}
	return fields[0], true
}
