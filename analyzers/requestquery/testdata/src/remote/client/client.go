// Package client is a service's client of another service, in a
// package of its own: its calls reach the handler through facts.
package client

import (
	"context"
	"database/sql"
	"net/http"
	"time"
)

// Prices calls the pricing service.
type Prices struct{ HTTP *http.Client }

// Price asks for the price of one item: one round trip.
func (p *Prices) Price(ctx context.Context, id string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://prices/items/"+id, nil)
	if err != nil {
		return nil, err
	}
	return p.HTTP.Do(req)
}

// PriceAll asks for the prices of many items in one round trip.
func (p *Prices) PriceAll(ctx context.Context, ids []string) (*http.Response, error) {
	return p.HTTP.Get("http://prices/items?ids=" + ids[0])
}

// Warm asks for every price, one item at a time: the loop is here.
func (p *Prices) Warm(ctx context.Context, ids []string) {
	for _, id := range ids {
		p.Price(ctx, id)
	}
}

// Touch reads a row and writes it back: a query and a write per call.
func Touch(ctx context.Context, db *sql.DB, id string) {
	var n int
	db.QueryRowContext(ctx, "SELECT hits FROM items WHERE id = $1", id).Scan(&n)
	db.ExecContext(ctx, "UPDATE items SET hits = $1 WHERE id = $2", n+1, id)
}

// Signer signs URLs locally with a token that it renews from the
// metadata service.
type Signer struct {
	HTTP   *http.Client
	token  string
	expiry time.Time
}

// renew fetches a token only when the one it has expired: once per
// period, not per call.
func (s *Signer) renew() {
	if time.Since(s.expiry) < 0 {
		return
	}
	if resp, err := s.HTTP.Get("http://metadata/token"); err == nil {
		resp.Body.Close()
	}
	s.token, s.expiry = "t", time.Now().Add(time.Hour)
}

// Sign signs one URL.
func (s *Signer) Sign(u string) string {
	s.renew()
	return u + "?sig=" + s.token
}

// refetch fetches a token unless the token is a fixed one: on every
// call otherwise.
func (s *Signer) refetch() {
	if s.token == "static" {
		return
	}
	if resp, err := s.HTTP.Get("http://metadata/token"); err == nil {
		resp.Body.Close()
	}
	s.token = "t"
}

// SignFetched signs one URL with a token fetched for it.
func (s *Signer) SignFetched(u string) string {
	s.refetch()
	return u + "?sig=" + s.token
}
