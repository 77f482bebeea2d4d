// Package remote has remote calls repeated per element on the request
// path: the microservice form of an N+1.
package remote

import (
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/go-resty/resty/v2"
	"google.golang.org/grpc"

	"remote/client"
	"remote/itempb"
)

type Server struct {
	upstreams []string // configured at start-up
	featured  []string
	db        *sql.DB
	prices    *client.Prices
	items     itempb.ItemsClient
	rest      *resty.Client
	dynamo    *dynamodb.Client
	bucket    *s3.Client
	signer    *client.Signer
}

func NewServer(conn *grpc.ClientConn) *Server {
	return &Server{items: itempb.NewItemsClient(conn), rest: resty.New()}
}

func (s *Server) Hooks(w http.ResponseWriter, r *http.Request) {
	urls := r.URL.Query()["hook"]
	for _, u := range urls {
		http.Get(u) // want `http\.Get calls another service once per iteration of this loop on the request path of Server\.Hooks \(N\+1: 100 elements of urls mean 100 round trips instead of 1\); use the API's batch or multi-get form, or make the calls concurrently with a limit`
	}
}

func (s *Server) Cart(w http.ResponseWriter, r *http.Request) {
	ids := r.URL.Query()["id"]
	for _, id := range ids {
		s.prices.Price(r.Context(), id) // want `s\.prices\.Price calls another service \(client\.Prices\.Price → \(\*http\.Client\)\.Do at client\.go:\d+\) once per iteration of this loop on the request path of Server\.Cart \(N\+1: 100 elements of ids mean 100 round trips instead of 1\)`
	}
	s.prices.PriceAll(r.Context(), ids) // not reported: one call for all the items
	s.prices.Warm(r.Context(), ids)     // want `s\.prices\.Warm calls another service once per iteration of its loop at client\.go:\d+`
}

func (s *Server) Stock(w http.ResponseWriter, r *http.Request) {
	for _, id := range r.URL.Query()["item"] {
		s.items.GetItem(r.Context(), &itempb.GetItemRequest{Id: id}) // want `s\.items\.GetItem calls another service .*once per iteration of this loop on the request path of Server\.Stock`
	}
}

func (s *Server) Rest(w http.ResponseWriter, r *http.Request) {
	for _, id := range r.URL.Query()["id"] {
		s.rest.R().SetQueryParam("id", id).Get("http://stock/items") // want `\(\*resty\.Request\)\.Get calls another service once per iteration of this loop`
	}
}

func (s *Server) Items(w http.ResponseWriter, r *http.Request) {
	keys := r.URL.Query()["key"]
	for _, k := range keys {
		s.dynamo.GetItem(r.Context(), &dynamodb.GetItemInput{Key: map[string]dynamodb.AttributeValue{"id": k}}) // want `s\.dynamo\.GetItem calls another service once per iteration of this loop`
	}
	req := map[string]dynamodb.KeysAndAttributes{}
	for range 3 {
		s.dynamo.BatchGetItem(r.Context(), &dynamodb.BatchGetItemInput{RequestItems: req}) // not reported: the batch form, retried a fixed few times
	}
	for _, k := range keys {
		s.bucket.GetObject(r.Context(), &s3.GetObjectInput{Key: &k}) // want `s\.bucket\.GetObject calls another service once per iteration of this loop`
	}
	var objs []s3.ObjectIdentifier
	for _, k := range keys {
		objs = append(objs, s3.ObjectIdentifier{Key: &k})
	}
	s.bucket.DeleteObjects(r.Context(), &s3.DeleteObjectsInput{Objects: objs}) // not reported: one call for all the keys
}

// Mixed queries and calls another service in one loop: one finding,
// named by the query.
func (s *Server) Mixed(w http.ResponseWriter, r *http.Request) {
	for _, id := range r.URL.Query()["id"] {
		http.Get("http://stock/items/" + id)                      // not reported: the loop's finding is the query's
		s.db.QueryRow("SELECT name FROM items WHERE id = $1", id) // want `s\.db\.QueryRow runs a query once per iteration of this loop`
	}
}

// Touch queries and writes through a helper in another package, once
// per requested id: one finding, named by the query, that says so.
func (s *Server) Touch(w http.ResponseWriter, r *http.Request) {
	for _, id := range r.URL.Query()["id"] {
		client.Touch(r.Context(), s.db, id) // want `client\.Touch runs a query \(client\.Touch → \(\*sql\.DB\)\.QueryRowContext at client\.go:\d+\) once per iteration of this loop .*; it also writes once per iteration: batch the writes$`
	}
}

// Retry calls again until the call succeeds: a retry loop, not one
// call per element.
func (s *Server) Retry(w http.ResponseWriter, r *http.Request) {
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := http.Get("http://stock/health") // not reported: a retry loop of three attempts
		if err == nil {
			resp.Body.Close()
			break
		}
		time.Sleep(time.Second)
	}
	for _, mirror := range []string{"http://a/", "http://b/"} {
		http.Get(mirror) // not reported: a loop over two constant mirrors
	}
	for _, u := range r.URL.Query()["u"] {
		if resp, err := http.Get(u); err == nil {
			resp.Body.Close()
			return // not reported: the loop ends at the first answer
		}
	}
}

// Rows calls another service once per row of a query: the rows grow
// with the table.
func (s *Server) Rows(w http.ResponseWriter, r *http.Request) {
	rows, _ := s.db.Query("SELECT url FROM hooks WHERE owner = $1", r.URL.Query().Get("owner"))
	for rows.Next() {
		var u string
		rows.Scan(&u)
		http.Post(u, "text/plain", nil) // want `http\.Post calls another service once per iteration of this loop`
	}
	var ids []string
	s.db.QueryRow("SELECT ids FROM carts WHERE id = $1", r.URL.Query().Get("cart")).Scan(&ids)
	for _, id := range ids {
		s.prices.Price(r.Context(), id) // not reported: a value of one row, not the rows of a query
	}
	for _, id := range s.listIDs() {
		s.prices.Price(r.Context(), id) // want `s\.prices\.Price calls another service .* once per iteration of this loop`
	}
}

func (s *Server) listIDs() []string {
	var ids []string
	rows, _ := s.db.Query("SELECT id FROM items WHERE on_sale LIMIT 50")
	for rows.Next() {
		var id string
		rows.Scan(&id)
		ids = append(ids, id)
	}
	return ids
}

var providers = []string{"http://a/", "http://b/", "http://c/", "http://d/", "http://e/"}

// Config walks what the configuration lists: a count no visitor
// changes.
func (s *Server) Config(w http.ResponseWriter, r *http.Request) {
	for _, p := range providers {
		http.Get(p + "health") // not reported: a package-level list of providers
	}
	for _, u := range s.upstreams {
		http.Get(u) // not reported: the server's configured upstreams
	}
	s.prices.Warm(r.Context(), s.featured) // not reported: the loop walks the configured items
	next := "http://stock/items?page=1"
	for next != "" {
		resp, err := http.Get(next) // not reported: one call per page of a listing, the API's batch form
		if err != nil {
			break
		}
		next = resp.Header.Get("Link")
	}
	for _, part := range strings.Split(s.upstreams[0], "/") {
		http.Head("http://dav/" + part) // not reported: the segments of a configured path
	}
	for _, part := range strings.Split(r.URL.Query().Get("ids"), ",") {
		http.Head("http://dav/" + part) // want `http\.Head calls another service once per iteration of this loop`
	}
}

// Body calls another service once per id that the request body lists.
func (s *Server) Body(w http.ResponseWriter, r *http.Request) {
	var req struct{ IDs []string }
	json.NewDecoder(r.Body).Decode(&req)
	for _, id := range req.IDs {
		http.Get("http://stock/items/" + id) // want `http\.Get calls another service once per iteration of this loop on the request path of Server\.Body \(N\+1: 100 elements of req\.IDs`
	}
	body, _ := io.ReadAll(r.Body)
	var form struct{ Receivers []string }
	json.Unmarshal(body, &form)
	for _, to := range form.Receivers {
		http.PostForm("http://mail/send", url.Values{"to": {to}}) // want `http\.PostForm calls another service once per iteration of this loop`
	}
	var cfg struct{ Mirrors []string }
	json.Unmarshal([]byte(`{"Mirrors": ["http://a/"]}`), &cfg)
	for _, m := range cfg.Mirrors {
		http.Get(m) // not reported: decoded from a constant, not from the request
	}
}

// Refresh runs at start-up, on a timer: not on the request path.
func (s *Server) Refresh(ctx context.Context, ids []string) {
	for range time.Tick(time.Minute) {
		for _, id := range ids {
			s.prices.Price(ctx, id) // not reported: not on the request path
		}
	}
}

func Serve(s *Server) {
	go s.Refresh(context.Background(), nil)
	http.HandleFunc("/hooks", s.Hooks)
}

func (s *Server) Links(w http.ResponseWriter, r *http.Request) {
	for _, id := range r.URL.Query()["id"] {
		s.signer.Sign(id)        // not reported: the token is renewed when it expires, not per call
		s.signer.SignFetched(id) // want `s\.signer\.SignFetched calls another service .*once per iteration of this loop on the request path of Server\.Links`
	}
}
