package web

import (
	"net/http"
	"regexp"
	"sync"
	"time"
)

// Plan is a subscription plan of the price list.
type Plan struct {
	Name       string `json:"name"`
	PriceCents int64  `json:"price_cents"`
}

// Plans serves GET /plans: the price list, the same for every visitor.
func (s *Server) Plans(w http.ResponseWriter, r *http.Request) {
	// reported (missingcache): the query does not depend on the request,
	// yet the database runs it for every visitor.
	plans, err := s.plans(r)
	reply(w, plans, err)
}

func (s *Server) plans(r *http.Request) ([]Plan, error) {
	rows, err := s.DB.QueryContext(r.Context(), "SELECT name, price_cents FROM plans ORDER BY price_cents LIMIT 50")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var plans []Plan
	for rows.Next() {
		var p Plan
		if err := rows.Scan(&p.Name, &p.PriceCents); err != nil {
			return nil, err
		}
		plans = append(plans, p)
	}
	return plans, rows.Err()
}

type cachedPlans struct {
	plans []Plan
	at    time.Time
}

// CachedPlans returns the handler of GET /v2/plans: the same price
// list, read from the database at most once a minute.
func (s *Server) CachedPlans() http.HandlerFunc {
	var mu sync.Mutex
	cache := make(map[string]cachedPlans)
	return func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		// not reported (missingcache): a cache lookup returns early on a hit
		if c, ok := cache["all"]; ok && time.Since(c.at) < time.Minute {
			reply(w, c.plans, nil)
			return
		}
		plans, err := s.plans(r)
		if err == nil {
			cache["all"] = cachedPlans{plans, time.Now()}
		}
		reply(w, plans, err)
	}
}

// SearchProducts serves GET /products/search?q=WORDS.
func (s *Server) SearchProducts(w http.ResponseWriter, r *http.Request) {
	// reported (missingcache), with a fix: the pattern is compiled
	// again for every request.
	valid := regexp.MustCompile(`^[\pL\pN -]{1,40}$`)
	q := r.URL.Query().Get("q")
	if !valid.MatchString(q) {
		http.Error(w, "bad query", http.StatusBadRequest)
		return
	}
	// not reported (missingcache): the argument comes from the request
	rows, err := s.DB.QueryContext(r.Context(), "SELECT sku, name FROM products WHERE name ILIKE $1 LIMIT 20", "%"+q+"%")
	if err != nil {
		reply(w, nil, err)
		return
	}
	defer rows.Close()
	type hit struct{ SKU, Name string }
	var hits []hit
	for rows.Next() {
		var h hit
		if err := rows.Scan(&h.SKU, &h.Name); err != nil {
			reply(w, nil, err)
			return
		}
		hits = append(hits, h)
	}
	reply(w, hits, rows.Err())
}
