package forms

import (
	"net/http"
	"strings"
	"sync"
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
