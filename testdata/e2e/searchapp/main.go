// Command searchapp is a net/http service that reads documents from
// Elasticsearch (the real go-elasticsearch v8's esapi over its
// transport; the root client would pull in the typed API's packages).
package main

import (
	"log"
	"net/http"
	"net/url"
	"strings"

	"github.com/elastic/elastic-transport-go/v8/elastictransport"
	"github.com/elastic/go-elasticsearch/v8/esapi"
)

type app struct {
	tp      esapi.Transport
	es      *esapi.API // the client's API calls, as function-typed fields
	indices []string   // the indices the status page counts, from the configuration
}

// Docs fetches each document the request names with a round trip of
// its own.
func (a *app) Docs(w http.ResponseWriter, r *http.Request) {
	ids := strings.Split(r.URL.Query().Get("ids"), ",")
	for _, id := range ids {
		esapi.GetRequest{Index: "docs", DocumentID: id}.Do(r.Context(), a.tp) // want requestquery
	}
	body := `{"ids":["` + strings.Join(ids, `","`) + `"]}`
	esapi.MgetRequest{Index: "docs", Body: strings.NewReader(body)}.Do(r.Context(), a.tp) // not reported: one multi-get for all the ids
}

// Related runs one search per tag of the request, through the
// client's function-typed API fields.
func (a *app) Related(w http.ResponseWriter, r *http.Request) {
	for _, tag := range r.URL.Query()["tag"] {
		a.es.Search(a.es.Search.WithContext(r.Context()), a.es.Search.WithIndex("posts"), a.es.Search.WithQuery("tag:"+tag)) // want requestquery
	}
	a.es.Msearch(strings.NewReader(`{}`), a.es.Msearch.WithContext(r.Context())) // not reported: one call
}

// Status counts the configured indices: a count no visitor changes.
func (a *app) Status(w http.ResponseWriter, r *http.Request) {
	for _, idx := range a.indices {
		esapi.CountRequest{Index: []string{idx}}.Do(r.Context(), a.tp) // not reported: the configured indices
	}
}

func main() {
	u, _ := url.Parse("http://localhost:9200")
	tp, err := elastictransport.New(elastictransport.Config{URLs: []*url.URL{u}})
	if err != nil {
		log.Fatal(err)
	}
	a := &app{tp: tp, es: esapi.New(tp), indices: []string{"docs", "users"}}
	http.HandleFunc("/docs", a.Docs)
	http.HandleFunc("/related", a.Related)
	http.HandleFunc("/", a.Status)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
