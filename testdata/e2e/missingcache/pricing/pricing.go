// Package pricing reads the price list: its query does not depend on the
// caller, so a handler that calls it per request is reported at the call.
package pricing

import (
	"context"
	"database/sql"
)

// Plan is a row of the plans table.
type Plan struct {
	Name       string
	PriceCents int64
}

// Plans reads the price list.
func Plans(ctx context.Context, db *sql.DB) ([]Plan, error) {
	rows, err := db.QueryContext(ctx, "SELECT name, price_cents FROM plans ORDER BY price_cents LIMIT 50")
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

// ByID reads one plan: invariant only when the caller's id is.
func ByID(ctx context.Context, db *sql.DB, id int64) (Plan, error) {
	p := Plan{}
	err := db.QueryRowContext(ctx, "SELECT name, price_cents FROM plans WHERE id = $1", id).Scan(&p.Name, &p.PriceCents)
	return p, err
}
