// Package lookup stands for a store that twins/a and twins/b both use.
package lookup

// Lookup stands for a query.
//
//scalevet:expensive
func Lookup(id int) int { return id * 2 }
