// Package fix holds the hoisting fixes and the cases where hoisting is
// not safe.
package fix

import (
	"html/template"
	"net/http"
	"regexp"
)

var listUsersRe = "taken: the fix must pick another name"

// ListUsers validates names.
func ListUsers(w http.ResponseWriter, r *http.Request) {
	re := regexp.MustCompile(`^[a-z]+$`) // want `regexp.MustCompile of a constant pattern runs on every request of ListUsers`
	if !re.MatchString(r.FormValue("name")) {
		http.Error(w, "bad name", http.StatusBadRequest)
	}
}

func Render(w http.ResponseWriter, r *http.Request) {
	tmpl := template.Must(template.ParseFiles("layout.html", "page.html")) // want `template.ParseFiles of constant files runs on every request of Render`
	tmpl.Execute(w, nil)
}

func NotHoisted(w http.ResponseWriter, r *http.Request) {
	// No fix: the local is assigned again.
	re := regexp.MustCompile(`a`) // want `regexp.MustCompile of a constant pattern`
	if r.FormValue("b") != "" {
		re = regexp.MustCompile(`b`) // want `regexp.MustCompile of a constant pattern`
	}
	_ = re
	// No fix: a local constant would not be in scope at package level.
	const pat = `^c$`
	c := regexp.MustCompile(pat) // want `regexp.MustCompile of a constant pattern`
	_ = c
	// No fix: the result is not assigned to a local.
	_ = regexp.MustCompile(`d`).MatchString(r.FormValue("d")) // want `regexp.MustCompile of a constant pattern`
	// No fix: Compile returns an error to handle.
	e, _ := regexp.Compile(`e`) // want `regexp.Compile of a constant pattern`
	_ = e
}
