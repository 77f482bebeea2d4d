package middle // want package:"has summaries"

import (
	"context"
	"database/sql"

	"chain/upstream"
)

func Each(ctx context.Context, db *sql.DB, ids []int) { // want Each:`^query \(\*sql\.DB\)\.QueryRowContext@upstream\.go:\d+ loop@middle\.go:\d+ via middle\.Each>upstream\.Get$`
	for _, id := range ids {
		upstream.Get(ctx, db, id)
	}
}

func Once(ctx context.Context, db *sql.DB) { // want Once:`^query \(\*sql\.DB\)\.QueryRowContext@upstream\.go:\d+ via middle\.Once>upstream\.Get; expensive upstream\.Expensive@upstream\.go:\d+ via middle\.Once>upstream\.Expensive$`
	upstream.Get(ctx, db, 1)
	upstream.Expensive()
}

// Recursive functions get a summary too.
func walk(db *sql.DB, n int) { // want walk:`query \(\*sql\.DB\)\.Query@middle\.go:\d+ via middle\.walk`
	if n == 0 {
		return
	}
	db.Query("SELECT 1 FROM t WHERE n = $1", n)
	walk(db, n-1)
}

func NoOps() {}
