package middle // want package:`impls \(\*crosspkg/upstream.catalog\).Lookup, \(\*crosspkg/upstream.catalog\).Names, \(\*crosspkg/upstream.primary\).Fetch, \(\*crosspkg/upstream.replica\).Fetch}$`

// The package is a service over upstream: it passes some parameters
// through and fixes others.

import (
	"context"
	"database/sql"

	"crosspkg/upstream"
)

type Service struct{ DB *sql.DB }

// DefaultPlanID is configuration.
const DefaultPlanID = 1

// Default reads the default plan: invariant when the service is.
func (s *Service) Default(ctx context.Context) (upstream.Row, error) { // want Default:`query \(\*sql.DB\).QueryRowContext if\(0\) via middle.Service.Default>upstream.Plan`
	return upstream.Plan(ctx, s.DB, DefaultPlanID)
}

// ByID passes the id through.
func (s *Service) ByID(ctx context.Context, id int64) (upstream.Row, error) { // want ByID:`query \(\*sql.DB\).QueryRowContext if\(0,2\) via middle.Service.ByID>upstream.Plan`
	return upstream.Plan(ctx, s.DB, id)
}

// All lists the plans.
func (s *Service) All(ctx context.Context) ([]upstream.Row, error) { // want All:`query \(\*sql.DB\).QueryContext if\(0\) via middle.Service.All>upstream.Plans`
	return upstream.Plans(ctx, s.DB)
}
