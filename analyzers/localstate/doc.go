// Package localstate defines an Analyzer that reports state a service
// keeps on its own machine, which a second instance cannot see.
//
// # Analyzer localstate
//
// localstate: report state kept on one instance: local-disk files, embedded databases, per-instance schedulers, in-memory rate limits, in-process broadcast, mutexes guarding database invariants
//
// Scaling out means running the same service on several machines
// behind a load balancer, and it works only when each instance keeps
// nothing that the others need. Beyond sessions and variables in
// memory (sessionmap, globalstate), a service keeps state on its own
// machine in ways that break the moment a second instance starts.
//
// It reports, with these categories:
//
//   - disk: a file written to the local disk on the request path
//     (os.Create, os.WriteFile, os.OpenFile with flags that create and
//     do not append, gin's SaveUploadedFile, fiber's SaveFile), in the
//     handler or in a function it reaches, also in other packages and
//     behind interfaces (the summaries every analyzer shares). A later
//     request that the load balancer sends to another instance does
//     not find the file. Reported once per writing function, naming
//     the handlers that reach it. Fix: object storage, or a volume that
//     every instance mounts.
//   - embeddeddb: the opening of an embedded, single-machine database:
//     SQLite by a constant driver name ("sqlite3", "sqlite") given to
//     database/sql, sqlx, gorm v1, xorm or ent's Open, by a name that
//     the package registers for SQLite's driver (sql.Register(name,
//     &sqlite3.SQLiteDriver{ConnectHook: ...})), or by a configuration
//     field whose tag defaults it to SQLite (`default:"sqlite3"`,
//     `envDefault`); gorm v2's sqlite.Open dialector
//     (gorm.io/driver/sqlite, glebarez/sqlite), and bbolt, bolt, badger,
//     pebble, buntdb and goleveldb. A function that opens by the driver
//     name its parameter gives (database.New(dialect, dsn)) is judged
//     where a caller passes the name, in its package or an importer.
//     Each instance has its own copy of the data. Reported once, at the
//     open; the same open written twice in one function (a writer and a
//     reader pool of one file) once, at the first. Fix: a database
//     server that every instance shares.
//   - scheduler: a recurring job that every instance runs on its own
//     clock and that acts on shared state: a function handed to
//     robfig/cron (AddFunc, AddJob, Schedule) or gocron (Do, NewTask),
//     and a loop that runs on a timer (a range over a ticker's channel
//     or time.Tick; a for loop that waits on <-ticker.C, <-time.After
//     or time.Sleep), when the job writes to a database or POSTs to
//     another service (http.Post, PostForm), directly or through the
//     functions it calls (across packages, through the summaries every
//     analyzer shares), or through an interface whose implementation
//     only the wiring package sees (reported there, naming the job and
//     the interface call). A scheduler reached through a wrapper, or
//     through an interface whose implementation here hands the job to
//     cron, is the same scheduler. A job that takes a lock every
//     instance shares (a Postgres advisory lock, MySQL GET_LOCK, rows
//     claimed FOR UPDATE SKIP LOCKED, a lock row claimed by an upsert
//     whose DO UPDATE takes it only when its lease has run out, a
//     WHERE that orders it against a value of the statement, not
//     against EXCLUDED; a Redis SETNX) is not reported.
//     With N instances the job runs N times: mails sent N times, rows
//     deleted or charged concurrently. Fix: a leader lock, a job
//     queue, or one scheduled job outside the web tier.
//   - ratelimit: a rate limit counted in process memory: go-chi/httprate
//     limiters without WithLimitCounter, ulule/limiter's memory store,
//     echo's NewRateLimiterMemoryStore, fiber's limiter without a
//     Storage, tollbooth's NewLimiter, and a golang.org/x/time/rate
//     Limiter stored per key in a map held by a package-level variable
//     or a field, or a record per client that holds one
//     (visitors[ip] = &visitor{limiter: ...}) stored there on the
//     request path (a record per configured upstream, made at
//     start-up, paces the service's own calls and is not reported).
//     With N instances each client gets N times the limit.
//     Fix: a limiter with a shared store.
//   - broadcast: a message fanned out in process memory to connected
//     clients: a loop over a registry of connections that outlives the
//     request (a package-level variable or a field; a map or slice whose
//     elements are a websocket connection of gorilla/websocket,
//     coder/websocket, nhooyr, x/net or fiber, an http.ResponseWriter
//     kept for server-sent events, or a struct holding one) that writes
//     to each (a send on the client's channel, a Write or Send method, the
//     connection handed to wsjson.Write or fmt.Fprintf), and melody's
//     Broadcast methods. A registry of channels, or of records that
//     hold one, is a registry of subscribers when the request path adds
//     to it (an SSE or long-poll handler registering its channel): a
//     send to each is the same broadcast; so is a call of each callback
//     of a registry of callbacks (or of records that hold one) that the
//     request path adds to, by a function on the request path (directly,
//     or through a goroutine literal given the callback), also over a
//     copy that a method of the package takes under the lock. When the
//     functions that add to the registry are called from another package
//     (a pub/sub package whose listeners the handlers register), the
//     finding is at the call on that package's request path that
//     subscribes. Those two need a registry that requests share: a
//     package-level variable, or a field of a struct that holds a mutex
//     (not a builder's list of predicates). A registry filled at
//     start-up (a worker pool, a bus of the service's own parts, hooks)
//     is not. The loops over one registry are one finding.
//     Clients connected to another instance never get the message. Fix:
//     a shared pub/sub (Redis, NATS, Postgres LISTEN/NOTIFY) that every
//     instance subscribes to.
//   - lock: a sync.Mutex or RWMutex that outlives the request (a
//     package-level variable or a field) held on the request path
//     across a database read and a later write, directly or through the
//     functions called under it: a read-modify-write made atomic with a
//     lock that excludes only the requests of this instance (one
//     booking per seat, stock never negative). Fix: a transaction with
//     SELECT ... FOR UPDATE, a unique constraint, or an advisory lock.
//
// It does not report, by design: a request's scratch file (under
// os.TempDir, in a directory made by os.MkdirTemp, or removed by a
// deferred or unconditional os.Remove in the same function or in every
// caller that passes the path; a removal only when the write fails
// does not count), a cache on the disk (the function, or every caller
// that passes the path, reads the file back first and serves it when it
// is there: if b, err := os.ReadFile(p); err == nil { return b }; an
// os.Stat check alone may guard an upload and does not count), a log
// opened for appending, and files written off
// the request path (at start-up); a database opened with a driver name
// that is not a constant (chosen by configuration with no SQLite
// default: which database runs is not known from the code), in a test
// helper (a function named as one, TestDB, or that takes the test, a
// *testing.T, testing.TB or testify's TestingT), or into a local that the
// function closes with a deferred Close (a backup or an export file);
// jobs and timer loops that only read, from the database or
// with a GET (an instance refreshing its own cache or metrics), that
// call another service by a method not known at the call (Client.Do,
// an RPC), whose SQL stores nothing (a keep-alive SELECT 1, a NOTIFY),
// that write only through a package that opens an embedded
// database (the instance's own copy: the open is the finding), or whose
// only waits are on other channels (a consumer of work handed to this
// instance); a loop that leaves when its work succeeds (a retry, a poll
// until ready) or a counted loop that sleeps between attempts; time.AfterFunc,
// which runs once; a single rate.Limiter value (the service's own
// outbound pace) and a map of limiters local to a function; a
// connection used only by its own request, connections collected in a
// local variable, and loops over a registry that only close or read
// its clients; a mutex around in-memory data only, around a read or a
// write alone, or around a read that already locks its rows (FOR
// UPDATE), and locks taken off the request path; what a versioned
// dependency does inside (its own
// defaults, its cache stores, a driver's keep-alive ping: the
// service's choice is reported where it calls the library); test files
// and generated files.
//
// A service that runs as a single instance by design says so, once:
//
//	//scalevet:ignore localstate -- runs as one instance by design
//
// # Examples
//
//	c.SaveUploadedFile(f, filepath.Join("uploads", f.Filename)) // file written to the local disk on the request path of Avatar ((*gin.Context).SaveUploadedFile at avatar.go:12): a later request that the load balancer sends to another instance does not find it there; keep it in object storage (S3, GCS) or on a volume that every instance mounts
//
//	db, err := sql.Open("sqlite3", "data.db") // embedded database opened (sql.Open with driver "sqlite3"): its data lives on this instance's disk or memory, so a second instance behind a load balancer has its own copy and never sees this one's writes; keep the service's data in a database server that every instance shares
//
//	c.AddFunc("@hourly", func() { db.Exec("DELETE FROM tokens WHERE expires_at < now()") }) // recurring job registered with cron.AddFunc writes to the database (...): every instance runs its own scheduler, so with N instances the job runs N times; run it in one place (a leader lock, a job queue, or one scheduled job outside the web tier)
//
//	for c := range h.clients { c.send <- msg } // in-process broadcast to the client connections in h.clients (from Hub.Run): a client connected to another instance behind a load balancer never gets the message; fan out through a shared pub/sub (Redis, NATS, Postgres LISTEN/NOTIFY) that every instance subscribes to
//
//	limiters[ip] = rate.NewLimiter(1, 5) // rate limit counted in process memory (a rate.Limiter per key in limiters): with N instances behind a load balancer each client gets N times the limit, and a restart resets it; count in a shared store (Redis, the database)
package localstate
