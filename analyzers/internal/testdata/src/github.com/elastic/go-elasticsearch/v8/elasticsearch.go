// Package elasticsearch is a stub of github.com/elastic/go-elasticsearch/v8 for scalevet's analyzer tests: only the API shape matters.
package elasticsearch

import (
	"net/http"

	"github.com/elastic/go-elasticsearch/v8/esapi"
)

// Client is the Elasticsearch client: the API calls, over its own
// transport.
type Client struct {
	*esapi.API
}

// NewDefaultClient returns a client of the default address.
func NewDefaultClient() (*Client, error) {
	c := &Client{}
	c.API = esapi.New(c)
	return c, nil
}

// Perform sends the request: Client is an esapi.Transport.
func (c *Client) Perform(req *http.Request) (*http.Response, error) { return nil, nil }
