package nethttp

import "net/http"

var testSessions = map[string]bool{}

// not reported: test files are not checked
func testLogin(w http.ResponseWriter, r *http.Request) {
	c, _ := r.Cookie("sid")
	testSessions[c.Value] = true
}
