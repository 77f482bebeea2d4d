package missingcache

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/sqltext"
	"github.com/scalevet/scalevet/analyzers/internal/summary"
	"github.com/scalevet/scalevet/analyzers/internal/typematch"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

// direct returns the invariant work the call at s does itself, or nil:
// a read query whose text is constant and whose arguments and handle
// are invariant, compiling or parsing invariant input, reading and
// decoding a file at an invariant path, opening a pool (whatever its
// arguments), or a remote call of an invariant request.
func (c *checker) direct(f *funcgraph.Func, s *funcgraph.Site) *found {
	info := c.pass.TypesInfo
	call := s.Call
	sop, ok := c.sum.Direct(s)
	if !ok {
		return cmp.Or(c.decodeFile(f, s), c.decodeEmbedded(f, s))
	}
	cop, _ := catalog.Lookup(s.Callee)
	var (
		d        dep
		cat      string
		constant = true
	)
	recv := func() {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && info.Selections[sel] != nil {
			d = d.or(c.rootDep(f, s, sel.X))
		}
	}
	nargs := len(call.Args) // the arguments the work depends on
	args := func(from int) {
		for i := from; i < nargs; i++ {
			d = d.or(c.eval(f, call.Args[i]))
			if tv, ok := info.Types[call.Args[i]]; !ok || tv.Value == nil {
				constant = false
			}
		}
	}
	switch sop.Kind {
	case catalog.Query:
		cat = catQuery
		if sop.Unbounded != "" && !small.Has(sop) {
			// A read of the whole of a table that grows: requestquery
			// reports it (unbounded), and its fix is to bound the read,
			// not to keep a copy that every write makes stale.
			return nil
		}
		if c.writes(f, s, cmp.Or(sop.Table, summary.ModelOf(c.pass.TypesInfo, call))) {
			return nil // reads back what the request writes, or checks before writing it
		}
		if sop.MinMax {
			return nil // MAX(id): one row an index answers, cheap whatever the table's size
		}
		switch cop.Lib {
		case catalog.Plain:
			// Only the query's own parameters count: what comes before
			// the text is the context and the destination.
			if cop.SQLArg < 0 || sop.SQL == "" && sop.SQLFrom == 0 || sop.SQL != "" && (sqltext.Classify(sop.SQL).Write || volatileSQL(sop.SQL)) {
				return nil
			}
			recv()
			args(cop.SQLArg + 1)
			if sop.SQLFrom > 0 {
				// A wrapper's query: its text is a parameter, judged
				// where a caller gives it.
				d.mask |= 1 << uint(sop.SQLFrom-1)
				constant = false
			}
		case catalog.Gorm:
			recv()
			args(1) // conditions after the destination
		case catalog.Mongo:
			recv()
			args(1) // the filter and options after the context
		case catalog.Bun, catalog.GoPG, catalog.Ent, catalog.Squirrel, catalog.Goqu:
			// The conditions live in the builder chain below the
			// finisher; the finisher's own arguments are the context
			// and destinations, but for ent's Get, the key.
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				d = d.or(c.chainDep(f, s, sel.X))
			}
			if cop.Lib == catalog.Ent {
				args(0)
			}
			constant = false
		case catalog.Xorm:
			if bean, ok := c.conditionBean(s); ok {
				// Get(&bean), Exist(&bean): the conditions are the
				// fields the bean holds before the call.
				recv()
				d = d.or(c.depBefore(f, s, bean))
				constant = false
				break
			}
			if !c.xormInvariantShape(s, sop) {
				return nil
			}
			recv()
			args(1) // condition beans after the destination, or the SQL's arguments
		}
	case catalog.Compile, catalog.Parse:
		cat = catCompile
		if validatesOnly(f.Body(), s) {
			return nil // the pattern is data checked before it is stored: nothing to keep
		}
		recv()
		if s.Callee.Pkg().Path() == "regexp" && strings.HasPrefix(s.Callee.Name(), "Match") && len(call.Args) > 0 {
			// regexp.MatchString(pattern, s) compiles its pattern on
			// every call; the text matched is the request's business.
			nargs = 1
		}
		args(0)
	case catalog.FileRead:
		cat = catCompile
		args(0)
		if s.Callee.Pkg().Path() == "os" && !c.decoded(f, call) {
			return nil // a file served as is: not work to cache here
		}
	case catalog.PoolOpen:
		// Whatever its arguments: a pool to a database or host that the
		// request selects (an adapter's database read by the request's
		// id) is one pool per request too, and the fix, a pool kept per
		// target, holds for it as well.
		cat = catPool
	case catalog.Remote:
		if s.Callee.Pkg().Path() != "net/http" {
			return nil
		}
		cat = catRemote
		recv()
		args(0)
	default:
		return nil // writes, batches, prepares, cache calls
	}
	if d.variant {
		return nil
	}
	op := &found{
		invOp:  invOp{Cat: cat, In: catalog.InputOf(s.Callee, cop), Callee: sop.Callee, SQL: sop.SQL, SQLFrom: sop.SQLFrom, Const: constant, Mask: d.mask, Pos: sop.Pos},
		pos:    s.Pos(),
		end:    call.End(),
		direct: true,
		callee: cmp.Or(s.Written(), sop.Callee),
	}
	if cat == catCompile && constant && d.mask == 0 {
		op.fix = c.hoistFix(f, s)
	}
	return op
}

// rootDep reports what the receiver x of the call at s depends on: a
// local as it stands before s, anything else as evaluated.
func (c *checker) rootDep(f *funcgraph.Func, s *funcgraph.Site, x ast.Expr) dep {
	if id, ok := ast.Unparen(x).(*ast.Ident); ok && c.local(f, id) {
		return c.depBefore(f, s, id)
	}
	return c.eval(f, x)
}

// chainDep reports what the builder chain x below the finisher at s
// depends on (bun, go-pg, squirrel, goqu, ent): the arguments of each
// builder call and the chain's root. The model given to Model is where
// the rows go, not a condition, unless WherePK takes the condition from
// its key.
func (c *checker) chainDep(f *funcgraph.Func, s *funcgraph.Site, x ast.Expr) dep {
	var (
		d      dep
		models []ast.Expr
		byPK   bool
	)
	for {
		call, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			break
		}
		fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
		if fn == nil || !catalog.Builds(fn) {
			break // not a builder: judged as a whole below
		}
		switch fn.Name() {
		case "Model", "ModelContext":
			models = append(models, call.Args...)
		case "WherePK":
			byPK = true
		default:
			for _, a := range call.Args {
				d = d.or(c.eval(f, a))
			}
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || c.pass.TypesInfo.Selections[sel] == nil {
			x = nil // a package function starts it: squirrel.Select, goqu.From
			break
		}
		x = sel.X
	}
	if x != nil {
		d = d.or(c.rootDep(f, s, x))
	}
	if byPK {
		for _, m := range models {
			d = d.or(c.eval(f, m))
		}
	}
	return d
}

// writes reports whether f writes table around the read at s: before
// it, directly, the read gets back what the request just wrote (an
// admin saves a setting and returns the row); after it, directly or in
// a literal f runs (a transaction's function), and not under an if,
// the read is the check that the request's write depends on (the last
// admin is not deleted), which a copy would make stale. Neither is a
// cache to keep. A write under an if after the read (create the row
// when it is missing) is a lazy initialisation: the read stays one.
func (c *checker) writes(f *funcgraph.Func, s *funcgraph.Site, table string) bool {
	if table == "" {
		return false
	}
	for _, o := range f.Sites {
		if o.Pos() < s.Pos() && c.writesTable(o, table) {
			return true
		}
	}
	return c.writesAfter(f, s.Pos(), table, 0)
}

// writesAfter reports whether f writes table after pos, directly or in
// a literal it runs, not under an if.
func (c *checker) writesAfter(f *funcgraph.Func, pos token.Pos, table string, depth int) bool {
	if depth > 3 || f.Body() == nil {
		return false
	}
	var ifs []ast.Node
	ast.Inspect(f.Body(), func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			ifs = append(ifs, n.Body) // not its init or condition: if err := tx.Delete(...); err != nil
			if n.Else != nil {
				ifs = append(ifs, n.Else)
			}
		}
		return true
	})
	for _, o := range f.Sites {
		if o.Pos() <= pos || o.Escapes || slices.ContainsFunc(ifs, func(n ast.Node) bool { return n.Pos() <= o.Pos() && o.Pos() < n.End() }) {
			continue
		}
		if o.Target != nil && o.Target.Lit != nil && o.Target.Outer == f {
			if c.writesAfter(o.Target, token.NoPos, table, depth+1) {
				return true
			}
			continue
		}
		if c.writesTable(o, table) {
			return true
		}
	}
	return false
}

// writesTable reports whether the call at o writes table itself.
func (c *checker) writesTable(o *funcgraph.Site, table string) bool {
	if o.Call == nil || o.Callee == nil {
		return false
	}
	op, ok := c.sum.Direct(o)
	return ok && op.Kind == catalog.Exec && summary.SameTable(cmp.Or(op.Table, summary.ModelOf(c.pass.TypesInfo, o.Call)), table)
}

// conditionBean returns the bean of an xorm Get or Exist that takes
// its conditions from the fields of a local it fills: Get(&org), one
// argument, the address of a local variable.
func (c *checker) conditionBean(s *funcgraph.Site) (*ast.Ident, bool) {
	switch s.Callee.Name() {
	case "Get", "Exist":
	default:
		return nil, false
	}
	if len(s.Call.Args) != 1 {
		return nil, false
	}
	u, ok := ast.Unparen(s.Call.Args[0]).(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return nil, false
	}
	id, ok := ast.Unparen(u.X).(*ast.Ident)
	if !ok {
		return nil, false
	}
	if v, ok := c.pass.TypesInfo.Uses[id].(*types.Var); !ok || funcgraph.IsPackageLevel(v) || funcgraph.ParamIndex(s.Func.Sig, v) >= 0 {
		return nil, false
	}
	return id, true
}

// depBefore returns what the local at id, used by the call at s,
// depends on there: its definitions in f but those after the call
// (outside a loop) and the address the call itself takes (a bean the
// call fills). A template parsed before the request's functions are
// added to it (t.Parse(page); t.Funcs(perRequest(r))) parses
// invariant text; a bean's fields set before Get are its conditions.
func (c *checker) depBefore(f *funcgraph.Func, s *funcgraph.Site, id *ast.Ident) dep {
	v := c.pass.TypesInfo.Uses[id].(*types.Var)
	raw := c.index.Of(f)[v]
	defs := c.localDefs(f)[v]
	if len(raw) != len(defs) {
		return variantDep
	}
	// A field written (b.Name = x) reads as the bean plus x: the bean
	// itself counts as what its other definitions give, here.
	k := varKey{f, v}
	if old, ok := c.varDeps[k]; ok {
		defer func() { c.varDeps[k] = old }()
	} else {
		defer delete(c.varDeps, k)
	}
	c.varDeps[k] = dep{}
	var d dep
	// Outside a loop, what the function does to the value after the
	// call (return &bean, bean.Extra = ..., t.Funcs(...)) does not count.
	after := !c.inLoop(s.Call)
	for i, def := range raw {
		if def.How == walk.Addr && def.Lhs.Pos() == id.Pos() || defs[i].zero || after && def.Lhs.Pos() > s.Call.End() {
			continue
		}
		if d = d.or(c.eval(f, defs[i].expr)); d.variant {
			return d
		}
	}
	return d
}

// local reports whether id names a local variable of f, declared in f
// (not a parameter, not captured, not package-level).
func (c *checker) local(f *funcgraph.Func, id *ast.Ident) bool {
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.IsField() || funcgraph.IsPackageLevel(v) || funcgraph.ParamIndex(f.Sig, v) >= 0 {
		return false
	}
	body := f.Body()
	return body != nil && body.Pos() <= v.Pos() && v.Pos() < body.End() && len(c.localDefs(f)[v]) > 0
}

// inLoop reports whether call is inside a for or range statement of
// its function.
func (c *checker) inLoop(call *ast.CallExpr) bool {
	cur, ok := c.find(call)
	if !ok {
		return true // not known: as if it were
	}
	for cur = cur.Parent(); cur.Node() != nil; cur = cur.Parent() {
		switch cur.Node().(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return true
		case *ast.FuncDecl, *ast.FuncLit:
			return false
		}
	}
	return false
}

// xormInvariantShape reports whether an xorm read can be judged from
// its handle and its arguments after the first: Find and FindAndCount
// (whose first argument is the destination), Count of an empty bean,
// and Query with constant text. Get, Exist, Iterate and Rows take
// their conditions from the fields of the bean they fill, which this
// analysis does not follow.
func (c *checker) xormInvariantShape(s *funcgraph.Site, sop summary.Op) bool {
	switch s.Callee.Name() {
	case "Find", "FindAndCount":
		return true
	case "Count":
		for _, a := range s.Call.Args {
			if tv := c.pass.TypesInfo.Types[a]; !summary.EmptyBean(c.pass.TypesInfo, a) && !tv.IsNil() {
				return false
			}
		}
		return true
	case "Query", "QueryString", "QueryInterface":
		return sop.SQL != "" && !sqltext.Classify(sop.SQL).Write && !volatileSQL(sop.SQL)
	}
	return false
}

// wholeTable reports whether a read's text, given by a caller, reads the
// whole of a table that is not declared small: requestquery's unbounded
// read, not work to cache.
func wholeTable(info sqltext.Info) bool {
	return !info.Write && info.Unbounded != "" && !small.HasTable(info.Table)
}

// volatileSQL reports whether each run of a query is meant to give a
// different answer or to have an effect (rows picked at random, new
// identifiers, sequences, locks), or whether it reads no table at all
// (SELECT 1 in a health check, SELECT now()): nothing to cache.
func volatileSQL(text string) bool {
	u := strings.Join(strings.Fields(strings.ToUpper(text)), " ")
	if !strings.Contains(u, " FROM ") {
		return true
	}
	for _, s := range []string{"RANDOM(", "RAND(", "NEWID(", "UUID(", "GEN_RANDOM_UUID(", "UUID_GENERATE", "TABLESAMPLE",
		"NEXTVAL(", "CURRVAL(", "SETVAL(", "LAST_INSERT_ID(", "PG_ADVISORY", "FOR UPDATE", "FOR SHARE", "FOR NO KEY UPDATE", "SKIP LOCKED"} {
		if strings.Contains(u, s) {
			return true
		}
	}
	return false
}

// decodeFile recognises toml.DecodeFile(path, &v): reading and decoding
// a file in one call.
func (c *checker) decodeFile(f *funcgraph.Func, s *funcgraph.Site) *found {
	fn := s.Callee
	if fn.Pkg() == nil || fn.Pkg().Path() != "github.com/BurntSushi/toml" || fn.Name() != "DecodeFile" || len(s.Call.Args) == 0 {
		return nil
	}
	d := c.eval(f, s.Call.Args[0])
	if d.variant {
		return nil
	}
	tv := c.pass.TypesInfo.Types[s.Call.Args[0]]
	return &found{
		invOp:  invOp{Cat: catCompile, In: catalog.Path, Callee: "toml.DecodeFile", Const: tv.Value != nil, Mask: d.mask, Pos: walk.Pos(c.pass.Fset, s.Pos())},
		pos:    s.Pos(),
		end:    s.Call.End(),
		direct: true,
		callee: cmp.Or(s.Written(), "toml.DecodeFile"),
	}
}

// minEmbedded is the size from which decoding an embedded file on
// every request is worth a finding: below it the decoding costs less
// than the request around it.
const minEmbedded = 4 << 10

// decodeEmbedded recognises json.Unmarshal (or another decoder's) of a
// file that //go:embed holds: the same bytes decoded into the same
// value for every request.
func (c *checker) decodeEmbedded(f *funcgraph.Func, s *funcgraph.Site) *found {
	fn := s.Callee
	if fn.Pkg() == nil || !decoders[fn.Pkg().Path()] || fn.Name() != "Unmarshal" || fn.Signature().Recv() != nil || len(s.Call.Args) != 2 {
		return nil
	}
	if c.sum.Embedded(f, s.Call.Args[0]) < minEmbedded {
		return nil
	}
	name := fn.Pkg().Name() + "." + fn.Name()
	return &found{
		invOp:  invOp{Cat: catCompile, In: catalog.Embedded, Callee: name, Const: true, Pos: walk.Pos(c.pass.Fset, s.Pos())},
		pos:    s.Pos(),
		end:    s.Call.End(),
		direct: true,
		callee: cmp.Or(s.Written(), name),
	}
}

// decoders are the packages whose Unmarshal, Decode or NewDecoder turn
// bytes into values.
var decoders = map[string]bool{
	"encoding/json": true, "encoding/xml": true, "gopkg.in/yaml.v3": true, "gopkg.in/yaml.v2": true,
	"sigs.k8s.io/yaml": true, "github.com/BurntSushi/toml": true, "github.com/pelletier/go-toml/v2": true,
}

// decoded reports whether the result of the file read call is decoded
// in the function: data, err := os.ReadFile(p); json.Unmarshal(data, &v).
func (c *checker) decoded(f *funcgraph.Func, call *ast.CallExpr) bool {
	info := c.pass.TypesInfo
	cur, ok := c.find(call)
	if !ok {
		return false
	}
	as, ok := cur.Parent().Node().(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 || len(as.Lhs) == 0 {
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
	outer := f
	for outer.Outer != nil {
		outer = outer.Outer
	}
	found := false
	ast.Inspect(outer.Body(), func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if fn == nil || fn.Pkg() == nil || fn.Signature().Recv() != nil || !decoders[fn.Pkg().Path()] {
			return true
		}
		switch fn.Name() {
		case "Unmarshal", "NewDecoder", "Decode":
		default:
			return true
		}
		for _, a := range call.Args {
			ast.Inspect(a, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
					found = true
				}
				return !found
			})
		}
		return !found
	})
	return found
}

// transports finds http.Transport values built in f itself: a client
// with a new transport per request keeps no connections between them.
func (c *checker) transports(f *funcgraph.Func) []*found {
	body := f.Body()
	if body == nil {
		return nil
	}
	var out []*found
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its own function
		case *ast.CompositeLit:
			if t := c.pass.TypesInfo.TypeOf(n); t != nil && typematch.IsNamed(t, "net/http", "Transport") {
				out = append(out, &found{
					invOp:  invOp{Cat: catPool, In: catalog.Transport, Callee: "http.Transport", Pos: walk.Pos(c.pass.Fset, n.Pos())},
					pos:    n.Pos(),
					end:    n.End(),
					direct: true,
					callee: "http.Transport",
				})
			}
		}
		return true
	})
	return out
}

// validatesOnly reports whether s compiles a regexp only to check it:
// _, err := regexp.Compile(p), the compiled value thrown away. Code
// that validates a pattern has a pattern that is data (a setting an
// admin saves), not one to compile once.
func validatesOnly(body *ast.BlockStmt, s *funcgraph.Site) bool {
	if body == nil || s.Call == nil || s.Callee.Pkg().Path() != "regexp" || !strings.HasPrefix(s.Callee.Name(), "Compile") {
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if found || !ok {
			return !found
		}
		if len(as.Rhs) == 1 && ast.Unparen(as.Rhs[0]) == s.Call && len(as.Lhs) > 0 {
			id, ok := as.Lhs[0].(*ast.Ident)
			found = ok && id.Name == "_"
		}
		return !found
	})
	return found
}
