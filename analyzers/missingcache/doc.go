// Package missingcache defines an Analyzer that reports expensive work
// whose result does not depend on the request, redone on every request.
//
// # Analyzer missingcache
//
// missingcache: report request-invariant work redone for every request
//
// The commonest way a launch falls over: the database runs the same
// expensive query for every visitor while the web server idles. When
// the answer does not depend on the request, compute it once and hand
// out the saved copy. The same holds for compiling the same regexp,
// parsing the same template, reading and decoding the same file,
// opening a new connection pool, or fetching the same remote URL on
// every request.
//
// The analyzer works out which values are request-invariant: constants,
// package-level variables the request path never writes (configuration),
// values captured from a handler factory (built at start-up), a
// handler's receiver (not a beego or iris controller, built per
// request), and the results of pure functions of those (fmt.Sprintf,
// strconv, os.Getenv...) and of the service's own functions that
// return what they read (a getter r.DB(ctx) returning
// r.db.WithContext(ctx), a helper util.SplitID(id) of another package,
// known from its fact); a parameter carries what the function adds to
// it (tx.Limit(page.Size)). A handle of a catalogued library passed to
// a call (audit(db, path)) is used, not filled. Anything read from the request
// (*http.Request, gin.Context, echo.Context, fiber.Ctx, a gRPC request
// message, path and query parameters, the session, and a pointer or map
// passed to a call that may fill it from them, decode(r.Body, cond)) or per request
// (time.Now, random numbers, UUIDs, ctx.Value) is variant; the content
// of a file at an invariant path (os.ReadFile, fsys.Open and io.ReadAll,
// fs.ReadFile, an embed.FS) is invariant: the service's own files; the context
// itself, passed to QueryContext, is plumbing and does not count. A
// helper's work is summarised per parameter ("invariant if parameters 1
// and 3 are") and travels to other packages as facts, so a handler that
// calls repo.Plans(ctx, db) is reported at that call, and
// repo.Plan(ctx, db, id) only when the id passed is invariant. A call
// through an interface of the module is judged by the work of every
// implementation of it, with the arguments given at the call: at the
// call, when the implementations are visible there (the package or a
// package it imports declares them); else in the first package up
// that sees one, usually the one that wires it in (main), where the
// finding is reported at the wiring, naming the call and the handler
// ("the interface call store.Orders.List at web/web.go:21 runs query
// ... on every request of web.Handler.Open"). The call goes on up past
// the implementations seen, so that a wrapper seen early (a cache in
// front of the storage) does not hide the storage wired in later; each
// implementation's work is reported once. Under go vet, which gives a
// package only what its imports export, an unexported implementation
// in another package is known by its package's fact. A call with no
// known implementation is not reported. A resolver that the root
// resolver embeds from another package is an entry point there: its
// work is reported in the root resolver's package, at the embedded
// field.
//
// Reported, on the request path (directly or through calls in any
// package), with these categories:
//
//   - query: a read query with constant SQL text and invariant
//     arguments (database/sql, sqlx, pgx, gorm, mongo), also through
//     the service's own wrapper that takes the text as a parameter
//     (judged where a caller passes constant text); a builder query
//     (bun, go-pg, squirrel, goqu, ent's generated client) whose chain
//     takes nothing from the request: the arguments of every builder
//     call, the callbacks it is given (WhereGroup) and the chain's root,
//     with ent's predicates (user.NameEQ(v)) judged by their arguments;
//     the model given to Model is where the rows go, not a condition,
//     unless WherePK reads by its key. A read of a whole
//     table (no WHERE, no LIMIT; COUNT of every row) is requestquery's
//     unbounded read, not reported here: its fix is to bound the read,
//     and a copy of a table that grows goes stale with every write. A
//     read of MIN/MAX aggregates only (SELECT max(id), gorm's
//     Select("max(id)")) is one row an index answers: cheap, not
//     reported.
//     Tables small by nature, named by -missingcache.small (or the
//     small_tables key of scalevet.toml, which also sets
//     -requestquery.small), are configuration: their whole-table reads
//     are reported;
//   - compile: regexp.Compile/MustCompile of an invariant pattern;
//     text/template and html/template ParseFiles/ParseGlob/ParseFS and
//     (*Template).Parse of invariant input; os.ReadFile/os.Open of an
//     invariant path whose content is decoded (json, xml, yaml, toml),
//     toml.DecodeFile; json.Unmarshal (or xml's, yaml's, toml's) of a
//     file of 4 KiB or more that //go:embed holds (a smaller one costs
//     less than the request around it); tls.LoadX509KeyPair of
//     invariant files;
//   - pool: sql.Open, sqlx.Open/Connect, gorm.Open, pgxpool.New,
//     pgx.Connect, mongo.Connect, redis.NewClient, grpc.NewClient/Dial,
//     or a new http.Transport, whatever their arguments (a pool to a
//     database that the request selects is one pool per request too);
//   - remote: http.Get/Post/Head/PostForm or a client's Do of an
//     invariant request.
//
// A helper's work is summarised with its conditions on the caller's
// arguments: xorm's Get(&bean) and Exist(&bean) are judged by the fields
// the bean holds before the call; work in a range over a parameter, in
// an if that tests one (p != "", len(p) > 0, or cfg.URL != "" on a
// pointer that the function leaves nil or points only to a literal
// without that field: if cfg == nil { cfg = &Props{Kind: k} }) or after
// an early return when it is empty runs for no caller that passes
// nothing there ("", nil, no variadic argument); a literal that its function runs in place
// (go func() { ... }()) is judged with its captured parameters unknown.
//
// A suggested fix hoists regexp.MustCompile and
// template.Must(template.ParseFiles(...)) with constant arguments to a
// package-level variable: one the package already has, set by the same
// call and never changed, or else a new one. A local assigned once is
// removed and its uses renamed; a local that is reassigned stays, and
// only the call is replaced. No fix is offered when the result is
// changed in place (Longest, Funcs, Parse), since every request would
// share the change.
//
// Not reported: work inside a long-lived sync.Once's Do, sync.OnceFunc/OnceValue/
// OnceValues or singleflight.Group.Do, or a function value handed to a
// function of the program that runs it only when a package-level map
// does not hold the result yet and stores it there (a process-wide
// singleton registry: GetInstance(func() *sql.DB { ... })); work in a function that returns
// early on a cache hit (a map or sync.Map lookup, an LRU or TTL cache
// such as hashicorp/golang-lru, ristretto, bigcache, freecache,
// go-cache, groupcache, or a Redis Get, or a cache written by hand: a
// method of a field that returns a value and an ok, or a value compared
// with nil, guarding the return, with a fill through a method of the
// same field after it); work whose result the function
// stores in such a cache, directly or through locals (other work of
// that function is still reported: recording lastSeen[addr] = name
// does not cache a pattern compiled beside it); a result assigned straight to a package-level variable, or
// to a field of a package-level value, of the receiver or of a value a
// handler captures from its factory (lazy initialisation; a field of a
// value made for the request, cond.Pattern = regexp.MustCompile(p),
// keeps nothing and is reported, as does a value rewritten from itself,
// c.Filter = normalise(c.Filter)); start-up code (init, main, what only
// they reach, handler factory bodies); the rebuilding branch of a
// development switch (if cfg.UseCache { t = templates[name] } else { t
// = parse(name) }: a boolean setting of a package-level value or of the
// receiver, whose other branch only reads what was built before); a
// compile in a helper that compiles the pattern its callers give, at a
// caller that passes a constant, when another call of the helper in the
// package passes request data (the compile cannot move out of the
// helper); queries with request-dependent
// arguments; writes (INSERT, UPDATE, DELETE), even with constant text;
// a read of a table that the same function wrote before it (an admin
// saves a setting and returns the row) or writes after it, not under
// an if, itself or in a literal it runs such as a transaction's (a
// delete handler checks that it does not remove the last admin: a copy
// would make the check stale; creating the row when it is missing is
// a lazy initialisation, and the read is reported);
// queries meant to differ per run or to have effects (RANDOM(),
// sequences, FOR UPDATE) or that read no table (SELECT 1 in a health
// check); a regexp compiled only to validate it (_, err :=
// regexp.Compile(p)), whose pattern is data; work in a background
// worker a handler starts (go w.run() where run loops until stopped);
// test and generated files.
//
// # Examples
//
//	func (s *Server) Plans(w http.ResponseWriter, r *http.Request) {
//		rows, err := s.db.QueryContext(r.Context(), "SELECT name, price FROM plans") // query "SELECT name, price FROM plans" does not depend on the request: the database redoes the same work for every request and returns the same rows; cache the result (sync.OnceValue, or a TTL cache)
//		...
//	}
//
//	func ListUsers(w http.ResponseWriter, r *http.Request) {
//		re := regexp.MustCompile(`^[a-z]+$`) // regexp.MustCompile of a constant pattern runs on every request of ListUsers: the same pattern is compiled again for every request; compile it once into a package-level variable
//		...
//	}
//
//	func Report(w http.ResponseWriter, r *http.Request) {
//		db, err := sql.Open("postgres", dsn) // sql.Open creates a new connection pool on every request of Report: connections are not reused and the database's connection limit is exhausted under load; open one pool at start-up and share it
//		...
//	}
package missingcache
