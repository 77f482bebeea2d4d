package nethttp

import (
	"net/http"
	"regexp"
)

// not reported: test files
func testHandler(w http.ResponseWriter, r *http.Request) {
	regexp.MustCompile(`^t$`)
}
