package nethttp

import (
	"html/template"
	"io"
	"io/fs"
	"net/http"
)

// Index parses the page template from the file system given at
// start-up on every request.
func Index(fsys fs.FS) http.HandlerFunc { // want Index:`^returns if\(\)$`
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
