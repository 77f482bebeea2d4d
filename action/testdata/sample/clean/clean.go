// Package clean has nothing to report.
package clean

import "net/http"

// Hello says hello.
func Hello(w http.ResponseWriter, r *http.Request) {
	_, _ = w.Write([]byte("hello"))
}
