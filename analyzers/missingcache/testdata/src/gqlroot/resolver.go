// Package gqlroot wires the root resolver from one resolver per domain.
package gqlroot

import (
	"gqlroot/generated"
	"gqlroot/plans"
)

type resolver struct {
	plans.PlanResolvers // want `plans\.PlanResolvers\.Plans runs a query \(plans\.PlanResolvers\.Plans → \(\*gorm\.DB\)\.Find at plans\.go:\d+\) with arguments that do not depend on the request of plans\.PlanResolvers\.Plans`
}

func (r *resolver) Query() generated.QueryResolver { return r } // want Query:`^returns if\(0\)$`

var _ generated.ResolverRoot = (*resolver)(nil)
