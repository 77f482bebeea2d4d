// Package sessionmap defines an Analyzer that reports sessions kept in
// one process's memory or on its local disk.
//
// # Analyzer sessionmap
//
// sessionmap: report sessions kept in process memory or on local disk
//
// Scaling out works when any instance can serve any request. Sessions
// kept in one process break that: the second instance behind the load
// balancer does not know the user, so people are logged out at random,
// and sticky sessions only hide it until an instance restarts or is
// scaled down. Sessions written to the local disk fail the same way.
// The fix is a shared store (Redis, a database) or state the client
// carries (a signed cookie, a token).
//
// It reports, with these categories:
//
//   - map: a map or sync.Map that outlives the request (a package-level
//     variable, a field of the handler's receiver or of a value reached
//     from it or from a global, or a local of a handler factory that the
//     handler captures) written on the request path with a key that
//     identifies a session: a cookie value (net/http r.Cookie(..).Value,
//     gin c.Cookie, echo c.Cookie(..).Value, fiber c.Cookies), a
//     session's own identifier (a SessionID() string method, such as
//     beego's session.Store), a token from the Authorization header or
//     a header naming a session or a token, or a freshly generated token (crypto/rand, uuid) that the
//     same function sends back as a cookie or such a header. The key is
//     followed through local variables, conversions, string functions
//     and fmt, and into calls: a wrapper store whose method writes a map
//     field keyed by its argument is found from handlers in other
//     packages too, through facts;
//   - store: the constructor of a library session store that keeps
//     sessions in memory or on disk, wherever it is called (start-up
//     code is where the store the server uses is made): gorilla/sessions
//     NewFilesystemStore (also given to echo-contrib/session),
//     quasoft/memstore NewMemStore, gin-contrib/sessions memstore.NewStore,
//     alexedwards/scs New whose Store is not set in the package, and its
//     memstore.New, and fiber v2 and v3 session.New (v3 also NewWithStore
//     and NewStore) without a Storage; and beego's session manager given
//     the "memory" or "file" provider (web.BConfig.WebConfig.Session.
//     SessionProvider = "file", v2 or v1; the provider left at its
//     default is not judged, since beego may read it from conf/app.conf).
//
// It does not report, by design: cookie stores (gorilla NewCookieStore,
// gin-contrib cookie.NewStore) and stores backed by Redis, SQL or
// Memcached; stateless tokens verified per request; maps local to a
// request, maps written only at start-up, and maps whose keys are not
// session identifiers (caches of other data belong to globalstate and
// missingcache); a map of the package's own (unexported) that its code
// never reads by key (no m[k] as a value, no sync.Map Load), such as a
// write-behind queue of last-access times flushed by a ticker, since a
// session store is where a request's session is looked up; a
// read-through cache of a shared store: the function looked the key up
// in the same map or cache first and, on a miss, writes what a
// database query or a call to another service returned
// (v, ok := c.Get(tok); if !ok { v = users.ByToken(tok); c.Set(tok, v) }),
// since the session lives in that store, where a second instance finds
// it (a new session made after the miss is no copy, and is reported);
// counters
// (m[sid]++, m[sid] += n) and rate limiters
// (*rate.Limiter values) kept per client; a fiber or scs store
// configured by a value that is not a literal; test files and
// generated files.
//
// A tool that runs as a single instance by design says so:
//
//	//scalevet:ignore sessionmap -- a single-instance admin tool
//
// # Examples
//
//	var sessions = map[string]*Session{}
//
//	func Login(w http.ResponseWriter, r *http.Request) {
//		c, _ := r.Cookie("sid")
//		sessions[c.Value] = &Session{User: r.FormValue("user")} // sessions stored in process memory (map sessions, written in Login): a second instance behind a load balancer will not see them; keep sessions in a shared store or a signed cookie
//	}
//
//	store := sessions.NewFilesystemStore("", key) // sessions stored on the local disk (sessions.NewFilesystemStore): a second instance behind a load balancer will not see them; use a shared store (Redis, a database) or sessions.NewCookieStore
package sessionmap
