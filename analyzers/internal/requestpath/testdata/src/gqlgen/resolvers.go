package gqlgen

import (
	"context"

	"gqlgen/generated"
)

type Resolver struct{}

func (r *Resolver) Query() generated.QueryResolver { return &queryResolver{r} } // not an entry: the root hands out resolvers

type queryResolver struct{ *Resolver }

func (r *queryResolver) Albums(ctx context.Context, limit *int) ([]string, error) { // want `entry queryResolver\.Albums \(graphql\)`
	return load(ctx), nil
}

func (r *queryResolver) Album(ctx context.Context, id int) (string, error) { // want `entry queryResolver\.Album \(graphql\)`
	return "", nil
}

func (r *queryResolver) helper() {} // not an entry: not a resolver method

func load(ctx context.Context) []string { return nil } // want `reached from queryResolver\.Albums`

// Look-alike: a type with the same method names that implements no
// resolver interface.
type other struct{}

func (other) Albums(ctx context.Context, limit int) ([]string, error) { return nil, nil } // not an entry: wrong signature for QueryResolver
