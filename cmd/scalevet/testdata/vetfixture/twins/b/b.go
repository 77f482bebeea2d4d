// Package b is one of two packages whose files are the same byte for
// byte but for this name: its N+1 is at the same offset as its twin's,
// and is a finding of its own all the same.
package b

import "example.com/vetfixture/twins/lookup"

// Total is an entry point that looks up each id on its own.
//
//scalevet:handler
func Total(ids []int) int {
	sum := 0
	for _, id := range ids {
		sum += lookup.Lookup(id)
	}
	return sum
}
