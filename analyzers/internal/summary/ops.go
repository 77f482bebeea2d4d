package summary

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/sqltext"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

// classifier works out what a catalogued call does, from its arguments
// and, for ORMs, from the builder chain of its receiver.
type classifier struct {
	fset  *token.FileSet
	info  *types.Info
	index *walk.Defs
	defs  map[*funcgraph.Func]map[*types.Var][]ast.Expr // lazily: localDefs per function
	// xormConds holds, lazily per function, the variables whose xorm
	// session a statement of the function adds conditions to.
	xormConds map[*funcgraph.Func]map[*types.Var]bool
	// pass and graph, for the getters of the gorm handle (getter).
	pass    *analysis.Pass
	graph   *funcgraph.Graph
	getters map[*types.Func]bool
	embed   *embeds // lazily: the package's embedded files (embedded.go)
	// res and visit, for what a loop walks (grows.go): the summaries
	// of the calls that fill its collection.
	res   *Result
	visit func(*funcgraph.Func) []Op
}

// direct returns the operation a call site performs itself.
func (c *classifier) direct(s *funcgraph.Site, op catalog.Op) Op {
	out := Op{
		Kind:     op.Kind,
		Callee:   calleeName(s.Callee),
		Pos:      c.pos(s.Pos()),
		Prepared: op.Prepared,
		Batched:  op.Batched,
	}
	call := s.Call
	if op.Kind == catalog.Cache {
		// A command queued on a pipeline goes out with the others.
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && catalog.IsPipeline(c.info.TypeOf(sel.X)) {
			out.Batched = true
		}
		// SET key NX: the key is taken by whichever instance comes first.
		out.Lock = s.Callee.Name() == "SetNX"
	}
	switch op.Lib {
	case catalog.Gorm:
		c.gorm(s, call, &out)
	case catalog.Mongo:
		c.mongo(s, call, &out)
	case catalog.Xorm:
		c.xorm(s, call, &out)
	case catalog.Bun:
		c.builder(s, call, &out, bunORM)
	case catalog.GoPG:
		c.builder(s, call, &out, gopgORM)
	case catalog.Ent:
		c.ent(call, &out)
	case catalog.Squirrel:
		c.squirrel(s.Func, call, &out)
	case catalog.Goqu:
		c.goqu(s.Func, call, &out)
	default:
		if op.SQLArg >= 0 && op.SQLArg < len(call.Args) && !(call.Ellipsis.IsValid() && op.SQLArg == len(call.Args)-1) {
			if text, ok := c.constString(s.Func, call.Args[op.SQLArg], 0); ok {
				c.applySQL(text, &out)
			} else if i, ok := c.sqlParam(s.Func, call.Args[op.SQLArg], 0); ok {
				out.SQLFrom = i + 1
			}
		}
	}
	return out
}

// applySQL records what the query text tells.
func (c *classifier) applySQL(text string, out *Op) {
	info := sqltext.Classify(text)
	_, out.MinMax = sqltext.Aggregates(text)
	out.Lock = sqltext.TakesLock(text) // before the text is shortened
	out.SQL = ShortSQL(sqltext.Compact(text))
	out.Table = info.Table
	out.Batched = info.Batched
	switch {
	case info.Write && out.Kind == catalog.Query:
		out.Kind = catalog.Exec // db.Query("INSERT ... RETURNING id")
	case out.Kind == catalog.Query:
		out.Unbounded = info.Unbounded
	}
}

// gorm works out the SQL, bounds and batching of a gorm finisher from
// its receiver chain: db.Where(...).Limit(...).Find(&xs).
func (c *classifier) gorm(s *funcgraph.Site, call *ast.CallExpr, out *Op) {
	finisher := s.Callee.Name()
	if finisher == "Exec" && len(call.Args) > 0 {
		if text, ok := c.constString(s.Func, call.Args[0], 0); ok {
			c.applySQL(text, out)
		}
		return
	}
	if out.Kind != catalog.Query {
		return
	}
	switch finisher {
	case "First", "Take", "Last", "FirstOrInit", "FirstOrCreate", "Row":
		return // one row
	}
	if finisher == "Find" && len(call.Args) > 1 {
		// Inline conditions: Find(&xs, "id = ?", id) or Find(&xs, ids).
		// A wrapper's Find(out, where...) forwards its caller's
		// conditions, not a slice of keys.
		if call.Ellipsis.IsValid() && len(call.Args) == 2 {
			return
		}
		if t := c.info.TypeOf(call.Args[1]); t != nil {
			if _, ok := t.Underlying().(*types.Slice); ok {
				out.Batched = true
			}
		}
		return
	}
	if (finisher == "Find" || finisher == "Scan") && len(call.Args) > 0 && c.keyed(s.Func, call.Args[0]) {
		return // the destination's primary key is the condition: one row
	}
	out.MinMax = c.selectsMinMax(s.Func, call)
	bounded, raw, known := c.gormChain(s.Func, call, 0)
	switch {
	case raw != "":
		c.applySQL(raw, out)
	case !known || bounded:
	case finisher == "Count":
		out.Unbounded = "COUNT over the whole table"
	case finisher == "Find" || finisher == "Scan" || finisher == "Pluck" || finisher == "Rows":
		out.Unbounded = "no WHERE, no LIMIT"
		if len(call.Args) > 0 {
			out.Table = modelName(c.info.TypeOf(call.Args[0]))
		}
	}
}

// selectsMinMax reports whether the gorm chain that call finishes
// selects MIN/MAX aggregates only (Select("max(id) as id")).
func (c *classifier) selectsMinMax(f *funcgraph.Func, call *ast.CallExpr) bool {
	for x := call; x != nil; {
		sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		if sel.Sel.Name == "Select" && len(x.Args) > 0 {
			if text, ok := c.constString(f, x.Args[0], 0); ok {
				_, minmax := sqltext.Aggregates(text)
				return minmax
			}
		}
		x, _ = ast.Unparen(sel.X).(*ast.CallExpr)
	}
	return false
}

// keyed reports whether e, the destination of a gorm Find, is a model
// whose primary key is set where it is built (&User{ID: id}, or a local
// such a literal defines): gorm adds the key as the condition.
func (c *classifier) keyed(f *funcgraph.Func, e ast.Expr) bool {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	if id, ok := e.(*ast.Ident); ok {
		v, ok := c.info.Uses[id].(*types.Var)
		if !ok || !isLocal(v) || isParam(f, v) {
			return false
		}
		// One definition with a value; the unknown ones (nil) include
		// the &user the Find itself takes.
		var def ast.Expr
		for _, d := range c.localDefs(f)[v] {
			if d != nil {
				if def != nil {
					return false
				}
				def = d
			}
		}
		if def == nil {
			return false
		}
		e = ast.Unparen(def)
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = ast.Unparen(u.X)
		}
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return false
	}
	st, ok := c.info.TypeOf(lit).Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		key, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		for i := range st.NumFields() {
			fld := st.Field(i)
			if fld.Name() != key.Name {
				continue
			}
			tag := strings.ToLower(st.Tag(i))
			if strings.EqualFold(fld.Name(), "id") || strings.Contains(tag, "primary_key") || strings.Contains(tag, "primarykey") {
				return true
			}
		}
	}
	return false
}

// ModelOf names the table an ORM call reads or writes: the model a
// Model(&User{}) or the name a Table("users") of its receiver chain
// gives, else the type of its first argument (First(&user),
// Create(&rows)); "" when not known.
func ModelOf(info *types.Info, call *ast.CallExpr) string {
	first := call
	for c := call; c != nil; {
		sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if !ok {
			break
		}
		if len(c.Args) > 0 {
			switch sel.Sel.Name {
			case "Model":
				if m := modelName(info.TypeOf(c.Args[0])); m != "" {
					return m
				}
			case "Table":
				if tv, ok := info.Types[c.Args[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
					return constant.StringVal(tv.Value)
				}
			}
		}
		c, _ = ast.Unparen(sel.X).(*ast.CallExpr)
	}
	if len(first.Args) > 0 {
		return modelName(info.TypeOf(first.Args[0]))
	}
	return ""
}

// modelName names the model type of an ORM destination or bean: User
// for *[]User, *[]*User, *User or User; "" for anything else.
func modelName(t types.Type) string {
	for range 3 {
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			t = u.Elem()
			continue
		case *types.Slice:
			t = u.Elem()
			continue
		}
		break
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		if _, isStruct := n.Underlying().(*types.Struct); isStruct {
			return n.Obj().Name()
		}
	}
	return ""
}

// gormChain walks the receiver chain of a gorm call. It reports whether
// a builder bounds the query, the Raw SQL text if any, and whether the
// chain was followed to its root (a parameter, field or global of type
// *gorm.DB); an unknown chain is treated as bounded by the caller.
func (c *classifier) gormChain(f *funcgraph.Func, call *ast.CallExpr, depth int) (bounded bool, raw string, known bool) {
	if depth > 8 {
		return false, "", false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false, "", false
	}
	for x := ast.Unparen(sel.X); ; {
		switch e := x.(type) {
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(c.info, e).(*types.Func)
			if fn != nil && fn.Pkg() != nil && !gormPath(fn.Pkg().Path()) && c.getter(fn) {
				return bounded, raw, true // GetDB(): the handle itself
			}
			if fn == nil || fn.Pkg() == nil || !gormPath(fn.Pkg().Path()) {
				return false, "", false // a scope or helper we cannot see into
			}
			switch fn.Name() {
			case "Where", "Not", "Or", "Limit", "Scopes", "Joins", "InnerJoins":
				// Joins may filter; Scopes usually paginate: precision first.
				bounded = true
				for _, arg := range e.Args {
					if text, ok := c.constString(f, arg, 0); ok && gormBatched(text) {
						return true, "", true
					}
				}
			case "Table":
				// Table("(?) AS sub", subquery): the rows come from a
				// subquery whose own chain carries the conditions.
				if len(e.Args) > 1 {
					bounded = true
				} else if len(e.Args) == 1 {
					if text, ok := c.constString(f, e.Args[0], 0); ok && strings.HasPrefix(strings.TrimSpace(text), "(") {
						bounded = true
					}
				}
			case "Select":
				// Select("max(id) as id"): one row an index answers, as
				// sqltext judges MAX in SQL text; a count stays a count.
				if len(e.Args) > 0 {
					if text, ok := c.constString(f, e.Args[0], 0); ok {
						one, _ := sqltext.Aggregates(text)
						bounded = bounded || one
					}
				}
			case "Raw":
				if len(e.Args) > 0 {
					if text, ok := c.constString(f, e.Args[0], 0); ok {
						raw = text
					} else {
						return false, "", false
					}
				}
			}
			inner, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
			if !ok {
				return false, "", false
			}
			x = ast.Unparen(inner.X)
		case *ast.Ident:
			v, ok := c.info.Uses[e].(*types.Var)
			if !ok {
				return bounded, raw, false
			}
			if isLocal(v) && !isParam(f, v) {
				defs := c.localDefs(f)[v]
				if len(defs) != 1 {
					return bounded, raw, false
				}
				d, ok := ast.Unparen(defs[0]).(*ast.CallExpr)
				if !ok {
					return bounded, raw, false
				}
				b2, r2, k2 := c.gormChain(f, &ast.CallExpr{Fun: &ast.SelectorExpr{X: d, Sel: sel.Sel}}, depth+1)
				if r2 != "" && raw == "" {
					raw = r2
				}
				return bounded || b2, raw, k2
			}
			return bounded, raw, true
		case *ast.SelectorExpr:
			return bounded, raw, true // a field: the service's handle
		default:
			return bounded, raw, false
		}
	}
}

// gormPath reports whether path is gorm v2 or v1, whose builders have
// the same names and meaning.
func gormPath(path string) bool {
	return path == "gorm.io/gorm" || path == "github.com/jinzhu/gorm"
}

// gormBatched reports whether a gorm condition takes many keys: "id IN ?".
func gormBatched(text string) bool {
	u := strings.ToUpper(text)
	return strings.Contains(u, " IN ?") || strings.Contains(u, " IN (?)") || sqltext.Classify("SELECT 1 FROM t WHERE "+text).Batched
}

// mongo recognises reads with an empty filter and no options: the
// whole collection.
func (c *classifier) mongo(s *funcgraph.Site, call *ast.CallExpr, out *Op) {
	name := s.Callee.Name()
	if name != "Find" && name != "CountDocuments" {
		return
	}
	if len(call.Args) != 2 { // ctx, filter; options may set a limit
		return
	}
	if !emptyDocument(call.Args[1]) {
		return
	}
	if name == "Find" {
		out.Unbounded = "empty filter, no limit"
	} else {
		out.Unbounded = "COUNT over the whole collection"
	}
}

// emptyDocument reports whether e is nil or an empty composite literal
// (bson.M{}, bson.D{}).
func emptyDocument(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e.Name == "nil"
	case *ast.CompositeLit:
		return len(e.Elts) == 0
	}
	return false
}

// constString returns the constant string value of e, following a
// local variable assigned exactly once.
func (c *classifier) constString(f *funcgraph.Func, e ast.Expr, depth int) (string, bool) {
	if tv, ok := c.info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() == constant.String {
			return constant.StringVal(tv.Value), true
		}
		return "", false
	}
	if text, ok := c.embeddedText(f, e, depth); ok {
		return text, true // a query kept in a file that //go:embed holds
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || depth > 4 {
		return "", false
	}
	v, ok := c.info.Uses[id].(*types.Var)
	if !ok || !isLocal(v) || isParam(f, v) {
		return "", false
	}
	defs := c.localDefs(f)[v]
	if len(defs) != 1 || defs[0] == nil {
		return "", false
	}
	return c.constString(f, defs[0], depth+1)
}

// sqlParam returns the position (as funcgraph.ParamIndex counts) of
// the parameter of f whose text e is: the parameter itself, a local
// variable set once from it, or a string that a call makes of it (the
// query rewritten for the driver's placeholders, q = c.rebind(q)).
func (c *classifier) sqlParam(f *funcgraph.Func, e ast.Expr, depth int) (int, bool) {
	if depth > 4 || !isString(c.info.TypeOf(e)) {
		return 0, false
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if tv, ok := c.info.Types[e.Fun]; ok && tv.IsType() {
			return c.sqlParam(f, e.Args[0], depth+1) // string(q)
		}
		for _, a := range e.Args {
			if i, ok := c.sqlParam(f, a, depth+1); ok {
				return i, true
			}
		}
	case *ast.Ident:
		v, ok := c.info.Uses[e].(*types.Var)
		if !ok || !isLocal(v) {
			return 0, false
		}
		defs := c.localDefs(f)[v]
		if i := funcgraph.ParamIndex(f.Sig, v); i >= 0 {
			if f.Sig.Variadic() && v == f.Sig.Params().At(f.Sig.Params().Len()-1) {
				return 0, false
			}
			// Every assignment to the parameter rewrites it.
			for _, d := range defs {
				call, ok := d.(*ast.CallExpr)
				if !ok || !slices.ContainsFunc(call.Args, func(a ast.Expr) bool { return usesVar(c.info, a, v) }) {
					return 0, false
				}
			}
			return i, true
		}
		if isParam(f, v) || len(defs) != 1 || defs[0] == nil {
			return 0, false
		}
		return c.sqlParam(f, defs[0], depth+1)
	}
	return 0, false
}

func isString(t types.Type) bool {
	b, ok := types.Unalias(t).(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// usesVar reports whether e is v.
func usesVar(info *types.Info, e ast.Expr, v *types.Var) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && info.Uses[id] == v
}

// bindSQL fills in the query text of op, done by the function called at
// s, from the argument s passes for the parameter that gives it:
// constant text (judged reports true), or a parameter of the caller in
// its turn.
func (c *classifier) bindSQL(s *funcgraph.Site, op *Op) (judged bool) {
	if op.SQL != "" || op.SQLFrom == 0 {
		return false
	}
	text, next := c.argSQL(s, op.SQLFrom)
	op.SQLFrom = next
	if text == "" {
		return false
	}
	c.applySQL(text, op)
	return true
}

// argSQL returns the constant text that the call at s passes for the
// parameter at position from-1 of its callee, or else 1 + the position
// of the caller's parameter that text comes from (0 when neither).
func (c *classifier) argSQL(s *funcgraph.Site, from int) (text string, next int) {
	if s.Call == nil || s.Ref != nil || s.Callee == nil || from == 0 {
		return "", 0
	}
	args, ok := funcgraph.Args(c.info, s.Call, s.Callee, from-1)
	if !ok || len(args) != 1 {
		return "", 0
	}
	if text, ok := c.constString(s.Func, args[0], 0); ok {
		return text, 0
	}
	if i, ok := c.sqlParam(s.Func, args[0], 0); ok {
		return "", i + 1
	}
	return "", 0
}

// loopParam returns 1 + the position (funcgraph.ParamIndex) of the
// parameter of s's function that s's loop ranges over, or 0.
func (c *classifier) loopParam(s *funcgraph.Site) int {
	r, ok := s.Loop.(*ast.RangeStmt)
	if !ok || s.LoopIn != nil {
		return 0
	}
	id, ok := ast.Unparen(r.X).(*ast.Ident)
	if !ok {
		return 0
	}
	v, ok := c.info.Uses[id].(*types.Var)
	if !ok {
		return 0
	}
	if i := funcgraph.ParamIndex(s.Func.Sig, v); i >= 0 {
		if defs := c.localDefs(s.Func)[v]; len(defs) == 0 {
			return i + 1 // not reassigned in the function
		}
	}
	return 0
}

// bindLoop maps the loop of op, done by the function called at s, to
// the argument s passes for the parameter it ranges over: a short
// literal, or a few arguments of a variadic parameter, make the loop
// run a fixed few times, so op is no longer
// repeated by it (judged reports true); a parameter of the caller in
// its turn keeps the link.
func (c *classifier) bindLoop(s *funcgraph.Site, op *Op) (judged bool) {
	if op.LoopFrom == 0 {
		return false
	}
	from := op.LoopFrom
	op.LoopFrom = 0
	if s.Call == nil || s.Ref != nil || s.Callee == nil {
		return false
	}
	if funcgraph.FewArgs(c.info, s.Call, s.Callee, from-1) {
		op.Loop = ""
		return true
	}
	args, ok := funcgraph.Args(c.info, s.Call, s.Callee, from-1)
	if !ok || len(args) != 1 {
		return false
	}
	if a, ok := ast.Unparen(args[0]).(*ast.Ident); ok {
		if v, ok := c.info.Uses[a].(*types.Var); ok {
			if i := funcgraph.ParamIndex(s.Func.Sig, v); i >= 0 && len(c.localDefs(s.Func)[v]) == 0 {
				op.LoopFrom = i + 1
				return true // the caller's parameter now
			}
		}
	}
	if !roundTrip(op.Kind) {
		return true // what the loop walks decides remote and cache calls only
	}
	if c.growthOf(s.Func, args[0], 0, 0) != static {
		op.LoopGrows = true // the rows of a query made here
		return true
	}
	// A value read from a parameter of the caller (r.URL.Query()["id"],
	// strings.Split(csv, ",")): the loop grows when that parameter
	// carries what the request carries.
	n := s.Func.Sig.Params().Len()
	if s.Func.Sig.Recv() != nil {
		n++
	}
	for i := range min(n, 64) {
		if c.growthOf(s.Func, args[0], 1<<uint(i), 0) == request {
			op.LoopFrom = i + 1
			break
		}
	}
	return true
}

// defIndex returns the package's index of local definitions, built on
// first use.
func (c *classifier) defIndex() *walk.Defs {
	if c.index == nil {
		c.index = walk.NewDefs(c.info)
	}
	return c.index
}

// localDefs returns, for the local variables of the function that
// declares f, the values their plain definitions give them (walk.Defs):
// a nil expression stands for a definition whose value is unknown
// (x += y, a tuple, a range, &x).
func (c *classifier) localDefs(f *funcgraph.Func) map[*types.Var][]ast.Expr {
	for f.Outer != nil {
		f = f.Outer
	}
	if d, ok := c.defs[f]; ok {
		return d
	}
	if c.defs == nil {
		c.defs = make(map[*funcgraph.Func]map[*types.Var][]ast.Expr)
	}
	d := make(map[*types.Var][]ast.Expr)
	for v, defs := range c.defIndex().Of(f) {
		for _, def := range defs {
			if !def.Plain() {
				continue
			}
			var value ast.Expr
			if def.How == walk.Assign {
				value = def.Value
			}
			d[v] = append(d[v], value)
		}
	}
	c.defs[f] = d
	return d
}

func isLocal(v *types.Var) bool {
	return v.Parent() != nil && v.Pkg() != nil && !funcgraph.IsPackageLevel(v) && !v.IsField()
}

// isParam reports whether v is a parameter or result of f or of a
// function f is nested in.
func isParam(f *funcgraph.Func, v *types.Var) bool {
	for ; f != nil; f = f.Outer {
		for p := range f.Sig.Params().Variables() {
			if p == v {
				return true
			}
		}
		for p := range f.Sig.Results().Variables() {
			if p == v {
				return true
			}
		}
	}
	return false
}

func (c *classifier) pos(p token.Pos) string { return walk.Pos(c.fset, p) }

// calleeName renders a catalogued function as Go programmers write it
// in prose: "(*sql.DB).QueryContext", "(pgx.Tx).Query", "sql.Open".
func calleeName(fn *types.Func) string {
	sig := fn.Signature()
	if sig.Recv() == nil {
		if fn.Pkg() == nil {
			return fn.Name()
		}
		return fn.Pkg().Name() + "." + fn.Name()
	}
	t := sig.Recv().Type()
	star := ""
	if p, ok := t.(*types.Pointer); ok {
		t, star = p.Elem(), "*"
	}
	name := "?"
	if n, ok := types.Unalias(t).(*types.Named); ok {
		name = n.Obj().Name()
		if n.Obj().Pkg() != nil {
			name = n.Obj().Pkg().Name() + "." + name
		}
	}
	return "(" + star + name + ")." + fn.Name()
}
