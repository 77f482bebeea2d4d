package nethttp

import (
	"net/http"
	"regexp"
)

type condition struct{ Pattern *regexp.Regexp }

// A field of a value built for this request keeps nothing between
// requests: the compile is per-request work.
func Filter(w http.ResponseWriter, r *http.Request) {
	cond := &condition{}
	cond.Pattern = regexp.MustCompile(`^[a-z]+$`) // want `regexp.MustCompile of a constant pattern runs on every request of Filter`
	fillCondition(cond)
}

func fillCondition(c *condition) {
	c.Pattern = regexp.MustCompile(`^[0-9]+$`) // want `regexp.MustCompile of a constant pattern runs on every request of Filter`
}

// The look-alikes: a field of a long-lived value keeps the result.
type matcher struct{ re *regexp.Regexp }

func (m *matcher) Match(w http.ResponseWriter, r *http.Request) {
	if m.re == nil {
		m.re = regexp.MustCompile(`^m$`) // not reported: kept in the receiver, a long-lived server
	}
}

var sharedCond = &condition{}

func Shared(w http.ResponseWriter, r *http.Request) {
	sharedCond.Pattern = regexp.MustCompile(`^s$`) // not reported: kept in a package-level value
}

func NewFilter() http.HandlerFunc { // want NewFilter:`^returns if\(\)$`
	cond := &condition{}
	return func(w http.ResponseWriter, r *http.Request) {
		if cond.Pattern == nil {
			cond.Pattern = regexp.MustCompile(`^f$`) // not reported: kept in a value the handler captures from its factory
		}
	}
}
