package forms

import (
	"embed"
	"net/http"
	"regexp"
	"sync"
	"sync/atomic"
	"time"
)

// Library containers filled as caches: looked up by key first, then
// given what a call computed from that key. A value of its own stored
// after the lookup (the time a client was first seen) is state.

var (
	patterns     sync.Map
	patternCount atomic.Int64
	arrivals     sync.Map
)

func compiledPattern(pattern string) *regexp.Regexp {
	if v, ok := patterns.Load(pattern); ok {
		return v.(*regexp.Regexp)
	}
	re, err := regexp.Compile(pattern)
	if err != nil {
		re = regexp.MustCompile(`^$`)
	}
	patterns.Store(pattern, re)     // not reported: what the pattern compiles to, cleared when full
	if patternCount.Add(1) >= 100 { // not reported: the cache's size
		patterns.Clear()
		patternCount.Store(0)
	}
	return re
}

func Filter(w http.ResponseWriter, r *http.Request) {
	_ = compiledPattern(r.FormValue("pattern"))
	addr := r.RemoteAddr
	if _, ok := arrivals.Load(addr); !ok {
		arrivals.Store(addr, time.Now()) // want `^handler Filter writes package-level map arrivals: it is synchronised`
	}
}

// Forget bounds arrivals.
func Forget(addr string) { arrivals.Delete(addr) }

// A catalog loaded lazily per language, where only the languages of
// the embedded files load: the keys are bounded by what is embedded.
var (
	embeddedLangs embed.FS
	langMu        sync.Mutex
	langCatalog   = map[string][]byte{}
	langGuesses   = map[string][]byte{}
)

func loadLang(lang string) ([]byte, error) {
	data, err := embeddedLangs.ReadFile("translations/" + lang + ".json")
	if err != nil {
		return nil, err
	}
	return data, nil
}

func guessLang(lang string) ([]byte, error) { return []byte(lang), nil }

func Localize(w http.ResponseWriter, r *http.Request) {
	lang := r.FormValue("lang")
	langMu.Lock()
	defer langMu.Unlock()
	if _, ok := langCatalog[lang]; !ok {
		dict, err := loadLang(lang)
		if err != nil {
			return
		}
		langCatalog[lang] = dict // not reported: one entry per embedded file at most
	}
	if _, ok := langGuesses[lang]; !ok {
		dict, err := guessLang(lang)
		if err != nil {
			return
		}
		langGuesses[lang] = dict // want `^handler Localize grows package-level map langGuesses`
	}
}
