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

// A value rewritten from itself is not a result kept: the receiver's
// field holds the request's filter, and the compile inside the helper
// runs for every request that has one.
type collection struct{ Filter string }

func (c *collection) ReadAll(w http.ResponseWriter, r *http.Request) {
	c.Filter = normalise(c.Filter)
}

func normalise(filter string) string {
	re := regexp.MustCompile(`id\s*=\s*(\d+)`) // want `regexp.MustCompile of a constant pattern runs on every request of collection.ReadAll`
	return re.ReplaceAllString(filter, "id=$1")
}

// The look-alike: the same helper's result kept in a field the value
// did not hold before is computed once per value.
type compiled struct{ Clean string }

func (c *compiled) Load(w http.ResponseWriter, r *http.Request) {
	if c.Clean == "" {
		c.Clean = normalise2("id = 1") // not reported: kept in the receiver, a long-lived server
	}
}

func normalise2(filter string) string {
	re := regexp.MustCompile(`id\s*=\s*(\d+)`)
	return re.ReplaceAllString(filter, "id=$1")
}
