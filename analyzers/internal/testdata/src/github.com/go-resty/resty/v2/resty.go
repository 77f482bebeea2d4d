// Package resty is a stub of github.com/go-resty/resty/v2 for scalevet's analyzer tests: only the API shape matters.
package resty

import "net/http"

// Client is resty's client: a configuration and a pooled http.Client.
type Client struct{ httpClient *http.Client }

// New returns a client with a new http.Client.
func New() *Client { return &Client{httpClient: &http.Client{}} }

// R returns a new request of the client.
func (c *Client) R() *Request { return &Request{client: c} }

// Request is one request being built.
type Request struct {
	client *Client
	URL    string
	Method string
	Body   any
}

// Response is the response of a request.
type Response struct{ RawResponse *http.Response }

// SetBody sets the request body.
func (r *Request) SetBody(body any) *Request { r.Body = body; return r }

// SetQueryParam sets one query parameter.
func (r *Request) SetQueryParam(param, value string) *Request { return r }

// SetResult sets the value the response body is decoded into.
func (r *Request) SetResult(res any) *Request { return r }

// Get sends a GET request.
func (r *Request) Get(url string) (*Response, error) { return r.Execute(http.MethodGet, url) }

// Head sends a HEAD request.
func (r *Request) Head(url string) (*Response, error) { return r.Execute(http.MethodHead, url) }

// Post sends a POST request.
func (r *Request) Post(url string) (*Response, error) { return r.Execute(http.MethodPost, url) }

// Put sends a PUT request.
func (r *Request) Put(url string) (*Response, error) { return r.Execute(http.MethodPut, url) }

// Delete sends a DELETE request.
func (r *Request) Delete(url string) (*Response, error) { return r.Execute(http.MethodDelete, url) }

// Options sends an OPTIONS request.
func (r *Request) Options(url string) (*Response, error) { return r.Execute(http.MethodOptions, url) }

// Patch sends a PATCH request.
func (r *Request) Patch(url string) (*Response, error) { return r.Execute(http.MethodPatch, url) }

// Send sends the request with the method and URL set on it.
func (r *Request) Send() (*Response, error) { return r.Execute(r.Method, r.URL) }

// Execute sends the request with the given method to url.
func (r *Request) Execute(method, url string) (*Response, error) {
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := r.client.httpClient.Do(req)
	return &Response{RawResponse: resp}, err
}
