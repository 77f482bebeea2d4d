package forms

import (
	"embed"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"sync"
	"time"
)

// Maps keyed by the name of a file or a program that must exist: the
// keys are bounded by what is on disk or embedded, not by traffic.

//go:embed existing.go
var locales embed.FS

var (
	translations = map[string][]byte{}
	versionsMu   sync.Mutex
	versions     = map[string]string{}
	etagsMu      sync.Mutex
	etags        = map[string]string{}
)

// Translate loads a language's file on first use; an unknown language
// falls back to English.
func Translate(w http.ResponseWriter, r *http.Request) {
	lang := r.URL.Query().Get("lang")
	if translations[lang] == nil {
		data, err := locales.ReadFile(fmt.Sprintf("locales/%s.json", lang))
		if err != nil {
			lang = "en"
			data, _ = locales.ReadFile("locales/en.json")
		}
		translations[lang] = data // want `handler Translate writes package-level map translations with no lock`
	}
}

// Version runs a tool found on the PATH once per tool.
func Version(w http.ResponseWriter, r *http.Request) {
	tool := r.URL.Query().Get("tool")
	name := "tool-" + tool
	path, err := exec.LookPath(name)
	if err != nil {
		http.Error(w, "no such tool", http.StatusNotFound)
		return
	}
	out, _ := exec.Command(path, "--version").Output()
	versionsMu.Lock()
	versions[tool] = string(out) // want `handler Version writes package-level map versions: it is synchronised`
	versionsMu.Unlock()
}

// Static serves a file and keeps its ETag: the caller checked that the
// file exists before the helper keys the cache by its name.
func Static(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Path
	f, err := os.Open(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	w.Header().Set("ETag", etagOf(name)) // not reported: a read-through cache, locked, keyed by files that exist
}

func etagOf(name string) string {
	etagsMu.Lock()
	defer etagsMu.Unlock()
	if e, ok := etags[name]; ok {
		return e
	}
	etags[name] = fmt.Sprint(len(name))
	return etags[name]
}

// The look-alikes: a lookup whose error is ignored, or that names
// another value, bounds nothing.
var (
	slugPagesMu sync.Mutex
	slugPages   = map[string][]byte{}
	visitorsMu  sync.Mutex
	visitors    = map[string]bool{}
)

func Page(w http.ResponseWriter, r *http.Request) {
	slug := r.URL.Query().Get("slug")
	data, _ := os.ReadFile("slugPages/" + slug + ".html")
	slugPagesMu.Lock()
	slugPages[slug] = data // want `handler Page grows package-level map slugPages and nothing ever removes its entries`
	slugPagesMu.Unlock()
}

func Visitor(w http.ResponseWriter, r *http.Request) {
	user := r.URL.Query().Get("user")
	if _, err := os.Stat("seen.db"); err != nil {
		return
	}
	visitorsMu.Lock()
	visitors[user] = true // want `handler Visitor grows package-level map visitors and nothing ever removes its entries`
	visitorsMu.Unlock()
}

var (
	hashesMu sync.Mutex
	hashes   = map[string]string{}
)

func ServeStatic(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Path
	if _, err := os.Stat("static"); err != nil {
		return
	}
	w.Header().Set("ETag", hashOf(name))
}

func hashOf(name string) string {
	hashesMu.Lock()
	defer hashesMu.Unlock()
	hashes[name] = fmt.Sprint(len(name)) // want `handler ServeStatic grows package-level map hashes \(ServeStatic → hashOf\) and nothing ever removes its entries`
	return hashes[name]
}

// A read-through cache keyed by what the request says, with nothing
// bounding the keys, still grows with traffic.
var (
	profilesMu sync.Mutex
	profiles   = map[string]string{}
)

func Profile(w http.ResponseWriter, r *http.Request) {
	user := r.URL.Query().Get("user")
	profilesMu.Lock()
	defer profilesMu.Unlock()
	if p, ok := profiles[user]; ok {
		w.Write([]byte(p))
		return
	}
	profiles[user] = "profile of " + user // want `handler Profile grows package-level map profiles and nothing ever removes its entries`
}

// A hand-written TTL cache: entries are read back and judged by age in
// one function, filled in another.
type cachedResult struct {
	out string
	at  time.Time
}

var (
	resultsMu sync.RWMutex
	results   = map[string]*cachedResult{}
)

func cachedOutput(key string) (string, bool) {
	resultsMu.RLock()
	defer resultsMu.RUnlock()
	if e, ok := results[key]; ok && time.Since(e.at) < time.Minute {
		return e.out, true
	}
	return "", false
}

func storeOutput(key, out string) {
	resultsMu.Lock()
	results[key] = &cachedResult{out: out, at: time.Now()} // not reported: the fill of a TTL cache, evicted below
	resultsMu.Unlock()
}

func evictOutputs() {
	resultsMu.Lock()
	defer resultsMu.Unlock()
	for k, e := range results {
		if time.Since(e.at) > time.Minute {
			delete(results, k)
		}
	}
}

func Run(w http.ResponseWriter, r *http.Request) {
	cmd := r.URL.Query().Get("cmd")
	if out, ok := cachedOutput(cmd); ok {
		w.Write([]byte(out))
		return
	}
	storeOutput(cmd, "ran "+cmd)
}

// The look-alike: a map of timestamps that nothing reads back by age is
// state, not a cache.
var (
	lastRunMu sync.Mutex
	lastRun   = map[string]time.Time{}
)

func RunLogged(w http.ResponseWriter, r *http.Request) {
	lastRunMu.Lock()
	lastRun["cmd"] = time.Now() // want `handler RunLogged writes package-level map lastRun: it is synchronised`
	lastRunMu.Unlock()
}
