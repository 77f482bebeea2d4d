package nethttp

import (
	"net/http"
	"regexp"
)

type siteConfig struct{ EmailPattern string }

var siteSettings siteConfig

// SaveSettings checks the pattern an admin saved: the compiled value is
// thrown away, so there is nothing to compile once and keep.
func SaveSettings(w http.ResponseWriter, r *http.Request) {
	if _, err := regexp.Compile(siteSettings.EmailPattern); err != nil { // not reported: validation of data
		http.Error(w, "bad pattern", http.StatusBadRequest)
	}
}

// CheckEmail is the look-alike: the same compile, kept and used, is
// redone for every request.
func CheckEmail(w http.ResponseWriter, r *http.Request) {
	re, err := regexp.Compile(siteSettings.EmailPattern) // want `regexp.Compile of a pattern that does not change between requests runs on every request of CheckEmail`
	if err != nil || !re.MatchString(r.FormValue("email")) {
		http.Error(w, "bad email", http.StatusBadRequest)
	}
}

// topicsMatching compiles the pattern its caller gives.
func topicsMatching(pattern string, topics []string) []string {
	re := regexp.MustCompile("^" + pattern + "$")
	var out []string
	for _, t := range topics {
		if re.MatchString(t) {
			out = append(out, t)
		}
	}
	return out
}

// DropAllTopics passes a constant, but the helper also compiles what
// Unsubscribe's request gives it: the compile cannot move out of it.
func DropAllTopics(w http.ResponseWriter, r *http.Request) {
	_ = topicsMatching(".*", []string{"a"}) // not reported: the helper's pattern is request data for Unsubscribe
}

func Unsubscribe(w http.ResponseWriter, r *http.Request) {
	_ = topicsMatching(r.FormValue("topic"), []string{"a"})
}

// prefixed is the look-alike: every call gives it a constant.
func prefixed(prefix string, s string) bool {
	return regexp.MustCompile("^" + prefix).MatchString(s)
}

func CheckCode(w http.ResponseWriter, r *http.Request) {
	_ = prefixed("INV-", r.FormValue("code"))  // want `prefixed runs regexp.MustCompile of a pattern that does not change between requests`
	_ = prefixed("ORD-", r.FormValue("order")) // want `prefixed runs regexp.MustCompile of a pattern that does not change between requests`
}
