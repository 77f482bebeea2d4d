package nethttp

import (
	"context"
	"net/http"
)

type member struct{ Name string }

// memberByID reads one member; nil when there is none.
func memberByID(ctx context.Context, id int) (*member, error) {
	var m member
	if err := db.QueryRowContext(ctx, "SELECT name FROM members WHERE id = $1", id).Scan(&m.Name); err != nil { // want `db.QueryRowContext runs a query once per iteration of the loop in Members at lookups.go:22`
		return nil, err
	}
	return &m, nil
}

func Members(w http.ResponseWriter, r *http.Request) {
	var ids []int
	var names []string
	for _, id := range ids {
		m, err := memberByID(r.Context(), id) // reported at the query
		if err != nil {
			return
		}
		if m == nil {
			return // leaves the loop on a failure: every member found is one more query
		}
		names = append(names, m.Name)
	}
	for _, id := range ids {
		m, err := memberByID(r.Context(), id) // not reported: the loop ends on the first member read
		if err == nil {
			names = append(names, m.Name)
			return
		}
	}
}
