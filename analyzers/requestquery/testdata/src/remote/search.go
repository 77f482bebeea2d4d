package remote

import (
	"encoding/json"
	"net/http"
	"strings"

	"github.com/elastic/go-elasticsearch/v8"
	"github.com/elastic/go-elasticsearch/v8/esapi"
	"github.com/olivere/elastic/v7"
	"github.com/opensearch-project/opensearch-go/v2/opensearchapi"
)

// Searcher reaches a search cluster: Elasticsearch through its
// official client's request values and through olivere's services, and
// OpenSearch.
type Searcher struct {
	es      esapi.Transport
	olivere *elastic.Client
	os      opensearchapi.Transport
	indices []string // configured at start-up
	client  *elasticsearch.Client
	audit   Search // the service's own function type, not the client's
}

// Search is a function type of the service's own, named like the
// client's.
type Search func(q string) error

// The official client exposes each API call as a field of a function
// type: es.Search(es.Search.WithIndex("docs")) runs a SearchRequest.
func (s *Searcher) Find(w http.ResponseWriter, r *http.Request) {
	for _, q := range r.URL.Query()["q"] {
		s.client.Search(s.client.Search.WithIndex("docs"), s.client.Search.WithBody(strings.NewReader(q))) // want `^s\.client\.Search calls another service once per iteration of this loop on the request path of Searcher\.Find \(N\+1: 100 elements mean 100 round trips instead of 1\); use the API's batch or multi-get form, or make the calls concurrently with a limit$`
		s.audit(q)                                                                                         // not reported: a function of the service's own type, not an API call
	}
	search := s.client.Search
	for _, q := range r.URL.Query()["tag"] {
		search(s.client.Search.WithBody(strings.NewReader(q))) // want `search calls another service once per iteration of this loop`
	}
	var req struct{ Groups []string }
	json.NewDecoder(r.Body).Decode(&req)
	for _, g := range req.Groups {
		s.client.Mget(s.client.Mget.WithBody(strings.NewReader(g))) // not reported: one multi-get per group, the batch form
	}
	for _, idx := range s.indices {
		s.client.Count(s.client.Count.WithIndex(idx)) // not reported: one count per configured index
	}
	s.client.Search(s.client.Search.WithIndex("docs")) // not reported: one call
}

func (s *Searcher) Docs(w http.ResponseWriter, r *http.Request) {
	ids := r.URL.Query()["id"]
	for _, id := range ids {
		esapi.GetRequest{Index: "docs", DocumentID: id}.Do(r.Context(), s.es) // want `^\(esapi\.GetRequest\)\.Do calls another service once per iteration of this loop on the request path of Searcher\.Docs \(N\+1: 100 elements of ids mean 100 round trips instead of 1\); use the API's batch or multi-get form, or make the calls concurrently with a limit$`
	}
	body := `{"ids":["` + strings.Join(ids, `","`) + `"]}`
	esapi.MgetRequest{Index: "docs", Body: strings.NewReader(body)}.Do(r.Context(), s.es) // not reported: one multi-get for all the ids
	var req struct{ Groups [][]string }
	json.NewDecoder(r.Body).Decode(&req)
	for _, group := range req.Groups {
		esapi.MgetRequest{Index: "docs", Body: strings.NewReader(strings.Join(group, ","))}.Do(r.Context(), s.es)  // not reported: one multi-get per group, the batch form
		esapi.BulkRequest{Index: "docs", Body: strings.NewReader(strings.Join(group, "\n"))}.Do(r.Context(), s.es) // not reported: one bulk write per group
	}
}

func (s *Searcher) Related(w http.ResponseWriter, r *http.Request) {
	for _, term := range r.URL.Query()["tag"] {
		s.olivere.Search("posts").Query(elastic.NewTermQuery("tag", term)).Do(r.Context()) // want `calls another service once per iteration of this loop on the request path of Searcher\.Related`
	}
	ms := s.olivere.MultiSearch()
	for _, term := range r.URL.Query()["tag"] {
		ms.Add(elastic.NewSearchRequest()) // not reported: builds the multi-search, no round trip
		_ = term
	}
	ms.Do(r.Context()) // not reported: one call for all the searches
	var req struct{ Pages [][]string }
	json.NewDecoder(r.Body).Decode(&req)
	for range req.Pages {
		s.olivere.MultiSearch().Add(elastic.NewSearchRequest()).Do(r.Context()) // not reported: one multi-search per page, the batch form
	}
}

func (s *Searcher) Counts(w http.ResponseWriter, r *http.Request) {
	for _, idx := range s.indices {
		opensearchapi.CountRequest{Index: []string{idx}}.Do(r.Context(), s.os) // not reported: one count per configured index
	}
	for _, q := range r.URL.Query()["q"] {
		opensearchapi.SearchRequest{Body: strings.NewReader(q)}.Do(r.Context(), s.os) // want `\(opensearchapi\.SearchRequest\)\.Do calls another service once per iteration of this loop`
	}
}
