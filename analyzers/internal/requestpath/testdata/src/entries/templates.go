package entries

import (
	"html/template"
	"net/http"
	ttemplate "text/template"
)

func thumbnail(id int) string { // want `entry thumbnail \(template\)`
	lookupThumb(id)
	return ""
}

func lookupThumb(id int) {} // want `reached from thumbnail`

func upper(s string) string { return s } // want `entry upper \(template\)`

func notInMap(s string) string { return s } // not an entry: never registered

func setupTemplates() *template.Template { // want `reached from Page`
	funcs := template.FuncMap{
		"thumbnail": thumbnail,
		"price": func(cents int) string { // want `entry setupTemplates\.func1 \(template\)`
			return ""
		},
	}
	t := template.New("page").Funcs(funcs)
	ttemplate.New("mail").Funcs(map[string]any{"upper": upper})
	_ = map[string]any{"x": notInMap} // not a FuncMap
	return t
}

func Page(w http.ResponseWriter, r *http.Request) { // want `entry Page \(net/http\)`
	setupTemplates()
}
