// Package catalog is the table of expensive operations scalevet knows:
// database queries and writes, remote calls, file reads, template
// parsing, regexp compilation, connection-pool creation, and cache
// clients (which are cheap, and are listed so analyzers can recognise
// a cache). Operations are matched by resolved object (import path,
// receiver type, name), never by the text of the call.
package catalog

import (
	"go/types"
	"strings"

	"github.com/scalevet/scalevet/analyzers/internal/typematch"
)

// Kind is what an operation costs.
type Kind uint8

// The kinds, in the order summaries keep them when they must drop some.
const (
	Query     Kind = iota + 1 // reads rows or documents
	Exec                      // writes rows or documents, one per call
	Expensive                 // a user's function marked //scalevet:expensive
	Remote                    // a call to another service
	PoolOpen                  // opens a connection pool or client
	Batch                     // many rows or keys in one round trip
	Prepare                   // prepares a statement
	FileRead                  // reads a file
	Parse                     // parses templates
	Compile                   // compiles a regular expression
	Cache                     // a cache client call: cheap by design
	FileWrite                 // writes a file on the local disk
)

var kindNames = [...]string{
	Query: "query", Exec: "exec", Expensive: "expensive", Remote: "remote-call",
	PoolOpen: "pool-open", Batch: "batch", Prepare: "prepare", FileRead: "file-read",
	Parse: "parse", Compile: "compile", Cache: "cache", FileWrite: "file-write",
}

func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "unknown"
}

// Op describes one catalogued operation.
type Op struct {
	Kind Kind
	// SQLArg is the index of the argument that holds SQL text, or -1.
	SQLArg int
	// Lib names the library family for builder-chain analysis.
	Lib Lib
	// Prepared is set for the execution of a prepared statement, whose
	// SQL was given to Prepare.
	Prepared bool
	// Batched is set for a remote call that takes many keys or objects
	// in one round trip (DynamoDB's BatchGetItem): the batch form of
	// the calls a loop would repeat.
	Batched bool
}

// Lib is a library family whose calls need more than the table to
// understand (builder chains, filter documents).
type Lib uint8

// Library families.
const (
	Plain Lib = iota
	Gorm
	Mongo
	Xorm
	Bun
	GoPG
	Ent
	Squirrel
	Goqu
)

// CallOf returns the catalogued method that a call of a value of type t
// runs, for a client library that exposes each API call as a field of
// a function type: go-elasticsearch's and opensearch-go's esapi.Search,
// called as es.Search(es.Search.WithIndex("docs")), builds a
// SearchRequest and runs its Do. Nil for any other type.
func CallOf(t types.Type) *types.Func {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || families[n.Obj().Pkg().Path()] != "esapi" {
		return nil
	}
	if _, ok := n.Underlying().(*types.Signature); !ok {
		return nil
	}
	req, _ := n.Obj().Pkg().Scope().Lookup(n.Obj().Name() + "Request").(*types.TypeName)
	if req == nil {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(req.Type(), false, req.Pkg(), "Do")
	fn, _ := obj.(*types.Func)
	if fn == nil {
		return nil
	}
	if _, ok := Lookup(fn); !ok {
		return nil
	}
	return fn
}

// Lookup returns the operation fn performs, if fn is catalogued. fn may
// be a function, a concrete method, or an interface method.
func Lookup(fn *types.Func) (Op, bool) {
	pkg := fn.Pkg()
	if pkg == nil {
		return Op{}, false
	}
	path := pkg.Path()
	if op, ok := savesUpload(fn); ok {
		return op, true
	}
	fam, ok := families[path]
	if !ok {
		if op, ok := entGenerated(fn); ok {
			return op, true
		}
		return databaseInterface(fn)
	}
	recv := ""
	if r := fn.Signature().Recv(); r != nil {
		if n := typematch.NamedOf(r.Type()); n != nil {
			recv = n.Obj().Name()
		}
	}
	if fam == cacheFamily {
		if recv != "" && isCacheCommand(fn.Name()) {
			return Op{Kind: Cache, SQLArg: -1, Batched: isMultiKey(fn.Name())}, true
		}
		switch fn.Name() {
		case "NewClient", "NewClusterClient", "NewFailoverClient", "NewRing", "New":
			if recv == "" {
				return Op{Kind: PoolOpen, SQLArg: -1}, true
			}
		}
		return Op{}, false
	}
	op, ok := table[member{fam, recv, fn.Name()}]
	return op, ok
}

// isCacheCommand reports whether name is a read or write command of a
// cache client (go-redis's cmdable and friends, gomemcache).
func isCacheCommand(name string) bool {
	for _, p := range [...]string{"Get", "MGet", "HGet", "Set", "MSet", "HSet", "Del", "Incr", "Decr", "Expire", "Exists", "Add", "Replace", "Delete", "Touch", "Increment", "Decrement", "GetMulti"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// isMultiKey reports whether name is a cache command that takes many
// keys in one round trip: the batch form of a loop of Get or Set.
func isMultiKey(name string) bool {
	switch name {
	case "MGet", "MSet", "MSetNX", "HMGet", "HMSet", "GetMulti":
		return true
	}
	return false
}

// IsPipeline reports whether t is a cache client's pipeline or
// transaction (go-redis's Pipeliner, Pipeline, Tx): its commands are
// queued and sent in one round trip.
func IsPipeline(t types.Type) bool {
	n := typematch.NamedOf(t)
	if n == nil || n.Obj().Pkg() == nil || families[n.Obj().Pkg().Path()] != cacheFamily {
		return false
	}
	switch n.Obj().Name() {
	case "Pipeliner", "Pipeline", "Tx":
		return true
	}
	return false
}

// IsXorm reports whether path is xorm, at any of its import paths.
func IsXorm(path string) bool { return families[path] == "xorm" }

// IsDatabase reports whether path is a database driver or ORM that the
// catalogue knows (database/sql, sqlx, gorm, xorm, pgx, bun, go-pg,
// mongo-driver, squirrel): its handles and their fields are the library's.
func IsDatabase(path string) bool {
	switch families[path] {
	case "sql", "sqlx", "gorm", "gormv1", "xorm", "pgx", "pgxpool", "bun", "gopg", "mongo", "squirrel", "goqu":
		return true
	}
	return false
}

// Relevant reports whether the package at path has catalogued operations.
func Relevant(path string) bool {
	_, ok := families[path]
	return ok
}

// Saves reports whether the package at path has a catalogued method
// that saves an upload to the local disk (gin, fiber): not a library
// of handles (Relevant), but a package whose importers can write files.
func Saves(path string) bool {
	_, ok := uploadSavers[path]
	return ok
}

// databaseInterface recognises a method of an interface declared
// outside the libraries that has the shape of a database handle's
// method: it takes the SQL text as a string and returns what
// database/sql or pgx return for a query or a write. sqlc's generated
// DBTX interface is the common case; hand-written Querier interfaces
// in repositories are the other. Only interface methods qualify: a
// concrete wrapper is summarised through its body instead.
func databaseInterface(fn *types.Func) (Op, bool) {
	sig := fn.Signature()
	if sig.Recv() == nil || !types.IsInterface(sig.Recv().Type()) || sig.Results().Len() == 0 {
		return Op{}, false
	}
	var kind Kind
	switch res := sig.Results().At(0).Type(); {
	case typematch.IsPointerTo(res, "database/sql", "Rows"), typematch.IsPointerTo(res, "database/sql", "Row"),
		typematch.IsNamed(res, "github.com/jackc/pgx/v5", "Rows"), typematch.IsNamed(res, "github.com/jackc/pgx/v5", "Row"),
		typematch.IsNamed(res, "github.com/jackc/pgx/v4", "Rows"), typematch.IsNamed(res, "github.com/jackc/pgx/v4", "Row"):
		kind = Query
	case typematch.IsNamed(res, "database/sql", "Result"), typematch.IsNamed(res, "github.com/jackc/pgx/v5/pgconn", "CommandTag"),
		typematch.IsNamed(res, "github.com/jackc/pgconn", "CommandTag"):
		kind = Exec
	default:
		return Op{}, false
	}
	for i := range sig.Params().Len() {
		if b, ok := sig.Params().At(i).Type().(*types.Basic); ok && b.Kind() == types.String {
			return Op{Kind: kind, SQLArg: i}, true
		}
	}
	return Op{}, false
}

// entGenerated recognises a method of the code that ent
// (entgo.io/ent) generates in the service's own module, by its shape:
// a builder type whose struct holds ent's dialect.Driver (through the
// generated config it embeds), and the builder's executing methods.
// XQuery (and XSelect, XGroupBy): All, Only, First, IDs, Count, Exist,
// Scan and their X and ID forms read; XCreate, XUpdate, XUpdateOne,
// XDelete, XDeleteOne: Save and Exec write; XCreateBulk: Save and Exec
// write every row in one statement; XClient: Get reads. Edge queries
// (user.QueryPosts()) only build a query.
func entGenerated(fn *types.Func) (Op, bool) {
	recv := fn.Signature().Recv()
	if recv == nil {
		return Op{}, false
	}
	named := typematch.NamedOf(recv.Type())
	if named == nil || !holdsEntDriver(named, 0) {
		return Op{}, false
	}
	typ, name := named.Obj().Name(), fn.Name()
	if len(name) > 1 && strings.HasSuffix(name, "X") {
		name = name[:len(name)-1] // AllX panics instead of returning the error
	}
	q := Op{Kind: Query, SQLArg: -1, Lib: Ent}
	switch {
	case strings.HasSuffix(typ, "Query"), strings.HasSuffix(typ, "Select"), strings.HasSuffix(typ, "GroupBy"):
		switch name {
		case "All", "Only", "OnlyID", "First", "FirstID", "IDs", "Count", "Exist", "Scan",
			"Strings", "String", "Ints", "Int", "Float64s", "Float64", "Bools", "Bool":
			return q, true
		}
	case strings.HasSuffix(typ, "CreateBulk"):
		if name == "Save" || name == "Exec" {
			return Op{Kind: Batch, SQLArg: -1, Lib: Ent}, true
		}
	case strings.HasSuffix(typ, "Create"), strings.HasSuffix(typ, "Update"), strings.HasSuffix(typ, "UpdateOne"),
		strings.HasSuffix(typ, "Delete"), strings.HasSuffix(typ, "DeleteOne"):
		if name == "Save" || name == "Exec" {
			return Op{Kind: Exec, SQLArg: -1, Lib: Ent}, true
		}
	case strings.HasSuffix(typ, "Client"):
		if name == "Get" {
			return q, true
		}
	}
	return Op{}, false
}

// EntClient reports whether pkg is code that ent generated: it imports
// ent's dialect package, whose Driver its builders hold.
func EntClient(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if entDialect(imp.Path()) {
			return true
		}
	}
	return false
}

// entDialect reports whether path is ent's dialect package, at its
// current or its first import path.
func entDialect(path string) bool {
	return path == "entgo.io/ent/dialect" || path == "github.com/facebookincubator/ent/dialect"
}

// holdsEntDriver reports whether the struct of named has a field of
// ent's dialect.Driver type, itself or in a struct it embeds (the
// generated config).
func holdsEntDriver(named *types.Named, depth int) bool {
	st, ok := named.Underlying().(*types.Struct)
	if !ok || depth > 2 {
		return false
	}
	for i := range st.NumFields() {
		f := st.Field(i)
		if n, ok := types.Unalias(f.Type()).(*types.Named); ok && n.Obj().Name() == "Driver" && n.Obj().Pkg() != nil && entDialect(n.Obj().Pkg().Path()) {
			return true
		}
		if f.Embedded() {
			if n := typematch.NamedOf(f.Type()); n != nil && holdsEntDriver(n, depth+1) {
				return true
			}
		}
	}
	return false
}

// Input is what a compile, parse, file-read, remote or pool-open
// operation works on, so that messages can name it and its fix
// without reading the callee's name.
type Input uint8

// The inputs.
const (
	NoInput      Input = iota
	Pattern            // a regular expression: regexp.Compile
	TemplateText       // template text: (*template.Template).Parse
	Files              // files named by path or glob: template.ParseFiles
	KeyPair            // a certificate and key file: tls.LoadX509KeyPair
	Path               // one file: os.ReadFile, os.Open, toml.DecodeFile
	URL                // a URL: http.Get
	Request            // a built request: (*http.Client).Do
	DSN                // a database's address: sql.Open, gorm.Open
	Address            // a server's address: redis.NewClient, grpc.Dial
	Transport          // an http.Transport built by a composite literal, which has no callee
	Embedded           // a file that //go:embed puts into the binary: json.Unmarshal of its variable
)

// InputOf returns what fn, catalogued as op, works on; NoInput for
// queries, writes and cache calls.
func InputOf(fn *types.Func, op Op) Input {
	switch op.Kind {
	case Compile:
		return Pattern
	case Parse:
		if fn.Name() == "Parse" {
			return TemplateText
		}
		return Files
	case FileRead:
		if fn.Pkg() != nil && fn.Pkg().Path() == "crypto/tls" {
			return KeyPair
		}
		return Path
	case Remote:
		if fn.Pkg() == nil || families[fn.Pkg().Path()] != "http" {
			return NoInput // an SDK's or an RPC's input: not a URL
		}
		if fn.Name() == "Do" {
			return Request
		}
		return URL
	case PoolOpen:
		if fn.Pkg() != nil {
			if fam := families[fn.Pkg().Path()]; fam == cacheFamily || fam == "grpc" {
				return Address
			}
		}
		return DSN
	}
	return NoInput
}

// Builds reports whether fn only builds a statement that a builder
// library's finisher runs, so that what it returns depends on nothing
// but its receiver and arguments: a function or method of bun, go-pg,
// squirrel or goqu (Where, Limit, sq.Eq, goqu.C(...).Eq) that the
// catalogue does not list as running one, and in code ent generated, a
// builder method (Query, Where, Limit, an edge's QueryPosts) or a
// predicate or order option (user.NameEQ(v), which returns a function
// of ent's sql.Selector).
func Builds(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	if _, runs := Lookup(fn); runs {
		return false
	}
	switch families[fn.Pkg().Path()] {
	case "bun", "gopg", "squirrel", "goqu":
		return true
	}
	if strings.HasPrefix(fn.Pkg().Path(), "github.com/doug-martin/goqu/v9/") {
		return true // exp: goqu.C("id").Eq(id), goqu.Ex{...}
	}
	if recv := fn.Signature().Recv(); recv != nil {
		named := typematch.NamedOf(recv.Type())
		return named != nil && holdsEntDriver(named, 0)
	}
	res := fn.Signature().Results()
	return res.Len() == 1 && selectorFunc(res.At(0).Type())
}

// selectorFunc reports whether t is a function of ent's *sql.Selector:
// the type of a predicate (predicate.User) or an order option that ent
// generates.
func selectorFunc(t types.Type) bool {
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || sig.Params().Len() != 1 {
		return false
	}
	p, ok := sig.Params().At(0).Type().(*types.Pointer)
	if !ok {
		return false
	}
	n := typematch.NamedOf(p.Elem())
	return n != nil && n.Obj().Name() == "Selector" && n.Obj().Pkg() != nil &&
		(n.Obj().Pkg().Path() == "entgo.io/ent/dialect/sql" || n.Obj().Pkg().Path() == "github.com/facebookincubator/ent/dialect/sql")
}
