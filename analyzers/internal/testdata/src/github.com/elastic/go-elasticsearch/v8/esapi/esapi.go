// Package esapi is a stub of github.com/elastic/go-elasticsearch/v8/esapi for scalevet's analyzer tests: only the API shape matters.
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
