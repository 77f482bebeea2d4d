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

// drivers finds the opens by driver name that EmbeddedOpen leaves to
// the configuration: a driver named by a configuration field whose
// default (its struct tag, `default:"sqlite3"` or `envDefault:...`) is
// SQLite's, and a driver named by a parameter of the function that
// opens, judged where a caller passes a name. It returns whether one is
// reported.
func drivers(pass *analysis.Pass, in *inspector.Inspector, r *report.Reporter, reg *catalog.Registered, foreign bool) bool {
	info := pass.TypesInfo
	found := false
	report := func(n ast.Node, what string) {
		found = true
		r.ReportFirst(analysis.Diagnostic{
			Pos: n.Pos(), End: n.End(), Category: catEmbedded,
			Message: "embedded database opened (" + what + "): its data lives on this instance's disk or memory, so a second instance behind a load balancer has its own copy and never sees this one's writes; keep the service's data in a database server that every instance shares",
		})
	}
	// judge renders a driver name that is SQLite's by default or by
	// value.
	judge := func(e ast.Expr) (string, bool) {
		if s, ok := reg.SQLite(info, e); ok {
			return s, true
		}
		if field, def, ok := configDefault(info, e); ok && reg.IsSQLite(def) {
			return fmt.Sprintf("%s, whose default is %s", field, strconv.Quote(def)), true
		}
		return "", false
	}
	local := make(map[*types.Func]*driverParamFact)
	for cur := range in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		arg, opener, ok := catalog.DriverArg(info, call)
		if !ok {
			continue
		}
		if _, direct := reg.SQLite(info, arg); direct {
			continue // EmbeddedOpen's
		}
		if what, ok := judge(arg); ok {
			if !foreign && !fixture(info, cur) && !scratch(info, cur) {
				report(call, opener+" with driver "+what)
			}
			continue
		}
		id, ok := ast.Unparen(arg).(*ast.Ident)
		if !ok {
			continue
		}
		for c := range cur.Enclosing((*ast.FuncDecl)(nil)) {
			fn, _ := info.Defs[c.Node().(*ast.FuncDecl).Name].(*types.Func)
			if fn == nil {
				break
			}
			params := fn.Signature().Params()
			for i := range params.Len() {
				if params.At(i) == info.Uses[id] && !(fn.Signature().Variadic() && i == params.Len()-1) {
					fact := &driverParamFact{Index: i, Opener: opener}
					local[fn] = fact
					pass.ExportObjectFact(fn, fact)
				}
			}
			break
		}
	}
	if foreign {
		return found
	}
	for cur := range in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if fn == nil {
			continue
		}
		fact := local[fn]
		if fact == nil {
			fact = new(driverParamFact)
			if !pass.ImportObjectFact(fn, fact) {
				continue
			}
		}
		if fact.Index >= len(call.Args) || fixture(info, cur) || scratch(info, cur) {
			continue
		}
		if what, ok := judge(call.Args[fact.Index]); ok {
			report(call, fmt.Sprintf("%s.%s → %s with driver %s", fn.Pkg().Name(), fn.Name(), fact.Opener, what))
		}
	}
	return found
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
