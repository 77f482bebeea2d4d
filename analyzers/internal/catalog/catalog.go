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
)

var kindNames = [...]string{
	Query: "query", Exec: "exec", Expensive: "expensive", Remote: "remote-call",
	PoolOpen: "pool-open", Batch: "batch", Prepare: "prepare", FileRead: "file-read",
	Parse: "parse", Compile: "compile", Cache: "cache",
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
)

// Lookup returns the operation fn performs, if fn is catalogued. fn may
// be a function, a concrete method, or an interface method.
func Lookup(fn *types.Func) (Op, bool) {
	pkg := fn.Pkg()
	if pkg == nil {
		return Op{}, false
	}
	path := pkg.Path()
	fam, ok := families[path]
	if !ok {
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
			return Op{Kind: Cache, SQLArg: -1}, true
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

// IsXorm reports whether path is xorm, at any of its import paths.
func IsXorm(path string) bool { return families[path] == "xorm" }

// IsDatabase reports whether path is a database driver or ORM that the
// catalogue knows (database/sql, sqlx, gorm, xorm, pgx, bun, go-pg,
// mongo-driver): its handles and their fields are the library's.
func IsDatabase(path string) bool {
	switch families[path] {
	case "sql", "sqlx", "gorm", "gormv1", "xorm", "pgx", "pgxpool", "bun", "gopg", "mongo":
		return true
	}
	return false
}

// Relevant reports whether the package at path has catalogued operations.
func Relevant(path string) bool {
	_, ok := families[path]
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
