package summary

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/typematch"
)

// builderORM describes an ORM whose queries are builder chains ending
// in a finisher, as bun's and go-pg's are: which packages the chain's
// calls are in, which types are database handles (the chain's root),
// which builders bound a read, which finishers read one row or count,
// and where a finisher's destinations start.
type builderORM struct {
	paths    map[string]bool
	handles  map[string]bool
	bounds   map[string]bool
	raw      string // the builder that takes SQL text, if any
	oneRow   map[string]bool
	count    map[string]bool
	bulk     string // the builder that makes an update of a slice one statement
	destFrom int    // the first argument of a finisher that is a destination
	// start, if set, recognises the call that starts a statement (the
	// chain's root when the library has no handle in it: squirrel's
	// Select).
	start func(fn *types.Func) bool
}

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

var (
	bunORM = &builderORM{
		paths:    set("github.com/uptrace/bun"),
		handles:  set("DB", "Tx", "Conn", "IDB", "IConn"),
		bounds:   set("Where", "WhereOr", "WhereGroup", "WherePK", "Limit", "Join", "Apply", "TableExpr", "ModelTableExpr"),
		raw:      "NewRaw",
		oneRow:   set("Exists"),
		count:    set("Count"),
		bulk:     "Bulk",
		destFrom: 1, // Scan(ctx, dest...)
	}
	gopgORM = &builderORM{
		paths:    set("github.com/go-pg/pg/v10", "github.com/go-pg/pg/v10/orm"),
		handles:  set("DB", "Tx", "Conn", "baseDB"),
		bounds:   set("Where", "WhereOr", "WhereGroup", "WhereIn", "WherePK", "Limit", "Join", "Apply", "TableExpr"),
		oneRow:   set("Exists", "First", "Last"),
		count:    set("Count", "CountEstimate"),
		destFrom: 0, // Select(values...)
	}
)

// builder works out the SQL, bounds and batching of a finisher of a
// builder ORM from its chain: db.NewSelect().Model(&xs).Where(...).Scan(ctx)
// (bun), db.Model(&xs).Where(...).Select() (go-pg).
func (c *classifier) builder(s *funcgraph.Site, call *ast.CallExpr, out *Op, lib *builderORM) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	chain, known := c.builderChain(s.Func, sel.X, lib, 0)
	bounded, slice := false, false
	var model ast.Expr
	for _, b := range chain {
		fn, _ := typeutil.Callee(c.info, b).(*types.Func)
		name := fn.Name()
		switch {
		case name == lib.raw && lib.raw != "":
			if len(b.Args) > 0 {
				if text, ok := c.constString(s.Func, b.Args[0], 0); ok {
					c.applySQL(text, out)
				}
			}
			return
		case name == "Model" || name == "ModelContext":
			args := b.Args
			if name == "ModelContext" && len(args) > 0 {
				args = args[1:]
			}
			if len(args) == 1 {
				model = args[0]
				slice = isSliceish(c.info.TypeOf(model))
			}
		case lib.bounds[name]:
			// Apply and table expressions may add anything: precision
			// first.
			bounded = true
			for _, a := range b.Args {
				if text, ok := c.constString(s.Func, a, 0); ok && gormBatched(text) {
					out.Batched = true
				}
			}
			if name == "WhereIn" {
				out.Batched = true
			}
		case name == lib.bulk && lib.bulk != "":
			out.Batched = true
		}
	}
	if out.Kind == catalog.Exec {
		if slice {
			out.Batched = true // a slice model: one multi-row statement
		}
		return
	}
	finisher := s.Callee.Name()
	if !known || bounded || lib.oneRow[finisher] || model != nil && !slice && !lib.count[finisher] {
		return // a single struct model reads one row; Count counts them all whatever the model
	}
	if model == nil {
		for i, a := range call.Args {
			if i >= lib.destFrom && !isSliceish(c.info.TypeOf(a)) {
				return // scanned into a value: one row
			}
		}
	}
	if lib.count[finisher] {
		out.Unbounded = "COUNT over the whole table"
		return
	}
	out.Unbounded = "no WHERE, no LIMIT"
	if model != nil {
		out.Table = modelName(c.info.TypeOf(model))
	}
}

// builderChain returns the builder calls below a finisher's receiver,
// outermost first, and whether the chain was followed to its root: a
// database handle of the library (a parameter, field or global of type
// *bun.DB, *pg.DB...), or a call on one. A query built over several
// statements, or by a helper, is not known.
func (c *classifier) builderChain(f *funcgraph.Func, x ast.Expr, lib *builderORM, depth int) (chain []*ast.CallExpr, known bool) {
	if depth > 4 {
		return nil, false
	}
	for {
		switch e := ast.Unparen(x).(type) {
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(c.info, e).(*types.Func)
			if fn == nil || fn.Pkg() == nil || !lib.paths[fn.Pkg().Path()] {
				return chain, false
			}
			chain = append(chain, e)
			if lib.start != nil && lib.start(fn) {
				return chain, true
			}
			inner, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
			if !ok {
				return chain, false
			}
			x = inner.X
		case *ast.Ident:
			v, ok := c.info.Uses[e].(*types.Var)
			if !ok {
				return chain, false
			}
			if isLocal(v) && !isParam(f, v) && !lib.handle(v.Type()) {
				defs := c.localDefs(f)[v]
				if len(defs) != 1 {
					return chain, false
				}
				more, k := c.builderChain(f, defs[0], lib, depth+1)
				return append(chain, more...), k
			}
			return chain, lib.handle(v.Type())
		case *ast.SelectorExpr:
			return chain, lib.handle(c.info.TypeOf(e))
		default:
			return chain, false
		}
	}
}

// handle reports whether t is a database handle of the library.
func (lib *builderORM) handle(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && lib.paths[n.Obj().Pkg().Path()] && lib.handles[n.Obj().Name()]
}

// isSliceish reports whether t is a slice, an array or a pointer to one.
func isSliceish(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch t.Underlying().(type) {
	case *types.Slice, *types.Array:
		return true
	}
	return false
}

// ent judges a read of ent's generated code by its builder chain,
// written in one expression: client.User.Query().All(ctx) reads the
// whole table (Count counts it), a Where or Limit bounds it, and an
// edge query (u.QueryPosts()) is scoped to its parent's rows. A chain
// that starts anywhere else (a variable built over several
// statements) is not judged. The table is the builder's type without
// its Query suffix.
func (c *classifier) ent(call *ast.CallExpr, out *Op) {
	if out.Kind != catalog.Query {
		return
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	finisher := strings.TrimSuffix(sel.Sel.Name, "X")
	switch finisher {
	case "All", "IDs", "Count", "Scan", "Strings", "Ints", "Float64s", "Bools":
	default:
		return // one row, or one value
	}
	for x := ast.Unparen(sel.X); ; {
		inner, ok := x.(*ast.CallExpr)
		if !ok {
			return
		}
		isel, ok := ast.Unparen(inner.Fun).(*ast.SelectorExpr)
		if !ok {
			return
		}
		switch name := isel.Sel.Name; {
		case name == "Query" && len(inner.Args) == 0:
			// client.User.Query(): the table's every row.
			if n := typematch.NamedOf(c.info.TypeOf(inner)); n != nil {
				out.Table = strings.TrimSuffix(n.Obj().Name(), "Query")
			}
			if finisher == "Count" {
				out.Unbounded = "COUNT over the whole table"
			} else {
				out.Unbounded = "no WHERE, no LIMIT"
			}
			return
		case name == "Order", name == "Select", name == "Unique", name == "Modify", strings.HasPrefix(name, "With"):
			x = ast.Unparen(isel.X)
		default:
			return // Where, Limit, an edge query, or something not known: bounded or not judged
		}
	}
}

const squirrelPath = "github.com/Masterminds/squirrel"

// squirrel judges a runner of a squirrel builder (Query, Exec, Scan...)
// by the builder's chain, in one expression or through one local that
// one statement defines: sq.Select("*").From("users").RunWith(db).Query()
// reads the whole table; a Where, a Limit, a join, a sub-select or a
// suffix bounds it or makes it unknown (precision first); a Where with
// an sq.Eq holding a slice is one IN (...) for many keys; an insert
// with several Values is one multi-row statement. The table is From's
// constant.
func (c *classifier) squirrel(f *funcgraph.Func, call *ast.CallExpr, out *Op) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	chain, known := c.builderChain(f, sel.X, squirrelORM, 0)
	bounded, values, table := false, 0, ""
	for _, b := range chain {
		fn, _ := typeutil.Callee(c.info, b).(*types.Func)
		switch fn.Name() {
		case "Where":
			bounded = true
			for _, a := range b.Args {
				if manyKeys(c.info, a) {
					out.Batched = true
				}
			}
		case "Limit", "Join", "JoinClause", "InnerJoin", "LeftJoin", "RightJoin", "CrossJoin", "FromSelect", "Suffix", "SuffixExpr", "Having":
			bounded = true
		case "Values":
			values++
		case "Select":
			if r := fn.Signature().Recv(); r != nil && typematch.IsNamed(r.Type(), squirrelPath, "InsertBuilder") {
				out.Batched = true // INSERT ... SELECT
			}
		case "From":
			if len(b.Args) == 1 {
				if tv, ok := c.info.Types[b.Args[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
					table = constant.StringVal(tv.Value)
				}
			}
		}
	}
	if out.Kind == catalog.Exec {
		if values > 1 {
			out.Batched = true
		}
		return
	}
	switch sel.Sel.Name {
	case "QueryRow", "QueryRowContext", "Scan", "ScanContext":
		return // one row
	}
	if known && !bounded {
		out.Unbounded = "no WHERE, no LIMIT"
		out.Table = table
	}
}

// squirrelORM describes squirrel's chains for builderChain: no handle
// in them, a statement starts at squirrel.Select or a
// StatementBuilder's Select.
var squirrelORM = &builderORM{
	paths: set(squirrelPath),
	start: func(fn *types.Func) bool {
		recv := fn.Signature().Recv()
		return fn.Name() == "Select" && (recv == nil || typematch.IsNamed(recv.Type(), squirrelPath, "StatementBuilderType"))
	},
}

// manyKeys reports whether e is a squirrel condition for many keys at
// once: an sq.Eq literal with a slice value (id IN (...)).
func manyKeys(info *types.Info, e ast.Expr) bool {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	return ok && typematch.IsNamed(info.TypeOf(lit), squirrelPath, "Eq") && sliceValued(info, lit)
}

// sliceValued reports whether a column-to-value map literal (squirrel's
// Eq, goqu's Ex) has a list for a value: the builder makes it an IN.
func sliceValued(info *types.Info, lit *ast.CompositeLit) bool {
	for _, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok && isSliceish(info.TypeOf(kv.Value)) && !isBytes(info.TypeOf(kv.Value)) {
			return true
		}
	}
	return false
}

// isBytes reports whether t is []byte, a value rather than a list.
func isBytes(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

const goquPath = "github.com/doug-martin/goqu/v9"

// goquORM describes goqu's chains for builderChain: a statement starts
// at goqu.From/Select/Insert or a Database's From, Select, Insert,
// Update or Delete, and runs through a dataset's Executor.
var goquORM = &builderORM{
	paths: set(goquPath, goquPath+"/exec"),
	start: func(fn *types.Func) bool {
		switch fn.Name() {
		case "From", "Select", "Insert", "Update", "Delete":
			recv := fn.Signature().Recv()
			return recv == nil || typematch.IsPointerTo(recv.Type(), goquPath, "Database")
		}
		return false
	},
}

// goqu judges a finisher of a goqu dataset (ScanStructs, Count, an
// executor's Exec) by its chain: Where, Limit, a join or GroupBy bound a
// read, a goqu.Ex with a slice value or an In condition is one IN for
// many keys, and Rows of several rows or of a slice is one multi-row
// INSERT.
func (c *classifier) goqu(f *funcgraph.Func, call *ast.CallExpr, out *Op) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	chain, known := c.builderChain(f, sel.X, goquORM, 0)
	bounded, rows := false, 0
	for _, b := range chain {
		fn, _ := typeutil.Callee(c.info, b).(*types.Func)
		switch fn.Name() {
		case "Where":
			bounded = true
			for _, a := range b.Args {
				if c.goquManyKeys(a) {
					out.Batched = true
				}
			}
		case "Limit", "Join", "InnerJoin", "LeftJoin", "GroupBy", "Having":
			bounded = true
		case "Rows":
			rows += len(b.Args)
			if len(b.Args) == 1 && isSliceish(c.info.TypeOf(b.Args[0])) {
				rows++ // a slice of rows
			}
		}
	}
	if out.Kind == catalog.Exec {
		out.Batched = out.Batched || rows > 1
		return
	}
	switch sel.Sel.Name {
	case "ScanStruct", "ScanStructContext", "ScanVal", "ScanValContext":
		return // one row
	}
	if !known || bounded {
		return
	}
	if sel.Sel.Name == "Count" || sel.Sel.Name == "CountContext" {
		out.Unbounded = "COUNT over the whole table"
		return
	}
	out.Unbounded = "no WHERE, no LIMIT"
}

// goquManyKeys reports whether e, a goqu condition, names many keys: a
// goqu.Ex whose value is a slice (an IN), or C("id").In(...) of a slice
// or of several values.
func (c *classifier) goquManyKeys(e ast.Expr) bool {
	e = ast.Unparen(e)
	if lit, ok := e.(*ast.CompositeLit); ok && typematch.IsNamed(c.info.TypeOf(lit), goquPath+"/exp", "Ex") {
		return sliceValued(c.info, lit)
	}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, _ := typeutil.Callee(c.info, call).(*types.Func)
	if fn == nil || fn.Name() != "In" || fn.Pkg() == nil || !strings.HasPrefix(fn.Pkg().Path(), goquPath) {
		return false
	}
	return len(call.Args) > 1 || len(call.Args) == 1 && (isSliceish(c.info.TypeOf(call.Args[0])) || call.Ellipsis.IsValid())
}
