// Command memserver wires the upload handler to memory.
package main

import (
	"net/http"

	"blobs/memory"
	"blobs/web"
)

func main() {
	// not reported: the only implementation visible here writes no file
	h := &web.Handler{Files: &memory.Store{}}
	http.ListenAndServe(":8080", http.HandlerFunc(h.Upload))
}
