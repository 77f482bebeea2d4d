package sessions

import (
	"cmp"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/funcgraph"
	"github.com/scalevet/scalevet/analyzers/internal/typematch"
	"github.com/scalevet/scalevet/analyzers/internal/walk"
)

// The session libraries whose stores are recognised, by import path.
const (
	gorillaSessions = "github.com/gorilla/sessions"
	quasoftMemstore = "github.com/quasoft/memstore"
	ginMemstore     = "github.com/gin-contrib/sessions/memstore"
	scs             = "github.com/alexedwards/scs/v2"
	scsMemstore     = "github.com/alexedwards/scs/v2/memstore"
	fiberV2Session  = "github.com/gofiber/fiber/v2/middleware/session"
	fiberV3Session  = "github.com/gofiber/fiber/v3/middleware/session"
	beegoWeb        = "github.com/beego/beego/v2/server/web"
	beegoV1         = "github.com/astaxie/beego"
)

func importsSessionLibrary(pkg *types.Package) bool {
	for _, p := range pkg.Imports() {
		switch p.Path() {
		case gorillaSessions, quasoftMemstore, ginMemstore, scs, scsMemstore, fiberV2Session, fiberV3Session, beegoWeb, beegoV1:
			return true
		}
	}
	return false
}

// Store is the construction of a session store that keeps sessions
// in process memory or on the local disk.
type Store struct {
	Pos, End token.Pos
	OnDisk   bool   // on the local disk, not in memory
	What     string // the constructor as written, and what it lacks: "memstore.NewStore", "session.New without a Storage"
	Fix      string // what to use instead
}

// stores finds the constructors of in-memory and filesystem session
// stores, wherever they are called: start-up code is where a store is
// made, and every request then uses it.
func (c *checker) stores(in *inspector.Inspector) {
	if c.pass.Module != nil && c.pass.Module.Version != "" {
		// A versioned dependency (gin-contrib/sessions' memstore wraps
		// quasoft/memstore): the library's defaults, not the service's
		// choice, which is reported where the service calls the library.
		return
	}
	c.beegoProviders(in)
	var storeSet map[types.Object]bool // variables and fields whose scs Store is assigned
	for cur := range in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
		if fn == nil || fn.Pkg() == nil || fn.Signature().Recv() != nil {
			continue
		}
		if walk.SameRepository(c.pass.Pkg.Path(), fn.Pkg().Path()) {
			continue // the library's own default (scs.New uses memstore), not a choice of the service
		}
		var what, fix string
		onDisk := false
		switch fn.Pkg().Path() + "." + fn.Name() {
		case gorillaSessions + ".NewFilesystemStore":
			onDisk, fix = true, "use a shared store (Redis, a database) or sessions.NewCookieStore"
		case quasoftMemstore + ".NewMemStore":
			fix = "use a shared store (Redis, a database) or sessions.NewCookieStore"
		case ginMemstore + ".NewStore":
			fix = "use the cookie, redis or postgres store of gin-contrib/sessions"
		case scsMemstore + ".New", scsMemstore + ".NewWithCleanupInterval":
			fix = "use a shared store such as redisstore or postgresstore"
		case scs + ".New", scs + ".NewSession":
			if storeSet == nil {
				storeSet = c.scsStoreAssigned(in)
			}
			target, ok := assignedTo(c.pass.TypesInfo, cur)
			if !ok || target != nil && storeSet[target] {
				continue // returned, or its Store is set
			}
			what = c.funcText(call, fn) + " with its default memory store"
			fix = "set its Store to a shared store such as redisstore or postgresstore"
		case fiberV2Session + ".New":
			if !noStorage(c.pass.TypesInfo, call, false) {
				continue
			}
			what = c.funcText(call, fn) + " without a Storage"
			fix = "set Storage to a shared storage such as Redis or Postgres"
		case fiberV3Session + ".New", fiberV3Session + ".NewWithStore", fiberV3Session + ".NewStore":
			if !noStorage(c.pass.TypesInfo, call, true) {
				continue
			}
			what = c.funcText(call, fn) + " without a Storage"
			fix = "set Storage to a shared storage such as Redis or Postgres"
		default:
			continue
		}
		if what == "" {
			what = c.funcText(call, fn)
		}
		if target, _ := assignedTo(c.pass.TypesInfo, cur); target != nil {
			c.res.sessions[target] = true
		}
		c.res.Stores = append(c.res.Stores, Store{Pos: call.Pos(), End: call.End(), OnDisk: onDisk, What: what, Fix: fix})
	}
}

// funcText renders the called function as written ("memstore.NewStore").
func (c *checker) funcText(call *ast.CallExpr, fn *types.Func) string {
	return cmp.Or(funcgraph.ShortText(call.Fun), fn.Pkg().Name()+"."+fn.Name())
}

// assignedTo returns the package-level variable or field that the call
// at cur is stored in (nil for a local, or when it is used in place),
// and false when it is returned, so another function may configure it.
func assignedTo(info *types.Info, cur inspector.Cursor) (types.Object, bool) {
	for {
		switch cur.ParentEdgeKind() {
		case edge.ParenExpr_X, edge.UnaryExpr_X:
			cur = cur.Parent()
			continue
		case edge.ReturnStmt_Results:
			return nil, false
		case edge.AssignStmt_Rhs:
			as := cur.Parent().Node().(*ast.AssignStmt)
			if i := cur.ParentEdgeIndex(); len(as.Lhs) == len(as.Rhs) {
				return typematch.NamedObject(info, as.Lhs[i]), true
			}
		case edge.ValueSpec_Values:
			vs := cur.Parent().Node().(*ast.ValueSpec)
			if i := cur.ParentEdgeIndex(); i < len(vs.Names) {
				return info.Defs[vs.Names[i]], true
			}
		case edge.KeyValueExpr_Value:
			kv := cur.Parent().Node().(*ast.KeyValueExpr)
			if id, ok := kv.Key.(*ast.Ident); ok {
				if v, ok := info.Uses[id].(*types.Var); ok && v.IsField() {
					return v, true
				}
			}
		}
		return nil, true
	}
}

// scsStoreAssigned returns the variables and fields x such that the
// package assigns x.Store, the Store field of an scs SessionManager.
func (c *checker) scsStoreAssigned(in *inspector.Inspector) map[types.Object]bool {
	set := make(map[types.Object]bool)
	for cur := range in.Root().Preorder((*ast.AssignStmt)(nil)) {
		for _, lhs := range cur.Node().(*ast.AssignStmt).Lhs {
			sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "Store" {
				continue
			}
			s := c.pass.TypesInfo.Selections[sel]
			if s == nil || s.Kind() != types.FieldVal || !typematch.IsPointerTo(s.Recv(), scs, "SessionManager") && !typematch.IsNamed(s.Recv(), scs, "SessionManager") {
				continue
			}
			if o := typematch.NamedObject(c.pass.TypesInfo, sel.X); o != nil {
				set[o] = true
			}
		}
	}
	return set
}

// noStorage reports whether a fiber session constructor gets no
// Storage, so that it keeps sessions in its built-in memory storage: no
// config, or a config literal without Storage (in v3, also without a
// Store, whose own constructor is checked where it is called). A config
// that is not a literal is not judged.
func noStorage(info *types.Info, call *ast.CallExpr, v3 bool) bool {
	if call.Ellipsis.IsValid() {
		return false
	}
	if len(call.Args) == 0 {
		return true
	}
	switch a := ast.Unparen(call.Args[0]).(type) {
	case *ast.CompositeLit:
		for _, elt := range a.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return false
			}
			if id, ok := kv.Key.(*ast.Ident); ok && (id.Name == "Storage" || v3 && id.Name == "Store") {
				return false
			}
		}
		return true
	case *ast.SelectorExpr:
		v, ok := info.Uses[a.Sel].(*types.Var)
		return ok && v.Name() == "ConfigDefault" && v.Pkg() != nil && (v.Pkg().Path() == fiberV2Session || v.Pkg().Path() == fiberV3Session)
	}
	return false
}

// beegoProviders finds beego's session manager set to keep sessions in
// the instance: SessionProvider given the constant "memory" or "file"
// (beego v2's web.BConfig.WebConfig.Session, or v1's). The provider
// left at its default is not judged: beego may read it from conf/app.conf.
func (c *checker) beegoProviders(in *inspector.Inspector) {
	info := c.pass.TypesInfo
	for cur := range in.Root().Preorder((*ast.AssignStmt)(nil)) {
		as := cur.Node().(*ast.AssignStmt)
		if len(as.Lhs) != len(as.Rhs) {
			continue
		}
		for i, lhs := range as.Lhs {
			sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "SessionProvider" {
				continue
			}
			s := info.Selections[sel]
			if s == nil || s.Kind() != types.FieldVal || !typematch.IsNamed(s.Recv(), beegoWeb, "SessionConfig") && !typematch.IsNamed(s.Recv(), beegoV1, "SessionConfig") {
				continue
			}
			tv, ok := info.Types[as.Rhs[i]]
			if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
				continue
			}
			if p := constant.StringVal(tv.Value); p == "memory" || p == "file" {
				c.res.Stores = append(c.res.Stores, Store{Pos: as.Pos(), End: as.End(), OnDisk: p == "file", What: `beego's "` + p + `" session provider`,
					Fix: `set SessionProvider to a shared store ("redis", "mysql", "postgresql") or "cookie"`})
			}
		}
	}
}
