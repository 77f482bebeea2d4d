package upstream // want package:"has summaries"

import (
	"context"
	"database/sql"
	"net/http"
)

func Get(ctx context.Context, db *sql.DB, id int) { // want Get:`^query \(\*sql\.DB\)\.QueryRowContext@upstream\.go:\d+ via upstream\.Get$`
	db.QueryRowContext(ctx, "SELECT name FROM users WHERE id = $1", id)
}

func All(db *sql.DB) { // want All:`query \(\*sql\.DB\)\.Query@upstream\.go:\d+ unbounded\(no WHERE, no LIMIT\) via upstream\.All`
	db.Query("SELECT * FROM users")
}

func Many(db *sql.DB, ids []int) { // want Many:`batch \(\*sql\.DB\)\.Query@upstream\.go:\d+|query \(\*sql\.DB\)\.Query@upstream\.go:\d+ batched`
	db.Query("SELECT * FROM users WHERE id = ANY($1)", ids)
}

func Fetch(url string) { // want Fetch:`remote-call http\.Get@upstream\.go:\d+ via upstream\.Fetch`
	http.Get(url)
}

// Expensive is the user's own expensive operation.
//
//scalevet:expensive
func Expensive() { // want Expensive:`^expensive upstream\.Expensive@upstream\.go:\d+ via upstream\.Expensive$`
}

func pure(a, b int) int { return a + b }
