// Package store declares the data interfaces; it implements none.
package store

import "context"

type Order struct{ ID, UserID int }
type User struct{ ID int }

// Orders is implemented in pg (a database) and in mem (a map).
type Orders interface {
	List(ctx context.Context) ([]Order, error)
	All(ctx context.Context) ([]Order, error)
}

// Users is implemented in pg only.
type Users interface {
	Get(ctx context.Context, id int) (User, error)
	Put(ctx context.Context, u User) error
	PutAll(ctx context.Context, us []User) error
}

// Audit has no implementation anywhere in the program.
type Audit interface {
	Record(ctx context.Context, what string) error
}

// Tags is implemented in pg and in lite, one per database, each with
// its own copy of the method.
type Tags interface {
	SetAll(ctx context.Context, postID int, names []string) error
}
