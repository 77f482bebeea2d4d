// Package loop is the smallest N+1 that go vet can check without
// compiling the standard library: an expensive call, declared by
// directive, once per element on the request path of a declared entry
// point. It imports nothing, so go vet with an empty build cache is fast.
package loop

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
