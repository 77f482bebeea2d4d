// Package globalstate defines an Analyzer that reports package-level
// mutable state written on the request path.
//
// # Analyzer globalstate
//
// globalstate: report package-level state written on the request path
//
// A stateless server can be copied ten times behind a load balancer. A
// package-level variable that handlers write makes each copy
// different: hit counters, "online users" lists, in-process rate limits
// and feature toggles diverge across instances, and without a lock they
// are data races too. Declaring a global is not the hazard; writing one
// for every request is.
//
// The analyzer looks at the request path (code reachable from an HTTP
// handler of net/http, chi, gorilla/mux, gin, echo or fiber, a gRPC
// service method, a gqlgen resolver, also one that the root resolver
// embeds from another package, or a function marked
// //scalevet:handler) and follows calls within the package and,
// through facts, into the packages it imports. It reports a write to a package-level variable, or to
// anything reachable from one: assignment, ++ and --, compound
// assignment, map index assignment, delete and clear, append assigned
// back, field and element writes through a global pointer, struct or
// slice, sync/atomic functions and the Store, Add, Swap and
// CompareAndSwap methods of atomic types, sync.Map's Store,
// LoadOrStore, LoadAndDelete, Delete and Swap, container/list and
// container/heap mutations, go-cache's Set, Add, Increment and Delete,
// and calls of methods that write their receiver (known from the
// method's body or fact) on a global. What a local shares with a
// global is followed: a local set from a global's element or field, a
// range over a global map or slice of pointers (for _, s := range all
// { s.Refresh() }), and the result of a function that returns a
// global's memory (s, _ := services.Find(id); s.Name = x), known from
// its body or fact. A call through an interface
// whose only implementation is in its package is a call of that
// implementation, in the interface's package or another; a call through
// an interface of the module whose implementations the caller's package
// can see (it or a module package it imports declares them) does what
// each of them does.
//
// A handler that is a method writes its receiver's state the same way:
// the receiver (a server, an API struct, a resolver) is built once and
// serves every request, so a field it writes, directly or through its
// methods and the fields it holds, is shared by the process and kept
// per instance. beego and iris controllers, built per request, are
// not. Writes of a receiver that keep nothing requests depend on are
// not reported when synchronised: a counter bumped (n++, n += k; not a
// count per key, hits[ip]++, which is per-client state), an
// entry evicted (delete, clear), a value computed once (if r.id == ""
// { r.id = ... }), a TTL cache refilled (time.Since(r.updated) > ttl),
// a cache filled on a miss after a lookup of the same map, and a
// write-behind buffer that the package swaps out to drain (q := r.queue;
// r.queue = nil). A stream's methods (an io.Reader's or io.Writer's)
// move its position, which is not state. One finding per state
// written, however many handlers of however many types reach it. The
// categories are:
//
//   - race: no lock is held (Lock or RLock before the write, in the
//     writing function or in a caller around the call; an Unlock in a
//     branch that returns does not release it for the code after the
//     branch) and the write is not atomic: concurrent requests race, and
//     each instance keeps its own copy;
//   - instance: the write is synchronised (a lock, sync/atomic,
//     sync.Map), correct in one process and wrong across several;
//   - unbounded: a map, slice or list that the request path only grows
//     (m[k] = v with a key that is not a constant, not a type of the
//     program (a reflect.Type, or reflect.TypeOf(v).String(), directly
//     or from the caller: a registry per type holds the same on every
//     instance and is not reported at all) and not checked to
//     name a file or program that exists, such as the path given to
//     os.Open or an embed.FS's ReadFile before the write (or to a
//     helper of the package that reads it so and returns its error),
//     and not added
//     after a check of the container's size, len(m) < max, append, Store,
//     PushBack, heap.Push) and that nothing in the package declaring it ever
//     shrinks (delete, clear, reassignment outside init and main,
//     removal methods, or passing it to code that might evict): memory
//     grows with traffic until the process dies.
//
// It does not report, by design: writes during start-up (init, main,
// functions reachable only from them, flag parsing, TestMain,
// handler-factory bodies that run once at registration); functions run
// through sync.Once, OnceFunc, OnceValue and OnceValues; sync.Pool,
// mutexes and atomic flags used as one (if !busy.CompareAndSwap(false,
// true) { return }; defer busy.Store(false)), loggers (log, log/slog, zap, logrus) and metrics (expvar,
// Prometheus client collectors, OpenTelemetry instruments), which are
// per instance by design and aggregated outside, and metrics published
// by hand: a synchronised variable that a function handed to a metrics
// library reads back (expvar.Func, prometheus.NewGaugeFunc or
// CounterFunc, an OpenTelemetry observable callback or RegisterCallback,
// a Prometheus collector's Collect), in its package or another (written
// with no lock, it is still a race); reads of globals;
// writes to locals, to per-request structs, or to values created per
// request, copies included (m := *all[id]); the fill of a bounded cache under a lock, whose divergence
// between instances is by design: a read-through fill (m[k] = v after
// the same function looked up m[k]; a sync.Map's or cache library's
// Store(k, v) after its Load(k) or Get(k), of what a call given k
// computed, with the counter of its size kept beside it; a method of a
// cache written by hand, called on a field after that field's lookup
// method guarded an early return: if v, ok := s.stats.get(); ok {
// return v }; s.stats.set(v)) or a TTL cache's (a map or sync.Map whose
// entries the package reads back and judges by age with time.Since,
// Sub, After or Before); an eviction through sync.Map or a cache
// library (Delete), and a map or slice emptied by assignment (m = nil,
// m = map[K]V{}), as delete and clear are; a field filled lazily, in place or by a method
// called on the receiver in the branch that finds the field unset
// (if c.conf == nil { c.setup() });
// a synchronised registry of handles on the process's own goroutines
// (stop channels, chan struct{}, context cancel functions, worker
// structs holding one, values with Start and Stop methods: a collector
// this process runs), which no shared store could hold (channels
// that carry messages are a fan-out, and reported);
// an object's scratch state under a lock: an entry keyed by a pointer
// (a transaction's pending events, pending[tx]) of a map that its
// package only reaches by key (nothing ranges over it or hands it
// out), directly or through a helper whose key parameter the caller
// fills with a pointer, which no other request or instance can see (a
// registry that a broadcast ranges over is reported whatever its key;
// unlocked, or only ever grown, the map is still reported);
// sessions, which sessionmap reports; state inside the
// standard library and versioned dependencies; test files and
// generated files.
//
// Suppress a finding with a reason:
//
//	//scalevet:ignore globalstate -- a per-instance debug counter, never aggregated
//
// # Examples
//
//	func IncrHits(w http.ResponseWriter, r *http.Request) {
//		stats.Record(r.URL.Path) // handler IncrHits writes package-level variable stats.hits (IncrHits → stats.Record) with no lock: concurrent requests race on it and each instance keeps its own copy; keep it per request, or move it to a shared store (a database row, Redis INCR)
//	}
//
//	limits.Lock()
//	limits.byIP[ip]++ // handler RateLimit writes package-level map limits.byIP: it is synchronised, so one process stays consistent, but each instance behind a load balancer keeps its own diverging copy; move it to a shared store that every instance sees (a database row, Redis INCR)
//	limits.Unlock()
//
//	mu.Lock()
//	seen[r.URL.Query().Get("id")] = time.Now() // handler Track grows package-level map seen and nothing ever removes its entries: memory grows with traffic until the process dies; bound it (a size-limited LRU, TTL eviction) or move it to a shared cache (Redis, memcached)
//	mu.Unlock()
package globalstate
