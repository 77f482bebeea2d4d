package forms

import (
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
)

// Lazy initialisation: a package-level variable set on the first
// request that finds it unset runs once per process, and every instance
// computes the same value, as with sync.Once.

var (
	indexPage   string
	indexMu     sync.Mutex
	indexParts  []string
	indexLoaded bool
)

func Index(w http.ResponseWriter, r *http.Request) {
	if indexPage == "" {
		indexMu.Lock()
		defer indexMu.Unlock()
		indexPage = strings.Repeat("<p>", 3) // not reported: lazy initialisation, once per process
	}
	if len(indexParts) == 0 {
		indexParts = append(indexParts, "head", "body") // not reported: lazy initialisation
	}
	if !indexLoaded && r.Method == http.MethodGet {
		indexLoaded = true // not reported: lazy initialisation of a flag
	}
	w.Write([]byte(indexPage))
}

// The look-alike: a write guarded by a test of something else than the
// variable being unset runs on every request that passes it.
var lastPath string

func Track(w http.ResponseWriter, r *http.Request) {
	if lastPath != r.URL.Path {
		lastPath = r.URL.Path // want `handler Track writes package-level variable lastPath with no lock`
	}
}

// A one-time setup handler: it refuses once the application is set up,
// and sets it up. What it writes after the guard is written once.
type appState struct {
	Setup bool
	Name  string
}

var (
	app      appState
	adminKey string
)

func SetupApp(w http.ResponseWriter, r *http.Request) {
	if app.Setup {
		http.Error(w, "already set up", http.StatusConflict)
		return
	}
	adminKey = r.FormValue("key")  // not reported: after the guard of a one-time setup
	app.Name = r.FormValue("name") // not reported: after the guard of a one-time setup
	app.Setup = true               // not reported: the guard's own state, set once
}

// The look-alike: a guard on the request, not on the state the handler
// sets, lets every request through.
var greeting string

func SetGreeting(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		return
	}
	greeting = r.FormValue("g") // want `handler SetGreeting writes package-level variable greeting with no lock`
}

// A read-through cache in an atomic: loaded first, returned when it is
// fresh, recomputed and stored otherwise. Every instance computes the
// same value from the same inputs: a cache, not state.
type compiled struct {
	pattern string
	n       int
}

var (
	compiledCache atomic.Pointer[compiled]
	lastMatched   atomic.Pointer[compiled]
)

func patternFor(p string) int {
	if c := compiledCache.Load(); c != nil && c.pattern == p {
		return c.n
	}
	c := &compiled{pattern: p, n: len(p)}
	compiledCache.Store(c) // not reported: the miss of a read-through cache
	return c.n
}

func Match(w http.ResponseWriter, r *http.Request) {
	patternFor("^a+$")
	lastMatched.Store(&compiled{pattern: r.URL.Path}) // want `handler Match writes package-level variable lastMatched: it is synchronised`
}

// A cache refreshed when empty or stale is filled, not written, per
// request.
var (
	zone     *strings.Replacer
	zoneName string
)

func Zone(w http.ResponseWriter, r *http.Request) {
	name := "UTC"
	if zone == nil || zoneName != name {
		zone = strings.NewReplacer("a", name) // not reported: filled when empty or stale
		zoneName = name                       // not reported: the same refresh
	}
}

// Lazy initialisation through a helper that sets the variable tested.
var (
	aliases   map[string]string
	lastAlias map[string]string
)

func loadAliases() {
	aliases = map[string]string{"js": "JavaScript"} // not reported: set once, when Canonical finds it unset
}

func loadLast() {
	lastAlias = map[string]string{"go": "Go"} // want `^handler Canonical writes package-level map lastAlias \(Canonical → loadLast\) with no lock`
}

func Canonical(w http.ResponseWriter, r *http.Request) {
	if aliases == nil {
		loadAliases()
	}
	if len(aliases) > 0 {
		loadLast() // the look-alike: a test of something else than the variable it sets
	}
	w.Write([]byte(aliases[r.FormValue("lang")]))
}

// The same through a method of the variable that holds the state.
type cookieConf struct {
	store *strings.Builder
	name  string
}

var cookies cookieConf

func (c *cookieConf) newStore() { c.store = &strings.Builder{} } // not reported: set once, when Cookie finds it unset

func (c *cookieConf) rename() { c.name = "sid" }

func Cookie(w http.ResponseWriter, r *http.Request) {
	if cookies.store == nil {
		cookies.newStore()
	}
	if cookies.store != nil {
		cookies.rename() // want `^handler Cookie writes package-level variable cookies \(Cookie → cookieConf.rename\) with no lock`
	}
}
