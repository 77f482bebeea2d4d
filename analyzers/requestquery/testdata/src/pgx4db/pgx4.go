// Package pgx4db uses pgx v4 and its pool, and sqlc code generated for
// them: the same hazards as with v5.
package pgx4db

import (
	"context"
	"net/http"

	"github.com/jackc/pgconn"
	"github.com/jackc/pgx/v4"
	"github.com/jackc/pgx/v4/pgxpool"
)

var pool *pgxpool.Pool

func Prices(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var skus []string
	for _, sku := range skus {
		pool.QueryRow(ctx, "SELECT price FROM prices WHERE sku = $1", sku) // want `pool\.QueryRow runs a query once per iteration of this loop on the request path of Prices \(N\+1: [^)]*\)`
	}
	tx, _ := pool.Begin(ctx)
	for _, sku := range skus {
		tx.Exec(ctx, "INSERT INTO seen(sku) VALUES ($1)", sku) // want `tx\.Exec writes once per iteration of this loop on the request path of Prices`
	}
	pool.Query(ctx, "SELECT sku, price FROM prices")                                                     // want `query "SELECT sku, price FROM prices" reads the whole table`
	pool.QueryFunc(ctx, "SELECT sku FROM prices", nil, nil, func(pgx.QueryFuncRow) error { return nil }) // want `query "SELECT sku FROM prices" reads the whole table`

	batch := &pgx.Batch{}
	for _, sku := range skus {
		batch.Queue("SELECT price FROM prices WHERE sku = $1", sku) // not reported: queued, sent once
	}
	pool.SendBatch(ctx, batch)
	pool.Query(ctx, "SELECT price FROM prices WHERE sku = ANY($1)", skus) // not reported: batched and bounded
	for _, chunk := range [][][]interface{}{nil, nil, nil} {
		pool.CopyFrom(ctx, pgx.Identifier{"t"}, []string{"a"}, pgx.CopyFromRows(chunk)) // not reported: COPY is a batch
	}
}

// DBTX is what sqlc generates for pgx v4.
type DBTX interface {
	Exec(context.Context, string, ...interface{}) (pgconn.CommandTag, error)
	Query(context.Context, string, ...interface{}) (pgx.Rows, error)
	QueryRow(context.Context, string, ...interface{}) pgx.Row
}

type Queries struct{ db DBTX }

const getPrice = `SELECT price FROM prices WHERE sku = $1`

func (q *Queries) GetPrice(ctx context.Context, sku string) (int, error) {
	var p int
	err := q.db.QueryRow(ctx, getPrice, sku).Scan(&p) // want `q\.db\.QueryRow runs a query once per iteration of the loop in Cart\.func1 at pgx4\.go:\d+ on the request path of Cart\.func1 \(N\+1: [^)]*\)`
	return p, err
}

func Cart(q *Queries) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		for _, sku := range r.URL.Query()["sku"] {
			q.GetPrice(r.Context(), sku) // the N+1 of GetPrice's query, reported there
		}
	}
}
