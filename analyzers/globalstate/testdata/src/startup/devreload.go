package startup

import (
	"html/template"
	"net/http"
)

// Templates parsed at start-up, and parsed again on every request of a
// development instance only, to see an edit without a restart.

type devConfig struct{ Env string }

func (c *devConfig) IsDev() bool { return c.Env == "dev" }

var theConfig = &devConfig{}

func currentConfig() *devConfig { return theConfig }

var pages map[string]*template.Template

func loadPages() {
	pages = map[string]*template.Template{"home": template.Must(template.ParseFiles("home.html"))} // want `^handlers About and Preview write package-level map pages \(About → loadPages\) with no lock`
}

type Pages struct{ config *devConfig }

func (p *Pages) Home(w http.ResponseWriter, r *http.Request) {
	if p.config.IsDev() {
		loadPages() // not reported: a development instance's reload
	}
	pages["home"].Execute(w, nil)
}

func About(w http.ResponseWriter, r *http.Request) {
	if !currentConfig().IsDev() {
		return
	}
	loadPages() // reported above: the setting tested does not guard the reload
}

func Contact(w http.ResponseWriter, r *http.Request) {
	if currentConfig().IsDev() {
		loadPages() // not reported: the same, on the configuration a getter returns
	}
}

func Preview(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("preview") != "" {
		loadPages() // reported above: a request value, not a setting, guards the reload
	}
}
