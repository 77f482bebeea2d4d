package nethttp

import (
	"html/template"
	"net/http"
)

// Development switches: a start-up setting chooses between devTemplates
// parsed once and devTemplates parsed again on every request (to see an
// edit without a restart). In production the setting reads the parsed
// ones.

var (
	useCache     bool
	devTemplates = map[string]*template.Template{}
	devSettings  struct{ Dev bool }
)

type Site struct {
	cfg  struct{ Reload bool }
	page *template.Template
}

func DevPage(w http.ResponseWriter, r *http.Request) {
	var t *template.Template
	if useCache {
		t = devTemplates["page"]
	} else {
		t = template.Must(template.ParseFiles("page.html")) // not reported: a development switch, the other branch reads the parsed template
	}
	t.Execute(w, nil)
}

func DevPageNegated(w http.ResponseWriter, r *http.Request) {
	var t *template.Template
	if !devSettings.Dev {
		t = devTemplates["page"]
	} else {
		t = template.Must(template.ParseFiles("page.html")) // not reported: the same, on a field of a setting
	}
	t.Execute(w, nil)
}

func (s *Site) Page(w http.ResponseWriter, r *http.Request) {
	var t *template.Template
	if s.cfg.Reload {
		t = template.Must(template.ParseFiles("page.html")) // not reported: the receiver's setting
	} else {
		t = s.page
	}
	t.Execute(w, nil)
}

func FreshPage(w http.ResponseWriter, r *http.Request) {
	var t *template.Template
	if r.FormValue("fresh") == "" {
		t = devTemplates["page"]
	} else {
		t = template.Must(template.ParseFiles("page.html")) // want `ParseFiles`
	}
	t.Execute(w, nil)
}

func BothParse(w http.ResponseWriter, r *http.Request) {
	var t *template.Template
	if useCache {
		t = template.Must(template.ParseFiles("small.html")) // want `ParseFiles`
	} else {
		t = template.Must(template.ParseFiles("page.html")) // want `ParseFiles`
	}
	t.Execute(w, nil)
}
