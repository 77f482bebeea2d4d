// Package ent is the shape of the code ent generates for two entities,
// User and Post (an edge from a user to its posts), reduced to what
// callers see.
package ent

import (
	"context"

	"entgo.io/ent/dialect"
)

type config struct {
	driver dialect.Driver
	debug  bool
}

type Client struct {
	config
	User *UserClient
	Post *PostClient
}

type UserClient struct{ config }

func (c *UserClient) Query() *UserQuery   { return &UserQuery{config: c.config} }
func (c *UserClient) Create() *UserCreate { return &UserCreate{config: c.config} }
func (c *UserClient) CreateBulk(builders ...*UserCreate) *UserCreateBulk {
	return &UserCreateBulk{config: c.config}
}
func (c *UserClient) Get(ctx context.Context, id int) (*User, error) { return nil, nil }

type PostClient struct{ config }

func (c *PostClient) Query() *PostQuery { return &PostQuery{config: c.config} }

type User struct {
	config
	ID   int
	Name string
}

// QueryPosts builds the query of the user's posts: it runs nothing.
func (u *User) QueryPosts() *PostQuery { return &PostQuery{config: u.config} }

type Post struct {
	ID    int
	Title string
}

type Predicate func()

type UserQuery struct {
	config
	predicates []Predicate
	limit      *int
}

func (q *UserQuery) Where(ps ...Predicate) *UserQuery              { return q }
func (q *UserQuery) Limit(n int) *UserQuery                        { return q }
func (q *UserQuery) Order(o ...func()) *UserQuery                  { return q }
func (q *UserQuery) WithPosts(opts ...func(*PostQuery)) *UserQuery { return q }
func (q *UserQuery) All(ctx context.Context) ([]*User, error)      { return nil, nil }
func (q *UserQuery) AllX(ctx context.Context) []*User              { return nil }
func (q *UserQuery) Only(ctx context.Context) (*User, error)       { return nil, nil }
func (q *UserQuery) Count(ctx context.Context) (int, error)        { return 0, nil }

type PostQuery struct{ config }

func (q *PostQuery) Where(ps ...Predicate) *PostQuery         { return q }
func (q *PostQuery) All(ctx context.Context) ([]*Post, error) { return nil, nil }

type UserCreate struct{ config }

func (c *UserCreate) SetName(s string) *UserCreate            { return c }
func (c *UserCreate) Save(ctx context.Context) (*User, error) { return nil, nil }
func (c *UserCreate) Exec(ctx context.Context) error          { return nil }

type UserCreateBulk struct{ config }

func (c *UserCreateBulk) Save(ctx context.Context) ([]*User, error) { return nil, nil }

// Open is not a builder method: it runs no statement.
func Open(driverName, dsn string) (*Client, error) { return &Client{}, nil }
