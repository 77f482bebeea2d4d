package main

import "testing"

// TestStableCause checks which cause key a fingerprint hashes: never one
// that names a single position (it moves with every edit above it and
// holds the absolute file name, so a baseline written in one checkout
// would not match in another); a loop of another file by file alone.
func TestStableCause(t *testing.T) {
	for _, c := range []struct {
		keys []string
		want string
	}{
		{[]string{"nplusone|site@pos:/tmp/a/orders/orders.go:24:8", "repeat|loop@pos:/tmp/a/orders/orders.go:20:2"}, ""},
		{[]string{"nplusone|site@1234"}, ""},
		{[]string{"query|site@pos:/src/web.go:9:3", "query|owner@store.Orders"}, "query|owner@store.Orders"},
		{[]string{"repeat|loop@shop.go:20"}, "repeat|loop@shop.go"},
		{[]string{"nplusone|site@pos:/src/web.go:9:3", "repeat|loop@shop.go:20"}, "repeat|loop@shop.go"},
	} {
		if got := stableCause(c.keys); got != c.want {
			t.Errorf("stableCause(%q) = %q, want %q", c.keys, got, c.want)
		}
	}
}
