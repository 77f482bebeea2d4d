// Package opensearchapi is a stub of github.com/opensearch-project/opensearch-go/v2/opensearchapi for scalevet's analyzer tests: only the API shape matters.
package opensearchapi

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

// SearchRequest is the OpenSearch Search API call.
type SearchRequest struct {
	Index []string
	Body  io.Reader
}

// Do performs the Search call with transport.
func (r SearchRequest) Do(ctx context.Context, transport Transport) (*Response, error) {
	return nil, nil
}

// GetRequest is the OpenSearch Get API call.
type GetRequest struct {
	Index      string
	DocumentID string
}

// Do performs the Get call with transport.
func (r GetRequest) Do(ctx context.Context, transport Transport) (*Response, error) { return nil, nil }

// IndexRequest is the OpenSearch Index API call.
type IndexRequest struct {
	Index      string
	DocumentID string
	Body       io.Reader
}

// Do performs the Index call with transport.
func (r IndexRequest) Do(ctx context.Context, transport Transport) (*Response, error) {
	return nil, nil
}

// CreateRequest is the OpenSearch Create API call.
type CreateRequest struct {
	Index      string
	DocumentID string
	Body       io.Reader
}

// Do performs the Create call with transport.
func (r CreateRequest) Do(ctx context.Context, transport Transport) (*Response, error) {
	return nil, nil
}

// UpdateRequest is the OpenSearch Update API call.
type UpdateRequest struct {
	Index      string
	DocumentID string
	Body       io.Reader
}

// Do performs the Update call with transport.
func (r UpdateRequest) Do(ctx context.Context, transport Transport) (*Response, error) {
	return nil, nil
}

// DeleteRequest is the OpenSearch Delete API call.
type DeleteRequest struct {
	Index      string
	DocumentID string
	Body       io.Reader
}

// Do performs the Delete call with transport.
func (r DeleteRequest) Do(ctx context.Context, transport Transport) (*Response, error) {
	return nil, nil
}

// CountRequest is the OpenSearch Count API call.
type CountRequest struct {
	Index []string
	Body  io.Reader
}

// Do performs the Count call with transport.
func (r CountRequest) Do(ctx context.Context, transport Transport) (*Response, error) {
	return nil, nil
}

// ExistsRequest is the OpenSearch Exists API call.
type ExistsRequest struct {
	Index      string
	DocumentID string
}

// Do performs the Exists call with transport.
func (r ExistsRequest) Do(ctx context.Context, transport Transport) (*Response, error) {
	return nil, nil
}

// DeleteByQueryRequest is the OpenSearch DeleteByQuery API call.
type DeleteByQueryRequest struct {
	Index []string
	Body  io.Reader
}

// Do performs the DeleteByQuery call with transport.
func (r DeleteByQueryRequest) Do(ctx context.Context, transport Transport) (*Response, error) {
	return nil, nil
}

// UpdateByQueryRequest is the OpenSearch UpdateByQuery API call.
type UpdateByQueryRequest struct {
	Index []string
	Body  io.Reader
}

// Do performs the UpdateByQuery call with transport.
func (r UpdateByQueryRequest) Do(ctx context.Context, transport Transport) (*Response, error) {
	return nil, nil
}

// BulkRequest is the OpenSearch Bulk API call.
type BulkRequest struct {
	Index string
	Body  io.Reader
}

// Do performs the Bulk call with transport.
func (r BulkRequest) Do(ctx context.Context, transport Transport) (*Response, error) { return nil, nil }

// MgetRequest is the OpenSearch Mget API call.
type MgetRequest struct {
	Index string
	Body  io.Reader
}

// Do performs the Mget call with transport.
func (r MgetRequest) Do(ctx context.Context, transport Transport) (*Response, error) { return nil, nil }

// MsearchRequest is the OpenSearch Msearch API call.
type MsearchRequest struct {
	Index []string
	Body  io.Reader
}

// Do performs the Msearch call with transport.
func (r MsearchRequest) Do(ctx context.Context, transport Transport) (*Response, error) {
	return nil, nil
}
