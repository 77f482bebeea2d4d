// Command pgx4app is a net/http service on pgx v4 and its pool: the
// same hazards as on v5.
package main

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"strings"

	"github.com/jackc/pgx/v4"
	"github.com/jackc/pgx/v4/pgxpool"
)

type server struct{ pool *pgxpool.Pool }

// stock reads each requested item's stock with its own query.
func (s *server) stock(w http.ResponseWriter, r *http.Request) {
	out := map[string]int{}
	for _, sku := range strings.Split(r.URL.Query().Get("skus"), ",") {
		var n int
		if err := s.pool.QueryRow(r.Context(), "SELECT quantity FROM stock WHERE sku = $1", sku).Scan(&n); err != nil { // want requestquery
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		out[sku] = n
	}
	json.NewEncoder(w).Encode(out)
}

// stockBatched is the fix of stock: one query for every sku, and a
// batch for the writes.
func (s *server) stockBatched(w http.ResponseWriter, r *http.Request) {
	skus := strings.Split(r.URL.Query().Get("skus"), ",")
	rows, err := s.pool.Query(r.Context(), "SELECT sku, quantity FROM stock WHERE sku = ANY($1)", skus) // not reported: one query for all skus
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	rows.Close()
	batch := &pgx.Batch{}
	for _, sku := range skus {
		batch.Queue("UPDATE stock SET seen = now() WHERE sku = $1", sku) // not reported: queued, sent once
	}
	s.pool.SendBatch(r.Context(), batch).Close()
}

func main() {
	pool, err := pgxpool.Connect(context.Background(), os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &server{pool: pool}
	http.HandleFunc("/stock", s.stock)
	http.HandleFunc("/v2/stock", s.stockBatched)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
