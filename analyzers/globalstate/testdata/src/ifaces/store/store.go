// Package store declares the interfaces the handlers call.
package store

// Seeds keeps a random-order seed per user.
type Seeds interface {
	Set(user, seed string)
}

// Tracker has no implementation anywhere.
type Tracker interface {
	Track(user string)
}
