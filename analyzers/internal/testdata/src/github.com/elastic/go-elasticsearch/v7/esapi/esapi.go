// Package esapi is a stub of github.com/elastic/go-elasticsearch/v7/esapi for scalevet's analyzer tests: only the API shape matters.
package esapi

import (
	"context"
	"io"
	"net/http"
)

// Transport performs the HTTP request of an API call: the client.
type Transport interface {
	Perform(*http.Request) (*http.Response, error)
}

// Response is the response of an API call.
type Response struct {
	StatusCode int
	Body       io.ReadCloser
}

// SearchRequest is the Elasticsearch Search API call.
type SearchRequest struct {
	Index []string
	Body  io.Reader
}

// Do performs the Search call with transport.
func (r SearchRequest) Do(ctx context.Context, transport Transport) (*Response, error) {
	return nil, nil
}

// GetRequest is the Elasticsearch Get API call.
type GetRequest struct {
	Index      string
	DocumentID string
}

// Do performs the Get call with transport.
func (r GetRequest) Do(ctx context.Context, transport Transport) (*Response, error) { return nil, nil }

// IndexRequest is the Elasticsearch Index API call.
type IndexRequest struct {
	Index      string
	DocumentID string
	Body       io.Reader
}

// Do performs the Index call with transport.
func (r IndexRequest) Do(ctx context.Context, transport Transport) (*Response, error) {
	return nil, nil
}

// CreateRequest is the Elasticsearch Create API call.
type CreateRequest struct {
	Index      string
	DocumentID string
	Body       io.Reader
}

// Do performs the Create call with transport.
func (r CreateRequest) Do(ctx context.Context, transport Transport) (*Response, error) {
	return nil, nil
}

// UpdateRequest is the Elasticsearch Update API call.
type UpdateRequest struct {
	Index      string
	DocumentID string
	Body       io.Reader
}

// Do performs the Update call with transport.
func (r UpdateRequest) Do(ctx context.Context, transport Transport) (*Response, error) {
	return nil, nil
}

// DeleteRequest is the Elasticsearch Delete API call.
type DeleteRequest struct {
	Index      string
	DocumentID string
	Body       io.Reader
}

// Do performs the Delete call with transport.
func (r DeleteRequest) Do(ctx context.Context, transport Transport) (*Response, error) {
	return nil, nil
}

// CountRequest is the Elasticsearch Count API call.
type CountRequest struct {
	Index []string
	Body  io.Reader
}

// Do performs the Count call with transport.
func (r CountRequest) Do(ctx context.Context, transport Transport) (*Response, error) {
	return nil, nil
}

// ExistsRequest is the Elasticsearch Exists API call.
type ExistsRequest struct {
	Index      string
	DocumentID string
}

// Do performs the Exists call with transport.
func (r ExistsRequest) Do(ctx context.Context, transport Transport) (*Response, error) {
	return nil, nil
}

// DeleteByQueryRequest is the Elasticsearch DeleteByQuery API call.
type DeleteByQueryRequest struct {
	Index []string
	Body  io.Reader
}

// Do performs the DeleteByQuery call with transport.
func (r DeleteByQueryRequest) Do(ctx context.Context, transport Transport) (*Response, error) {
	return nil, nil
}

// UpdateByQueryRequest is the Elasticsearch UpdateByQuery API call.
type UpdateByQueryRequest struct {
	Index []string
	Body  io.Reader
}

// Do performs the UpdateByQuery call with transport.
func (r UpdateByQueryRequest) Do(ctx context.Context, transport Transport) (*Response, error) {
	return nil, nil
}

// BulkRequest is the Elasticsearch Bulk API call.
type BulkRequest struct {
	Index string
	Body  io.Reader
}

// Do performs the Bulk call with transport.
func (r BulkRequest) Do(ctx context.Context, transport Transport) (*Response, error) { return nil, nil }

// MgetRequest is the Elasticsearch Mget API call.
type MgetRequest struct {
	Index string
	Body  io.Reader
}

// Do performs the Mget call with transport.
func (r MgetRequest) Do(ctx context.Context, transport Transport) (*Response, error) { return nil, nil }

// MsearchRequest is the Elasticsearch Msearch API call.
type MsearchRequest struct {
	Index []string
	Body  io.Reader
}

// Do performs the Msearch call with transport.
func (r MsearchRequest) Do(ctx context.Context, transport Transport) (*Response, error) {
	return nil, nil
}

// API holds one function per API call, as the client exposes them:
// es.Search(es.Search.WithIndex("docs")).
type API struct {
	Search        Search
	Get           Get
	Index         Index
	Create        Create
	Update        Update
	Delete        Delete
	Count         Count
	Exists        Exists
	DeleteByQuery DeleteByQuery
	UpdateByQuery UpdateByQuery
	Bulk          Bulk
	Mget          Mget
	Msearch       Msearch
}

// New returns the API over transport.
func New(t Transport) *API {
	return &API{
		Search: func(o ...func(*SearchRequest)) (*Response, error) {
			var r SearchRequest
			for _, f := range o {
				f(&r)
			}
			return r.Do(context.Background(), t)
		},
		Get: func(o ...func(*GetRequest)) (*Response, error) {
			var r GetRequest
			for _, f := range o {
				f(&r)
			}
			return r.Do(context.Background(), t)
		},
		Index: func(o ...func(*IndexRequest)) (*Response, error) {
			var r IndexRequest
			for _, f := range o {
				f(&r)
			}
			return r.Do(context.Background(), t)
		},
		Create: func(o ...func(*CreateRequest)) (*Response, error) {
			var r CreateRequest
			for _, f := range o {
				f(&r)
			}
			return r.Do(context.Background(), t)
		},
		Update: func(o ...func(*UpdateRequest)) (*Response, error) {
			var r UpdateRequest
			for _, f := range o {
				f(&r)
			}
			return r.Do(context.Background(), t)
		},
		Delete: func(o ...func(*DeleteRequest)) (*Response, error) {
			var r DeleteRequest
			for _, f := range o {
				f(&r)
			}
			return r.Do(context.Background(), t)
		},
		Count: func(o ...func(*CountRequest)) (*Response, error) {
			var r CountRequest
			for _, f := range o {
				f(&r)
			}
			return r.Do(context.Background(), t)
		},
		Exists: func(o ...func(*ExistsRequest)) (*Response, error) {
			var r ExistsRequest
			for _, f := range o {
				f(&r)
			}
			return r.Do(context.Background(), t)
		},
		DeleteByQuery: func(o ...func(*DeleteByQueryRequest)) (*Response, error) {
			var r DeleteByQueryRequest
			for _, f := range o {
				f(&r)
			}
			return r.Do(context.Background(), t)
		},
		UpdateByQuery: func(o ...func(*UpdateByQueryRequest)) (*Response, error) {
			var r UpdateByQueryRequest
			for _, f := range o {
				f(&r)
			}
			return r.Do(context.Background(), t)
		},
		Bulk: func(o ...func(*BulkRequest)) (*Response, error) {
			var r BulkRequest
			for _, f := range o {
				f(&r)
			}
			return r.Do(context.Background(), t)
		},
		Mget: func(o ...func(*MgetRequest)) (*Response, error) {
			var r MgetRequest
			for _, f := range o {
				f(&r)
			}
			return r.Do(context.Background(), t)
		},
		Msearch: func(o ...func(*MsearchRequest)) (*Response, error) {
			var r MsearchRequest
			for _, f := range o {
				f(&r)
			}
			return r.Do(context.Background(), t)
		},
	}
}

// Search performs the Search API call with the options given.
type Search func(o ...func(*SearchRequest)) (*Response, error)

// WithContext sets the call's context.
func (f Search) WithContext(ctx context.Context) func(*SearchRequest) { return func(*SearchRequest) {} }

// Get performs the Get API call with the options given.
type Get func(o ...func(*GetRequest)) (*Response, error)

// WithContext sets the call's context.
func (f Get) WithContext(ctx context.Context) func(*GetRequest) { return func(*GetRequest) {} }

// Index performs the Index API call with the options given.
type Index func(o ...func(*IndexRequest)) (*Response, error)

// WithContext sets the call's context.
func (f Index) WithContext(ctx context.Context) func(*IndexRequest) { return func(*IndexRequest) {} }

// Create performs the Create API call with the options given.
type Create func(o ...func(*CreateRequest)) (*Response, error)

// WithContext sets the call's context.
func (f Create) WithContext(ctx context.Context) func(*CreateRequest) { return func(*CreateRequest) {} }

// Update performs the Update API call with the options given.
type Update func(o ...func(*UpdateRequest)) (*Response, error)

// WithContext sets the call's context.
func (f Update) WithContext(ctx context.Context) func(*UpdateRequest) { return func(*UpdateRequest) {} }

// Delete performs the Delete API call with the options given.
type Delete func(o ...func(*DeleteRequest)) (*Response, error)

// WithContext sets the call's context.
func (f Delete) WithContext(ctx context.Context) func(*DeleteRequest) { return func(*DeleteRequest) {} }

// Count performs the Count API call with the options given.
type Count func(o ...func(*CountRequest)) (*Response, error)

// WithContext sets the call's context.
func (f Count) WithContext(ctx context.Context) func(*CountRequest) { return func(*CountRequest) {} }

// Exists performs the Exists API call with the options given.
type Exists func(o ...func(*ExistsRequest)) (*Response, error)

// WithContext sets the call's context.
func (f Exists) WithContext(ctx context.Context) func(*ExistsRequest) { return func(*ExistsRequest) {} }

// DeleteByQuery performs the DeleteByQuery API call with the options given.
type DeleteByQuery func(o ...func(*DeleteByQueryRequest)) (*Response, error)

// WithContext sets the call's context.
func (f DeleteByQuery) WithContext(ctx context.Context) func(*DeleteByQueryRequest) {
	return func(*DeleteByQueryRequest) {}
}

// UpdateByQuery performs the UpdateByQuery API call with the options given.
type UpdateByQuery func(o ...func(*UpdateByQueryRequest)) (*Response, error)

// WithContext sets the call's context.
func (f UpdateByQuery) WithContext(ctx context.Context) func(*UpdateByQueryRequest) {
	return func(*UpdateByQueryRequest) {}
}

// Bulk performs the Bulk API call with the options given.
type Bulk func(o ...func(*BulkRequest)) (*Response, error)

// WithContext sets the call's context.
func (f Bulk) WithContext(ctx context.Context) func(*BulkRequest) { return func(*BulkRequest) {} }

// Mget performs the Mget API call with the options given.
type Mget func(o ...func(*MgetRequest)) (*Response, error)

// WithContext sets the call's context.
func (f Mget) WithContext(ctx context.Context) func(*MgetRequest) { return func(*MgetRequest) {} }

// Msearch performs the Msearch API call with the options given.
type Msearch func(o ...func(*MsearchRequest)) (*Response, error)

// WithContext sets the call's context.
func (f Msearch) WithContext(ctx context.Context) func(*MsearchRequest) {
	return func(*MsearchRequest) {}
}

// WithIndex sets the indices.
func (f Search) WithIndex(v ...string) func(*SearchRequest) {
	return func(r *SearchRequest) { r.Index = v }
}

// WithIndex sets the indices.
func (f Count) WithIndex(v ...string) func(*CountRequest) {
	return func(r *CountRequest) { r.Index = v }
}

// WithIndex sets the indices.
func (f Msearch) WithIndex(v ...string) func(*MsearchRequest) {
	return func(r *MsearchRequest) { r.Index = v }
}

// WithBody sets the body.
func (f Search) WithBody(v io.Reader) func(*SearchRequest) {
	return func(r *SearchRequest) { r.Body = v }
}

// WithBody sets the body.
func (f Count) WithBody(v io.Reader) func(*CountRequest) { return func(r *CountRequest) { r.Body = v } }

// WithBody sets the body.
func (f Msearch) WithBody(v io.Reader) func(*MsearchRequest) {
	return func(r *MsearchRequest) { r.Body = v }
}

// WithBody sets the body.
func (f Mget) WithBody(v io.Reader) func(*MgetRequest) { return func(r *MgetRequest) { r.Body = v } }

// WithBody sets the body.
func (f Bulk) WithBody(v io.Reader) func(*BulkRequest) { return func(r *BulkRequest) { r.Body = v } }
