// Package elastic is a stub of github.com/olivere/elastic/v7 for scalevet's analyzer tests: only the API shape matters.
package elastic

import "context"

// Client is the Elasticsearch client.
type Client struct{}

// NewClient returns a client.
func NewClient() (*Client, error) { return &Client{}, nil }

// Query is a query of the search DSL.
type Query interface{ Source() (any, error) }

// TermQuery matches a term.
type TermQuery struct {
	name  string
	value any
}

// NewTermQuery returns a term query.
func NewTermQuery(name string, value any) *TermQuery { return &TermQuery{name, value} }

// Source returns the query's JSON.
func (q *TermQuery) Source() (any, error) { return nil, nil }

// Result is what a call returns.
type Result struct{}

// SearchService builds the Search API call.
type SearchService struct{ indices []string }

// Search starts a Search API call.
func (c *Client) Search(indices ...string) *SearchService { return &SearchService{} }

// Index sets the index.
func (s *SearchService) Index(index ...string) *SearchService { return s }

// Do performs the call.
func (s *SearchService) Do(ctx context.Context) (*Result, error) { return &Result{}, nil }

// GetService builds the Get API call.
type GetService struct{ indices []string }

// Get starts a Get API call.
func (c *Client) Get() *GetService { return &GetService{} }

// Index sets the index.
func (s *GetService) Index(index ...string) *GetService { return s }

// Do performs the call.
func (s *GetService) Do(ctx context.Context) (*Result, error) { return &Result{}, nil }

// IndexService builds the Index API call.
type IndexService struct{ indices []string }

// Index starts a Index API call.
func (c *Client) Index() *IndexService { return &IndexService{} }

// Index sets the index.
func (s *IndexService) Index(index ...string) *IndexService { return s }

// Do performs the call.
func (s *IndexService) Do(ctx context.Context) (*Result, error) { return &Result{}, nil }

// UpdateService builds the Update API call.
type UpdateService struct{ indices []string }

// Update starts a Update API call.
func (c *Client) Update() *UpdateService { return &UpdateService{} }

// Index sets the index.
func (s *UpdateService) Index(index ...string) *UpdateService { return s }

// Do performs the call.
func (s *UpdateService) Do(ctx context.Context) (*Result, error) { return &Result{}, nil }

// DeleteService builds the Delete API call.
type DeleteService struct{ indices []string }

// Delete starts a Delete API call.
func (c *Client) Delete() *DeleteService { return &DeleteService{} }

// Index sets the index.
func (s *DeleteService) Index(index ...string) *DeleteService { return s }

// Do performs the call.
func (s *DeleteService) Do(ctx context.Context) (*Result, error) { return &Result{}, nil }

// CountService builds the Count API call.
type CountService struct{ indices []string }

// Count starts a Count API call.
func (c *Client) Count(indices ...string) *CountService { return &CountService{} }

// Index sets the index.
func (s *CountService) Index(index ...string) *CountService { return s }

// Do performs the call.
func (s *CountService) Do(ctx context.Context) (*Result, error) { return &Result{}, nil }

// ExistsService builds the Exists API call.
type ExistsService struct{ indices []string }

// Exists starts a Exists API call.
func (c *Client) Exists() *ExistsService { return &ExistsService{} }

// Index sets the index.
func (s *ExistsService) Index(index ...string) *ExistsService { return s }

// Do performs the call.
func (s *ExistsService) Do(ctx context.Context) (*Result, error) { return &Result{}, nil }

// MultiSearchService builds the MultiSearch API call.
type MultiSearchService struct{ indices []string }

// MultiSearch starts a MultiSearch API call.
func (c *Client) MultiSearch(indices ...string) *MultiSearchService { return &MultiSearchService{} }

// Index sets the index.
func (s *MultiSearchService) Index(index ...string) *MultiSearchService { return s }

// Do performs the call.
func (s *MultiSearchService) Do(ctx context.Context) (*Result, error) { return &Result{}, nil }

// MgetService builds the Mget API call.
type MgetService struct{ indices []string }

// Mget starts a Mget API call.
func (c *Client) Mget() *MgetService { return &MgetService{} }

// Index sets the index.
func (s *MgetService) Index(index ...string) *MgetService { return s }

// Do performs the call.
func (s *MgetService) Do(ctx context.Context) (*Result, error) { return &Result{}, nil }

// BulkService builds the Bulk API call.
type BulkService struct{ indices []string }

// Bulk starts a Bulk API call.
func (c *Client) Bulk() *BulkService { return &BulkService{} }

// Index sets the index.
func (s *BulkService) Index(index ...string) *BulkService { return s }

// Do performs the call.
func (s *BulkService) Do(ctx context.Context) (*Result, error) { return &Result{}, nil }

// Id sets the document id.
func (s *GetService) Id(id string) *GetService { return s }

// Query sets the query.
func (s *SearchService) Query(q Query) *SearchService { return s }

// Add adds a search.
func (s *MultiSearchService) Add(r ...*SearchRequest) *MultiSearchService { return s }

// SearchRequest is one search of a MultiSearch.
type SearchRequest struct{}

// NewSearchRequest returns a search request.
func NewSearchRequest() *SearchRequest { return &SearchRequest{} }
