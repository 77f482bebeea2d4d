// Command server wires the upload handler to the local directory: the
// first package that sees both the handler's interface call and disk's
// implementation.
package main

import (
	"net/http"

	"blobs/disk"
	"blobs/web"
)

func main() {
	h := &web.Handler{
		Files: disk.New("uploads"), // want `^\(\*disk.Dir\).Put writes a file to the local disk on the request path of web.Handler.Upload, through the interface call files.Store.Put at web/web.go:\d+ \(web.Handler.Upload → disk.Dir.Put → os.WriteFile at disk.go:\d+\): a later request that the load balancer sends to another instance does not find it there; keep it in object storage \(S3, GCS\) or on a volume that every instance mounts$`
	}
	http.ListenAndServe(":8080", http.HandlerFunc(h.Upload))
}
