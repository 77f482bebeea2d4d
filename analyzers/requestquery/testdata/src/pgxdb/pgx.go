package pgxdb

import (
	"context"
	"net/http"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
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
	pool.Query(ctx, "SELECT sku, price FROM prices") // want `query "SELECT sku, price FROM prices" reads the whole table`

	batch := &pgx.Batch{}
	for _, sku := range skus {
		batch.Queue("SELECT price FROM prices WHERE sku = $1", sku) // not reported: queued, sent once
	}
	pool.SendBatch(ctx, batch)
	pool.Query(ctx, "SELECT price FROM prices WHERE sku = ANY($1)", skus) // not reported: batched and bounded
	withConn(ctx)
}

func withConn(ctx context.Context) {
	conn, _ := pgx.Connect(ctx, "")
	for _, chunk := range [][][]any{nil, nil, nil} {
		conn.CopyFrom(ctx, pgx.Identifier{"t"}, []string{"a"}, pgx.CopyFromRows(chunk)) // not reported: COPY is a batch
	}
}
