// Package fix holds the hoisting fixes and the cases where hoisting is
// not safe.
package fix

import (
	"html/template"
	"net/http"
	"regexp"
)

var listUsersRe = "taken: the fix must pick another name"

// ListUsers validates names. The local goes: its uses name the new
// variable.
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

var reID = regexp.MustCompile(`^[0-9]+$`)

// GetUser compiles the pattern that reID already holds: the fix uses
// reID instead of adding a second variable.
func GetUser(w http.ResponseWriter, r *http.Request) {
	re := regexp.MustCompile("^[0-9]+$") // want `regexp.MustCompile of a constant pattern runs on every request of GetUser`
	if !re.MatchString(r.PathValue("id")) {
		http.Error(w, "bad id", http.StatusBadRequest)
	}
}

// GetPost compiles the pattern of slugPattern, declared in another file
// and with a named constant.
func GetPost(w http.ResponseWriter, r *http.Request) {
	var slug = regexp.MustCompile(`^[a-z0-9-]+$`) // want `regexp.MustCompile of a constant pattern runs on every request of GetPost`
	switch {
	case slug.MatchString(r.PathValue("slug")):
		var (
			page = template.Must(template.ParseFiles("post.html")) // want `template.ParseFiles of constant files runs on every request of GetPost`
			code = http.StatusOK
		)
		w.WriteHeader(code)
		page.Execute(w, nil)
	}
}

// Search assigns its local again: the local stays, starting from the
// new variable.
func Search(w http.ResponseWriter, r *http.Request) {
	re := regexp.MustCompile(`^[a-z ]+$`) // want `regexp.MustCompile of a constant pattern runs on every request of Search`
	if r.FormValue("loose") != "" {
		re = anything
	}
	_ = re.MatchString(r.FormValue("q"))
}

var anything = regexp.MustCompile(`.*`)

// Lookup takes the address of its local, which stays, starting from
// reID.
func Lookup(w http.ResponseWriter, r *http.Request) {
	re := regexp.MustCompile(`^[0-9]+$`) // want `regexp.MustCompile of a constant pattern runs on every request of Lookup`
	_ = matches(&re, r.FormValue("id"))
}

// Scoped reuses reID, but its local stays: where the local is used, a
// local reID hides the package-level one.
func Scoped(w http.ResponseWriter, r *http.Request) {
	re := regexp.MustCompile(`^[0-9]+$`) // want `regexp.MustCompile of a constant pattern runs on every request of Scoped`
	if reID := r.FormValue("id"); reID != "" {
		_ = re.MatchString(reID)
	}
}

// Branch declares its local in an if statement, which the local
// cannot leave: it stays.
func Branch(w http.ResponseWriter, r *http.Request) {
	if re := regexp.MustCompile(`^[a-z]+$`); !re.MatchString(r.FormValue("name")) { // want `regexp.MustCompile of a constant pattern runs on every request of Branch`
		http.Error(w, "bad name", http.StatusBadRequest)
	}
}

func matches(re **regexp.Regexp, s string) bool { return (*re).MatchString(s) }

// Shadowed cannot name reID where it compiles the same pattern: a new
// variable, and the local goes as reID does not reach its uses either.
func Shadowed(w http.ResponseWriter, r *http.Request) {
	reID := r.FormValue("id")
	re := regexp.MustCompile(`^[0-9]+$`) // want `regexp.MustCompile of a constant pattern runs on every request of Shadowed`
	_ = re.MatchString(reID)
}

var reCode = regexp.MustCompile(`^[A-Z]{3}$`)

func init() { reCode.Longest() }

// Currency does not reuse reCode, which init changes: a new variable.
func Currency(w http.ResponseWriter, r *http.Request) {
	re := regexp.MustCompile(`^[A-Z]{3}$`) // want `regexp.MustCompile of a constant pattern runs on every request of Currency`
	_ = re.MatchString(r.FormValue("c"))
}

// Hex does not reuse reHex: its file is built on Linux only.
func Hex(w http.ResponseWriter, r *http.Request) {
	re := regexp.MustCompile(`^[0-9a-f]+$`) // want `regexp.MustCompile of a constant pattern runs on every request of Hex`
	_ = re.MatchString(r.FormValue("h"))
}

// Matcher declares its local with an interface type, which its uses
// would not have if they named the variable: the local stays.
func Matcher(w http.ResponseWriter, r *http.Request) {
	var m interface{ MatchString(string) bool } = regexp.MustCompile(`^[a-z]+@[a-z.]+$`) // want `regexp.MustCompile of a constant pattern runs on every request of Matcher`
	_ = m.MatchString(r.FormValue("email"))
}

func NotHoisted(w http.ResponseWriter, r *http.Request) {
	// No fix for the second: it assigns a local declared before.
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
	// No fix: Longest changes the regexp, which every request would
	// then share.
	l := regexp.MustCompile(`f+`) // want `regexp.MustCompile of a constant pattern`
	l.Longest()
	_ = l
}
