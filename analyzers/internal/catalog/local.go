package catalog

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/scalevet/scalevet/analyzers/internal/typematch"
)

// This file catalogues the calls that keep a service's state on its own
// machine (localstate): embedded databases and in-memory rate limiters.
// Each is recognised by its package's import path and its name, never
// by the service that calls it.

// embeddedOpeners are the functions that open an embedded,
// single-machine database: the file or memory they open belongs to one
// instance.
var embeddedOpeners = map[string][]string{
	"go.etcd.io/bbolt":                    {"Open"},
	"github.com/boltdb/bolt":              {"Open"},
	"github.com/dgraph-io/badger":         {"Open", "OpenManaged"},
	"github.com/dgraph-io/badger/v2":      {"Open", "OpenManaged"},
	"github.com/dgraph-io/badger/v3":      {"Open", "OpenManaged"},
	"github.com/dgraph-io/badger/v4":      {"Open", "OpenManaged"},
	"github.com/cockroachdb/pebble":       {"Open"},
	"github.com/cockroachdb/pebble/v2":    {"Open"},
	"github.com/tidwall/buntdb":           {"Open"},
	"github.com/syndtr/goleveldb/leveldb": {"OpenFile"},
	// gorm v2's SQLite dialectors: gorm.Open(sqlite.Open(dsn)).
	"gorm.io/driver/sqlite":      {"Open"},
	"github.com/glebarez/sqlite": {"Open"},
}

// driverOpeners are the functions that open a database by driver name,
// with the position of the name among their arguments.
var driverOpeners = map[string]map[string]int{
	"database/sql":             {"Open": 0},
	"github.com/jmoiron/sqlx":  {"Open": 0, "Connect": 0, "MustOpen": 0, "MustConnect": 0, "ConnectContext": 1},
	"github.com/jinzhu/gorm":   {"Open": 0},
	"xorm.io/xorm":             {"NewEngine": 0},
	"github.com/go-xorm/xorm":  {"NewEngine": 0},
	"github.com/xorm-io/xorm":  {"NewEngine": 0},
	"entgo.io/ent/dialect/sql": {"Open": 0},
}

// sqliteDrivers are the database/sql driver names of SQLite
// (mattn/go-sqlite3, modernc.org/sqlite, and their usual aliases).
var sqliteDrivers = map[string]bool{"sqlite3": true, "sqlite": true, "sqlite3_extended": true}

// sqliteDriverTypes are the database/sql driver types of SQLite, by
// package: a name that sql.Register gives one of them is SQLite's.
var sqliteDriverTypes = map[string]string{
	"github.com/mattn/go-sqlite3":   "SQLiteDriver",
	"modernc.org/sqlite":            "Driver",
	"github.com/glebarez/go-sqlite": "Driver",
}

// Registered holds the driver names that a package gives SQLite's
// driver with sql.Register (sql.Register(Driver, &sqlite3.SQLiteDriver{
// ConnectHook: ...}), to add functions to every connection): by the
// variable or constant that names them, and by constant value.
type Registered struct {
	objs  map[types.Object]bool
	names map[string]bool
}

// RegisterSQLite records call if it is sql.Register of a SQLite driver.
func (r *Registered) RegisterSQLite(info *types.Info, call *ast.CallExpr) {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "database/sql" || fn.Name() != "Register" || len(call.Args) != 2 {
		return
	}
	n := typematch.NamedOf(info.TypeOf(call.Args[1]))
	if n == nil || n.Obj().Pkg() == nil || sqliteDriverTypes[n.Obj().Pkg().Path()] != n.Obj().Name() {
		return
	}
	if r.objs == nil {
		r.objs, r.names = make(map[types.Object]bool), make(map[string]bool)
	}
	if tv, ok := info.Types[call.Args[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		r.names[constant.StringVal(tv.Value)] = true
	}
	if obj := typematch.NamedObject(info, call.Args[0]); obj != nil {
		r.objs[obj] = true
	}
}

// EmbeddedOpen reports whether call opens an embedded database, and
// names it ("sql.Open with driver \"sqlite3\"", "bbolt.Open"). A driver
// given by a value that is not a constant (chosen by configuration) is
// not judged: which database runs is not known here, unless it is a
// name that reg holds, one the package registered for SQLite's driver.
func EmbeddedOpen(info *types.Info, call *ast.CallExpr, reg *Registered) (string, bool) {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Signature().Recv() != nil {
		return "", false
	}
	for _, name := range embeddedOpeners[fn.Pkg().Path()] {
		if fn.Name() == name {
			return fn.Pkg().Name() + "." + name, true
		}
	}
	arg, opener, ok := DriverArg(info, call)
	if !ok {
		return "", false
	}
	if driver, ok := reg.SQLite(info, arg); ok {
		return opener + " with driver " + driver, true
	}
	return "", false
}

// DriverArg returns, for a call that opens a database by driver name
// (sql.Open, sqlx.Connect, gorm v1's Open, xorm.NewEngine), the
// argument that names the driver, and the opener ("gorm.Open").
func DriverArg(info *types.Info, call *ast.CallExpr) (ast.Expr, string, bool) {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Signature().Recv() != nil {
		return nil, "", false
	}
	i, ok := driverOpeners[fn.Pkg().Path()][fn.Name()]
	if !ok || i >= len(call.Args) {
		return nil, "", false
	}
	return call.Args[i], fn.Pkg().Name() + "." + fn.Name(), true
}

// SQLite reports whether e, a driver name, is SQLite's, and renders it:
// a constant ("\"sqlite3\""), or a variable or constant that the
// package registered for SQLite's driver ("Driver, registered for
// SQLite"). r may be nil.
func (r *Registered) SQLite(info *types.Info, e ast.Expr) (string, bool) {
	if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		driver := constant.StringVal(tv.Value)
		return strconv.Quote(driver), r.IsSQLite(driver)
	}
	if obj := typematch.NamedObject(info, e); obj != nil && r != nil && r.objs[obj] {
		return obj.Name() + ", registered for SQLite", true
	}
	return "", false
}

// IsSQLite reports whether driver is a name of SQLite's driver, its own
// or one that the package registered for it. r may be nil.
func (r *Registered) IsSQLite(driver string) bool {
	return sqliteDrivers[strings.ToLower(driver)] || r != nil && r.names[driver]
}

// MemoryLimiter reports whether call builds a rate limiter, or the
// store of one, that counts in process memory, and names it. A limiter
// given a shared store (httprate's WithLimitCounter, fiber's Storage)
// is not one.
func MemoryLimiter(info *types.Info, call *ast.CallExpr) (string, bool) {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Signature().Recv() != nil {
		return "", false
	}
	path, name := fn.Pkg().Path(), fn.Name()
	what := fn.Pkg().Name() + "." + name
	switch {
	case path == "github.com/go-chi/httprate":
		switch name {
		case "Limit", "LimitByIP", "LimitByRealIP", "LimitAll", "NewRateLimiter":
			for _, a := range call.Args {
				if c, ok := ast.Unparen(a).(*ast.CallExpr); ok {
					if f, ok := typeutil.Callee(info, c).(*types.Func); ok && f.Name() == "WithLimitCounter" {
						return "", false
					}
				}
			}
			return what, true
		}
	case strings.HasPrefix(path, "github.com/ulule/limiter") && strings.HasSuffix(path, "/drivers/store/memory"):
		if name == "NewStore" || name == "NewStoreWithOptions" {
			return what, true
		}
	case strings.HasPrefix(path, "github.com/labstack/echo/") && strings.HasSuffix(path, "/middleware"):
		if name == "NewRateLimiterMemoryStore" || name == "NewRateLimiterMemoryStoreWithConfig" {
			return what, true
		}
	case strings.HasPrefix(path, "github.com/gofiber/fiber/") && strings.HasSuffix(path, "/middleware/limiter"):
		if name == "New" && !hasField(call, "Storage") {
			return what + " without a Storage", true
		}
	case strings.HasPrefix(path, "github.com/didip/tollbooth"):
		if name == "NewLimiter" {
			return what, true
		}
	}
	return "", false
}

// hasField reports whether one of call's arguments is a composite
// literal that sets field (limiter.New(limiter.Config{Storage: s})).
func hasField(call *ast.CallExpr, field string) bool {
	for _, a := range call.Args {
		lit, ok := ast.Unparen(a).(*ast.CompositeLit)
		if !ok {
			continue
		}
		for _, e := range lit.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == field {
					return true
				}
			}
		}
	}
	return false
}

// IsRateLimiter reports whether t is golang.org/x/time/rate's Limiter
// or a pointer to one.
func IsRateLimiter(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "golang.org/x/time/rate" && n.Obj().Name() == "Limiter"
}

// clientConns are the types of a client's open connection: a
// websocket, or an HTTP response kept open to stream server-sent
// events to it.
var clientConns = map[string][]string{
	"github.com/gorilla/websocket":         {"Conn"},
	"github.com/coder/websocket":           {"Conn"},
	"nhooyr.io/websocket":                  {"Conn"},
	"golang.org/x/net/websocket":           {"Conn"},
	"github.com/gofiber/websocket/v2":      {"Conn"},
	"github.com/gofiber/contrib/websocket": {"Conn"},
	"github.com/olahol/melody":             {"Session"},
	"net/http":                             {"ResponseWriter", "Flusher"},
}

// IsClientConn reports whether t is (a pointer to) a client's open
// connection: a websocket, or a response writer kept for streaming.
func IsClientConn(t types.Type) bool {
	n := typematch.NamedOf(t)
	if n == nil || n.Obj().Pkg() == nil {
		return false
	}
	for _, name := range clientConns[n.Obj().Pkg().Path()] {
		if n.Obj().Name() == name {
			return true
		}
	}
	return false
}

// ClientConnPackage reports whether path is the package of a client
// connection type or one of its subpackages (coder/websocket/wsjson).
func ClientConnPackage(path string) bool {
	for p := range clientConns {
		if p != "net/http" && (path == p || strings.HasPrefix(path, p+"/")) {
			return true
		}
	}
	return false
}

// HoldsClientConn reports whether t is a client connection, or a
// struct (or a pointer to one) with a field that is: the registry entry
// of a connected client.
func HoldsClientConn(t types.Type) bool {
	if IsClientConn(t) {
		return true
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	s, ok := types.Unalias(t).Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := range s.NumFields() {
		if IsClientConn(s.Field(i).Type()) {
			return true
		}
	}
	return false
}

// broadcasters are the methods of libraries that fan a message out to
// the connections they hold in process memory.
var broadcasters = map[string]map[string][]string{
	"github.com/olahol/melody": {"Melody": {"Broadcast", "BroadcastBinary", "BroadcastFilter", "BroadcastBinaryFilter", "BroadcastOthers", "BroadcastBinaryOthers", "BroadcastMultiple"}},
}

// Broadcast reports whether call fans a message out to the connections
// a library holds in process memory (melody's Broadcast), and names it.
func Broadcast(info *types.Info, call *ast.CallExpr) (string, bool) {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return "", false
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return "", false
	}
	n := typematch.NamedOf(recv.Type())
	if n == nil {
		return "", false
	}
	for _, m := range broadcasters[fn.Pkg().Path()][n.Obj().Name()] {
		if m == fn.Name() {
			return fn.Pkg().Name() + "." + n.Obj().Name() + "." + m, true
		}
	}
	return "", false
}

// uploadSavers are the web frameworks' methods that save an uploaded
// file to a path on the local disk, by receiver type, with the
// position of the destination path among their arguments.
var uploadSavers = map[string]map[string]map[string]int{
	"github.com/gin-gonic/gin":    {"Context": {"SaveUploadedFile": 1}},
	"github.com/gofiber/fiber/v2": {"Ctx": {"SaveFile": 1}},
	"github.com/gofiber/fiber/v3": {"Ctx": {"SaveFile": 1}, "DefaultCtx": {"SaveFile": 1}},
}

// uploadSaver returns the position of the destination path of fn, a
// framework's method that saves an upload to the local disk.
func uploadSaver(fn *types.Func) (int, bool) {
	recv := fn.Signature().Recv()
	if fn.Pkg() == nil || recv == nil {
		return 0, false
	}
	n := typematch.NamedOf(recv.Type())
	if n == nil {
		return 0, false
	}
	i, ok := uploadSavers[fn.Pkg().Path()][n.Obj().Name()][fn.Name()]
	return i, ok
}

// savesUpload returns the operation of a framework method that saves an
// upload to the local disk.
func savesUpload(fn *types.Func) (Op, bool) {
	if _, ok := uploadSaver(fn); ok {
		return Op{Kind: FileWrite, SQLArg: -1}, true
	}
	return Op{}, false
}

// FilePathArg returns the position of the destination path among the
// arguments of fn, catalogued as a FileWrite: os.Create and
// os.WriteFile take it first, the frameworks' upload savers second.
func FilePathArg(fn *types.Func) int {
	i, _ := uploadSaver(fn)
	return i
}
