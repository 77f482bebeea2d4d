package nethttp

import (
	"net/http"
	"slices"
)

// A loop over chunks of a collection makes one round trip per chunk
// with the whole chunk: batching, not an N+1.
func Tracks(w http.ResponseWriter, r *http.Request) {
	ids := r.URL.Query()["id"]
	for chunk := range slices.Chunk(ids, 500) {
		db.QueryContext(r.Context(), "SELECT * FROM tracks WHERE id = $1", chunk) // not reported: one query per chunk of 500
	}
	for _, part := range split(ids, 100) {
		db.ExecContext(r.Context(), "UPDATE tracks SET seen = true WHERE id = $1", part) // not reported: one write per chunk of 100
	}
}

// split cuts ids into slices of at most n.
func split(ids []string, n int) [][]string {
	var out [][]string
	for len(ids) > n {
		out = append(out, ids[:n])
		ids = ids[n:]
	}
	return append(out, ids)
}

// The look-alike: rows of a table are slices too, but each row is one
// element, written one at a time.
func ImportRows(w http.ResponseWriter, r *http.Request) {
	var rows [][]string
	for _, row := range rows {
		db.ExecContext(r.Context(), "INSERT INTO tracks (title) VALUES ($1)", row[0]) // want `writes once per iteration of this loop`
	}
}

// A loop that steps through a collection a batch at a time, slicing
// each batch, sends one statement per batch.
func SavePositions(w http.ResponseWriter, r *http.Request) {
	const batchSize = 100
	positions := r.URL.Query()["p"]
	for start := 0; start < len(positions); start += batchSize {
		batch := positions[start:min(start+batchSize, len(positions))]
		db.ExecContext(r.Context(), "INSERT INTO positions (p) VALUES ($1)", batch) // not reported: one statement per batch of 100
	}
	for i := 0; i < len(positions); i += 2 {
		db.ExecContext(r.Context(), "INSERT INTO pairs (a, b) VALUES ($1, $2)", positions[i], positions[i+1]) // want `writes once per iteration of this loop`
	}
}

// pageBefore reads one page of at most n ids older than before.
func pageBefore(r *http.Request, before, n int) []int {
	rows, _ := db.QueryContext(r.Context(), "SELECT id FROM events WHERE id < $1 ORDER BY id DESC LIMIT $2", before, n)
	defer rows.Close()
	var ids []int
	for rows.Next() {
		var id int
		rows.Scan(&id)
		ids = append(ids, id)
	}
	return ids
}

// Keyset pagination up to the count the request asked for: one query
// per page, not per element.
func Recent(w http.ResponseWriter, r *http.Request) {
	want, before := 200, 1<<62
	var out []int
	for len(out) < want && before > 0 {
		page := pageBefore(r, before, 50) // not reported: one query per page of 50 until the count is reached
		if len(page) == 0 {
			break
		}
		out = append(out, page...)
		before = page[len(page)-1]
	}
	// The look-alike adds one element per query.
	var one []int
	for len(one) < want {
		var id int
		db.QueryRowContext(r.Context(), "SELECT id FROM events WHERE id < $1 ORDER BY id DESC LIMIT 1", before).Scan(&id) // want `runs a query once per iteration of this loop on the request path of Recent`
		one = append(one, id)
		before = id
	}
}
