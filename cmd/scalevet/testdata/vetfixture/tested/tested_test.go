package tested

import "testing"

// fakeHandler is an entry point declared by a test file: without -test,
// it is not part of the program, and Each's loop is not reported.
//
//scalevet:handler
func fakeHandler(ids []int) int { return Each(ids) }

func TestTotal(t *testing.T) {
	if Total([]int{1, 2}) != 6 || fakeHandler(nil) != 0 {
		t.Fatal("wrong sum")
	}
}
