package localstate

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/report"
)

// driverParamFact marks a function that opens a database by the driver
// name that its parameter Index gives (database.New(dialect, dsn)
// calling gorm.Open(dialect, dsn)): a caller that passes SQLite's name
// opens an embedded database, reported at that call.
type driverParamFact struct {
	Index  int
	Opener string // the call that opens it: "gorm.Open"
}

// AFact marks driverParamFact as an analysis fact.
func (*driverParamFact) AFact() {}

func (f *driverParamFact) String() string {
	return fmt.Sprintf("opens by the driver of parameter %d (%s)", f.Index, f.Opener)
}

// opens finds the embedded databases that a package opens: what
// catalog.EmbeddedOpen knows (SQLite by a constant or registered driver
// name, bbolt, badger...), a driver named by a configuration field whose
// default (its struct tag, `default:"sqlite3"` or `envDefault:...`) is
// SQLite's, and a driver named by a parameter of the function that
// opens (driverParamFact), judged where a caller passes a name (calls).
type opens struct {
	pass     *analysis.Pass
	r        *report.Reporter
	reg      catalog.Registered // SQLite's driver names that the package registers
	foreign  bool               // a dependency's package: facts, no reports
	embedded bool               // the package opens one: its embeddedFact
	params   map[*types.Func]*driverParamFact
	// opened holds the opens reported, by enclosing function and call
	// text: the same open written twice in one function (a writer and
	// a reader pool of one file) is one cause.
	opened map[openKey]bool
}

type openKey struct {
	fn   ast.Node
	call string
}

// open judges call, at cur.
func (o *opens) open(cur inspector.Cursor, call *ast.CallExpr) {
	info := o.pass.TypesInfo
	if what, ok := catalog.EmbeddedOpen(info, call, &o.reg); ok {
		o.report(cur, call, what)
		return
	}
	arg, opener, ok := catalog.DriverArg(info, call)
	if !ok {
		return
	}
	if what, ok := o.byDefault(arg); ok {
		o.report(cur, call, opener+" with driver "+what)
		return
	}
	// database.New(dialect, dsn) { gorm.Open(dialect, dsn) }: the
	// callers' business.
	id, ok := ast.Unparen(arg).(*ast.Ident)
	if !ok {
		return
	}
	for c := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		fn, _ := info.Defs[c.Node().(*ast.FuncDecl).Name].(*types.Func)
		if fn == nil {
			return
		}
		sig := fn.Signature()
		for i := range sig.Params().Len() {
			if sig.Params().At(i) == info.Uses[id] && !(sig.Variadic() && i == sig.Params().Len()-1) {
				fact := &driverParamFact{Index: i, Opener: opener}
				o.params[fn] = fact
				o.pass.ExportObjectFact(fn, fact)
			}
		}
		return
	}
}

// calls judges the calls of the package to a function that opens by
// the driver name its parameter gives, of this package or another.
func (o *opens) calls(in *inspector.Inspector) {
	info := o.pass.TypesInfo
	for cur := range in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if fn == nil {
			continue
		}
		fact := o.params[fn]
		if fact == nil {
			fact = new(driverParamFact)
			if !o.pass.ImportObjectFact(fn, fact) {
				continue
			}
		}
		if fact.Index >= len(call.Args) {
			continue
		}
		what, ok := o.reg.SQLite(info, call.Args[fact.Index])
		if !ok {
			what, ok = o.byDefault(call.Args[fact.Index])
		}
		if ok {
			o.report(cur, call, fmt.Sprintf("%s.%s → %s with driver %s", fn.Pkg().Name(), fn.Name(), fact.Opener, what))
		}
	}
}

// byDefault renders a driver name read from a configuration field whose
// default is SQLite's.
func (o *opens) byDefault(e ast.Expr) (string, bool) {
	if field, def, ok := configDefault(o.pass.TypesInfo, e); ok && o.reg.IsSQLite(def) {
		return fmt.Sprintf("%s, whose default is %s", field, strconv.Quote(def)), true
	}
	return "", false
}

// report reports the open of an embedded database at n, but in a
// dependency, a test helper, or into a scratch file the function closes.
func (o *opens) report(cur inspector.Cursor, n ast.Node, what string) {
	o.embedded = true
	if o.foreign || fixture(o.pass.TypesInfo, cur) || scratch(o.pass.TypesInfo, cur) {
		return
	}
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		e, ok := n.(ast.Expr)
		if !ok {
			break
		}
		k := openKey{fc.Node(), types.ExprString(e)}
		if o.opened[k] {
			return
		}
		if o.opened == nil {
			o.opened = make(map[openKey]bool)
		}
		o.opened[k] = true
		break
	}
	o.r.ReportFirst(analysis.Diagnostic{
		Pos: n.Pos(), End: n.End(), Category: catEmbedded,
		Message: "embedded database opened (" + what + "): its data lives on this instance's disk or memory, so a second instance behind a load balancer has its own copy and never sees this one's writes; keep the service's data in a database server that every instance shares",
	})
}

// configDefault reports whether e reads a field of a configuration
// struct whose tag gives it a default (`default:"sqlite3"`, read by
// envconfig, configor and the like, or caarlos0/env's `envDefault`),
// and returns the field's name and that default.
func configDefault(info *types.Info, e ast.Expr) (field, def string, ok bool) {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return "", "", false
	}
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return "", "", false
	}
	t := s.Recv()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := types.Unalias(t).Underlying().(*types.Struct)
	if !ok {
		return "", "", false
	}
	for i := range st.NumFields() {
		if st.Field(i) != s.Obj() {
			continue
		}
		tag := reflect.StructTag(st.Tag(i))
		for _, key := range []string{"default", "envDefault"} {
			if v, ok := tag.Lookup(key); ok && v != "" {
				return s.Obj().Name(), v, true
			}
		}
	}
	return "", "", false
}

// scratch reports whether the open at cur is of a scratch database: its
// handle goes to a local that the function closes with a deferred Close
// (a backup or an export written to a file and closed on return), not
// the store the service keeps.
func scratch(info *types.Info, cur inspector.Cursor) bool {
	as, ok := cur.Parent().Node().(*ast.AssignStmt)
	if !ok || len(as.Lhs) == 0 {
		return false
	}
	id, ok := as.Lhs[0].(*ast.Ident)
	if !ok {
		return false
	}
	v := info.ObjectOf(id)
	if v == nil {
		return false
	}
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		closed := false
		ast.Inspect(c.Node(), func(n ast.Node) bool {
			d, ok := n.(*ast.DeferStmt)
			if !ok || closed {
				return !closed
			}
			if sel, ok := ast.Unparen(d.Call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Close" {
				if x, ok := ast.Unparen(sel.X).(*ast.Ident); ok && info.Uses[x] == v {
					closed = true
				}
			}
			return !closed
		})
		return closed
	}
	return false
}
