package main_test

import (
	"os"
	"testing"
)

// longEnv names the environment variable that turns on the long
// end-to-end tests: SCALEVET_LONG=1 go test ./... (.ci/run does). The
// README's go test ./... leaves them out, so that it stays within go
// test's default timeout on a small machine with a cold build cache.
const longEnv = "SCALEVET_LONG"

// long skips the test unless SCALEVET_LONG=1 asks for the long tests.
func long(t *testing.T, why string) {
	t.Helper()
	if os.Getenv(longEnv) != "1" {
		t.Skipf("long (%s): run with %s=1", why, longEnv)
	}
}
