// Package ent is the shape of the code ent generates for two entities,
// User and Post, reduced to what callers see.
package ent

import (
	"context"

	"entgo.io/ent/dialect"

	"builders/ent/predicate"
	"builders/ent/user"
)

type config struct{ driver dialect.Driver }

type Client struct {
	config
	User *UserClient
}

type UserClient struct{ config }

func (c *UserClient) Query() *UserQuery { return &UserQuery{config: c.config} } // want Query:`^returns if\(0\)$`
func (c *UserClient) Get(ctx context.Context, id int) (*User, error) {
	return c.Query().Where(user.IDEQ(id)).Only(ctx)
}

type User struct {
	config
	ID   int
	Name string
}

// QueryPosts builds the query of the user's posts: it runs nothing.
func (u *User) QueryPosts() *PostQuery { return &PostQuery{config: u.config} } // want QueryPosts:`^returns if\(0\)$`

type Post struct{ ID int }

type UserQuery struct {
	config
	predicates []predicate.User
}

func (q *UserQuery) Where(ps ...predicate.User) *UserQuery { // want Where:`^returns if\(0,1\)$`
	q.predicates = append(q.predicates, ps...)
	return q
}
func (q *UserQuery) Limit(n int) *UserQuery                   { return q }        // want Limit:`^returns if\(0\)$`
func (q *UserQuery) Only(ctx context.Context) (*User, error)  { return nil, nil } // want Only:`^returns if\(\)$`
func (q *UserQuery) All(ctx context.Context) ([]*User, error) { return nil, nil } // want All:`^returns if\(\)$`

type PostQuery struct{ config }

func (q *PostQuery) All(ctx context.Context) ([]*Post, error) { return nil, nil } // want All:`^returns if\(\)$`
