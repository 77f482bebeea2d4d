package web

import (
	"net/http"
	"strconv"
)

// ids returns the ids the request asks for.
func ids(r *http.Request) []int {
	var out []int
	for _, s := range r.URL.Query()["id"] {
		if id, err := strconv.Atoi(s); err == nil {
			out = append(out, id)
		}
	}
	return out
}
