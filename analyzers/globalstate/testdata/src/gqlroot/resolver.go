// Package gqlroot wires the root resolver from one resolver per domain.
package gqlroot

import (
	"gqlroot/generated"
	"gqlroot/visits"
)

type resolver struct {
	visits.VisitResolvers // want `handler visits\.VisitResolvers\.Visit grows package-level map visits\.counts with no lock`
}

func (r *resolver) Mutation() generated.MutationResolver { return r }

var _ generated.ResolverRoot = (*resolver)(nil)
