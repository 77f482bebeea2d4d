// Package root wires the root resolver from one resolver per domain.
package root

import (
	"database/sql"

	"example.com/vetfixture/gqlroot/generated"
	"example.com/vetfixture/gqlroot/spans"
)

type resolver struct {
	spans.Resolvers
}

func New(db *sql.DB) generated.ResolverRoot { return &resolver{spans.Resolvers{DB: db}} }

func (r *resolver) Mutation() generated.MutationResolver { return r }
