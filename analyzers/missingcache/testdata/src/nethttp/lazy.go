package nethttp

import (
	"html/template"
	"net/http"
	"regexp"
)

// Lazy initialisation: work inside `if v == nil { ...; v = ... }` runs
// once per process, not per request.

var (
	pageTmpl *template.Template
	slugRe   *regexp.Regexp
)

func (s *Server) Page(w http.ResponseWriter, r *http.Request) {
	if pageTmpl == nil {
		pageTmpl = template.Must(template.New("page").Parse(`<p>{{.}}</p>`)) // not reported: lazy initialisation, once per process
	}
	if slugRe == nil {
		re := regexp.MustCompile(`[^a-z0-9]+`) // not reported: inside the lazy initialisation of slugRe
		slugRe = re
	}
	pageTmpl.Execute(w, slugRe.ReplaceAllString(r.URL.Path, "-"))
}

// The look-alike: the same parse kept in a local runs on every request.
func (s *Server) PageEveryTime(w http.ResponseWriter, r *http.Request) {
	t := template.Must(template.New("page").Parse(`<p>{{.}}</p>`)) // want `^\(\*template.Template\).Parse of a constant template text runs on every request of Server.PageEveryTime`
	t.Execute(w, r.URL.Path)
}

// regexp.MatchString compiles its pattern on every call: a constant
// pattern is work to hoist, whatever the text matched.
func (s *Server) Slug(w http.ResponseWriter, r *http.Request) {
	ok, _ := regexp.MatchString(`^[a-z-]+$`, r.URL.Path) // want `^regexp.MatchString of a constant pattern runs on every request of Server.Slug: the same pattern is compiled again for every request; compile it once into a package-level variable$`
	_ = ok
	okToo, _ := regexp.MatchString(r.FormValue("p"), r.URL.Path) // not reported: the pattern is the request's
	_ = okToo
}
