// Package selfassign has a mistake that only the standard vet checks find
// (assign), and nothing scalevet's own analyzers report. It imports
// nothing, so go vet with an empty build cache is fast.
package selfassign

// Twice returns twice n, after a useless assignment.
func Twice(n int) int {
	n = n
	return 2 * n
}
