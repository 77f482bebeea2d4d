package uploads

import (
	"net/http"
	"os"
	"path/filepath"
)

// A cache on the disk: the request reads the file back first and
// returns it when it is there; another instance computes it again.

func thumbPath(r *http.Request) string { return filepath.Join(dir, "thumbs", r.FormValue("id")) }

func Thumbnail(w http.ResponseWriter, r *http.Request) {
	p := thumbPath(r)
	if b, err := os.ReadFile(p); err == nil {
		w.Write(b)
		return
	}
	w.Write(render(p))
}

// render writes the path that its only caller reads back first.
func render(p string) []byte {
	b := []byte("thumb")
	os.WriteFile(p, b, 0o644) // not reported: a cache on the disk, read back by the same path
	return b
}

func Clip(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	p := thumbPath(r)
	if b, err := os.ReadFile(p); err == nil {
		return b, nil
	}
	b := []byte("clip")
	return b, os.WriteFile(p, b, 0o644) // not reported: the same in one function
}

func Replace(w http.ResponseWriter, r *http.Request) error {
	p := thumbPath(r)
	if _, err := os.Stat(p); err == nil {
		return os.ErrExist
	}
	return os.WriteFile(p, []byte(r.FormValue("body")), 0o644) // want `file written to the local disk on the request path of Replace`
}
