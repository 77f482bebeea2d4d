package nethttp

import (
	"html/template"
	"io"
	"io/fs"
	"net/http"
)

// Index parses the page template from the file system given at
// start-up on every request.
func Index(fsys fs.FS) http.HandlerFunc { // want Index:`^returns if\(0\)$`
	return func(w http.ResponseWriter, r *http.Request) {
		f, err := fsys.Open("index.html")
		if err != nil {
			return
		}
		page, _ := io.ReadAll(f)
		t, _ := template.New("index").Parse(string(page)) // want `\(\*template.Template\).Parse of a template text that does not change between requests`
		t.Execute(w, nil)

		sent, _ := io.ReadAll(r.Body)
		u, _ := template.New("sent").Parse(string(sent)) // not reported: the text is the request's
		u.Execute(w, nil)
	}
}

const mainText = `{{define "main"}}{{template "body" .}}{{end}}`

// funcsFor returns template functions bound to one request.
func funcsFor(r *http.Request) template.FuncMap {
	return template.FuncMap{"path": func() string { return r.URL.Path }}
}

// MainPage parses the main template, then adds the request's functions
// to it: the text parsed is the same on every request.
func MainPage(w http.ResponseWriter, r *http.Request) {
	t := template.New("main")
	t, _ = t.Parse(mainText) // want `^t.Parse of a constant template text runs on every request of MainPage`
	t.Funcs(funcsFor(r))
	t.Execute(w, nil)

	u := template.New("main")
	u.Funcs(funcsFor(r))
	u.Parse(mainText) // not reported: the request's functions are in the template before the parse
}
