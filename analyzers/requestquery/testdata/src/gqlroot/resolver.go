// Package gqlroot wires the root resolver from one resolver per domain.
package gqlroot

import (
	"github.com/jinzhu/gorm"

	"gqlroot/generated"
	"gqlroot/spans"
	"gqlroot/users"
)

type resolver struct {
	spans.SpanResolvers // want `spans\.SpanResolvers\.CreateSpan runs a query once per iteration of its loop at spans\.go:\d+ \(spans\.SpanResolvers\.CreateSpan → \(\*gorm\.DB\)\.Find at spans\.go:\d+\) on the request path of spans\.SpanResolvers\.CreateSpan \(N\+1: 100 elements mean 100 queries instead of 1\); fix it at spans\.go:\d+: fetch all rows` `spans\.SpanResolvers\.Owner runs a query \(spans\.SpanResolvers\.Owner → \(\*gorm\.DB\)\.Find at spans\.go:\d+\) once per element of the list of Span that GraphQL resolves it for, on the request path of spans\.SpanResolvers\.Owner \(N\+1: 100 elements mean 100 queries instead of 1\); load the field for the whole list at once with a dataloader`
	users.UserResolvers // want `users\.UserResolvers\.Users runs a query that reads the whole table \(no WHERE, no LIMIT\) \(users\.UserResolvers\.Users → \(\*gorm\.DB\)\.Find at users\.go:\d+\) on the request path of users\.UserResolvers\.Users`
}

func New(db *gorm.DB) generated.ResolverRoot {
	return &resolver{spans.SpanResolvers{DB: db}, users.UserResolvers{DB: db}}
}

func (r *resolver) Mutation() generated.MutationResolver { return r }
func (r *resolver) Query() generated.QueryResolver       { return r }
func (r *resolver) Span() generated.SpanResolver         { return r }
