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
