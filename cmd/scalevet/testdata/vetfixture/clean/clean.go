// Package clean has nothing to report.
package clean

// Sum adds the numbers up.
func Sum(ns []int) int {
	sum := 0
	for _, n := range ns {
		sum += n
	}
	return sum
}
