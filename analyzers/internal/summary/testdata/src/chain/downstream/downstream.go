package downstream // want package:"has summaries"

import (
	"context"
	"database/sql"

	"chain/middle"
)

func Top(ctx context.Context, db *sql.DB) { // want Top:`^query \(\*sql\.DB\)\.QueryRowContext@upstream\.go:\d+ loop@middle\.go:\d+ via downstream\.Top>middle\.Each>upstream\.Get; query \(\*sql\.DB\)\.QueryRowContext@upstream\.go:\d+ via downstream\.Top>middle\.Once>upstream\.Get; expensive`
	middle.Each(ctx, db, nil)
	middle.Once(ctx, db)
	middle.NoOps()
}
