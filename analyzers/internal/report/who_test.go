package report

import "testing"

func TestWho(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in   []string
		want string
	}{
		{nil, ""},
		{[]string{"A"}, "A"},
		{[]string{"A", "B"}, "A and B"},
		{[]string{"A", "B", "C"}, "A, B and C"},
		{[]string{"A", "B", "C", "D", "E"}, "A, B, C and 2 more"},
	} {
		if got := Who(tc.in); got != tc.want {
			t.Errorf("Who(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
