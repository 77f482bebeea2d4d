package policy

import "testing"

func TestX(t *testing.T) {
	hazard() // not reported: test file
}
