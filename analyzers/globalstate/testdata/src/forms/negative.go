package forms

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"

	"github.com/spf13/viper"
)

type request struct {
	N    int
	Tags map[string]bool
}

// Locals writes only what the request created.
func Locals(w http.ResponseWriter, r *http.Request) {
	n := hits               // not reported: a read
	v := visits[r.URL.Path] // not reported: a read
	fmt.Fprint(w, cfg.Mode, n, v, len(recent))
	local := 0
	local++ // not reported: a local
	m := map[string]int{}
	m[r.URL.Path] = 1 // not reported: a local map
	req := &request{Tags: map[string]bool{}}
	req.N = local        // not reported: a per-request struct
	req.Tags["a"] = true // not reported: a per-request map
	c := cfg
	c.Mode = "copy" // not reported: a copy of the global, per request
	r.Header.Set("X", "1")
	json.Marshal(cfg) // not reported: the standard library's own caches (encoding/json's type cache) are not the user's state
	_ = m
	_ = c
}

var (
	once     sync.Once
	loaded   map[string]string
	bufPool  = sync.Pool{New: func() any { return new(bytes.Buffer) }}
	loadOnce = sync.OnceValue(func() int { return 1 })
)

// Once loads once per process.
func Once(w http.ResponseWriter, r *http.Request) {
	once.Do(func() {
		loaded = map[string]string{} // not reported: runs once per process
		cfg.Mode = "default"         // not reported: runs once per process
	})
	f := sync.OnceFunc(func() { hits = 0 }) // not reported: runs once
	f()
	g := sync.OnceValues(func() (int, error) { hits = 2; return hits, nil }) // not reported: runs once
	g()
	buf := bufPool.Get().(*bytes.Buffer) // not reported: sync.Pool is per instance by design
	buf.Reset()
	bufPool.Put(buf) // not reported: sync.Pool
	_ = loadOnce()
}

var hitsFactory int

// NewHandler is a handler factory: its body runs once, at registration.
func NewHandler(mode string) http.HandlerFunc {
	cfg.Mode = mode // not reported: start-up code
	return func(w http.ResponseWriter, r *http.Request) {
		hitsFactory = 0 // want `handler NewHandler.func1 writes package-level variable hitsFactory with no lock`
	}
}

// unreached writes a global, but no handler calls it.
func unreached() {
	hits = 3
	visits["x"] = 1
}

var debugMode bool

// Debug flips a toggle that is accepted with a reason.
func Debug(w http.ResponseWriter, r *http.Request) {
	//scalevet:ignore globalstate -- a debug toggle, staging runs one instance
	debugMode = r.FormValue("on") == "1" // not reported: suppressed with a reason
}

// A shared configuration store set per request; a local one is not shared.
var liveConfig = viper.New()

func SetLanguage(w http.ResponseWriter, r *http.Request) {
	liveConfig.Set("language", r.FormValue("lang")) // want `handler SetLanguage writes package-level variable liveConfig with no lock`
	local := viper.New()
	local.Set("language", r.FormValue("lang")) // not reported: the request's own
	_ = liveConfig.GetString("language")       // not reported: a read
}

// A recorder that only tests turn on: the running service never takes
// the branch.
var (
	debugOn    bool
	debugLog   []string
	verbose    = true
	verboseLog []string
)

func Notify(w http.ResponseWriter, r *http.Request) {
	if underTest {
		recorded = append(recorded, r.URL.Path) // not reported: only tests set underTest
		return
	}
	if debugOn {
		debugLog = append(debugLog, r.URL.Path) // want `handler Notify grows package-level slice debugLog`
	}
	if verbose {
		verboseLog = append(verboseLog, r.URL.Path) // want `handler Notify grows package-level slice verboseLog`
	}
}

// EnableDebug is the service's own switch, not a test's.
func EnableDebug() { debugOn = true }

// pages is keyed by the names the handlers write in the code.
var pages = map[string][]byte{}

func page(name string) []byte {
	if p, ok := pages[name]; ok {
		return p
	}
	pages[name] = []byte(name) // want `handler Home writes package-level map pages \(Home → page\) with no lock: concurrent`
	return pages[name]
}

func Home(w http.ResponseWriter, r *http.Request) {
	w.Write(page("home"))
}

// notes is keyed by what the request sends.
var notes = map[string][]byte{}

func note(name string) { notes[name] = nil } // want `handler Note grows package-level map notes \(Note → note\) with no lock and nothing ever removes its entries`

func Note(w http.ResponseWriter, r *http.Request) {
	note(r.FormValue("name"))
}
