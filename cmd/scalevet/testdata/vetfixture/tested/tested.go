// Package tested has tests: go vet analyses it with its test files
// (the package "tested [tested.test]"), which scalevet -cache must
// report as the package itself, without what the tests add unless
// -test asks for it.
package tested

// Lookup stands for a query.
//
//scalevet:expensive
func Lookup(id int) int { return id * 2 }

// Total is an entry point that looks up each id on its own.
//
//scalevet:handler
func Total(ids []int) int {
	sum := 0
	for _, id := range ids {
		sum += Lookup(id)
	}
	return sum
}

// Each calls Lookup once per id: a finding only where an entry point
// reaches it, and only the tests declare one that does.
func Each(ids []int) int {
	sum := 0
	for _, id := range ids {
		sum += Lookup(id)
	}
	return sum
}
