package uploads

import (
	"io"
	"net/http"
	"os"
	"path/filepath"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"

	"uploads/store"
)

const dir = "./data/uploads"

func Upload(w http.ResponseWriter, r *http.Request) {
	src, _, err := r.FormFile("file")
	if err != nil {
		return
	}
	dst, err := os.Create(filepath.Join(dir, r.FormValue("name"))) // want `file written to the local disk on the request path of Upload \(os.Create at uploads.go:\d+\): a later request that the load balancer sends to another instance does not find it there; keep it in object storage \(S3, GCS\) or on a volume that every instance mounts`
	if err != nil {
		return
	}
	defer dst.Close()
	io.Copy(dst, src)
}

func Avatar(c *gin.Context) {
	f, _ := c.FormFile("avatar")
	c.SaveUploadedFile(f, filepath.Join(dir, f.Filename)) // want `file written to the local disk on the request path of Avatar \(\(\*gin.Context\).SaveUploadedFile at uploads.go:\d+\)`
}

func Attach(c *fiber.Ctx) error {
	f, _ := c.FormFile("file")
	return c.SaveFile(f, "./attachments/"+f.Filename) // want `file written to the local disk on the request path of Attach`
}

// Two handlers reach one helper that writes through the store: one
// finding, at the first call, naming both.
type Server struct {
	disk *store.Disk
}

func (s *Server) save(name string, b []byte) error {
	return s.disk.Put(name, b) // want `file written to the local disk on the request path of Server.Logo and Server.Banner \(store.Disk.Put → os.WriteFile at store.go:\d+\)`
}

func (s *Server) Logo(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	s.save("logo.png", b)
}

func (s *Server) Banner(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	s.save("banner.png", b)
}

// not reported: a scratch file under the temporary directory
func Convert(w http.ResponseWriter, r *http.Request) {
	tmp, err := os.Create(filepath.Join(os.TempDir(), "convert-"+r.FormValue("id")))
	if err != nil {
		return
	}
	defer tmp.Close()
	io.Copy(tmp, r.Body)
}

// not reported: a file the request removes again
func Resize(w http.ResponseWriter, r *http.Request) {
	p := filepath.Join(dir, "resize-"+r.FormValue("id"))
	defer os.Remove(p)
	os.WriteFile(p, nil, 0o600)
}

// not reported: a file in a directory the request made with os.MkdirTemp
func Unpack(w http.ResponseWriter, r *http.Request) {
	work, _ := os.MkdirTemp("", "unpack")
	out := filepath.Join(work, "archive.zip")
	os.WriteFile(out, nil, 0o600)
}

// not reported: a file written at start-up, off the request path
func WritePID() error {
	return os.WriteFile("app.pid", []byte("1"), 0o644)
}

func saveFile(path string, src io.Reader) error {
	f, err := os.Create(filepath.Clean(path))
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(f, src)
	return err
}

// not reported: the helper writes the path that its only caller
// removes again (an import read back in the same request)
func Import(w http.ResponseWriter, r *http.Request) {
	path := filepath.Join(dir, "import-"+r.FormValue("id")+".xlsx")
	defer os.Remove(path)
	saveFile(path, r.Body)
}

func keep(path string, src io.Reader) error {
	f, err := os.Create(path) // want `file written to the local disk on the request path of Keep \(os.Create at uploads.go:\d+\)`
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(f, src)
	return err
}

// The twin: a caller that keeps the file.
func Keep(w http.ResponseWriter, r *http.Request) {
	keep(filepath.Join(dir, r.FormValue("name")), r.Body)
}

func extract(archive, dest string) error {
	f, err := os.Open(archive)
	if err != nil {
		return err
	}
	defer f.Close()
	name := readName(f)
	return os.WriteFile(filepath.Join(dest, name), nil, 0o644) // want `file written to the local disk on the request path of Install`
}

func readName(r io.Reader) string { return "entry" }

// The archive is a scratch file; what is extracted from it is kept.
func Install(w http.ResponseWriter, r *http.Request) {
	archive := filepath.Join(os.TempDir(), "pkg.tar")
	defer os.Remove(archive)
	extract(archive, "./plugins")
}

func Attachment(w http.ResponseWriter, r *http.Request) {
	f, err := os.OpenFile(filepath.Join(dir, r.FormValue("id")), os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600) // want `file written to the local disk on the request path of Attachment \(os.OpenFile at uploads.go:\d+\)`
	if err != nil {
		return
	}
	defer f.Close()
	io.Copy(f, r.Body)
}

// not reported: appending to a log file, and opening a file to read it
func Audit(w http.ResponseWriter, r *http.Request) {
	f, err := os.OpenFile("audit.log", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err == nil {
		f.WriteString(r.URL.Path + "\n")
		f.Close()
	}
	g, err := os.OpenFile(filepath.Join(dir, r.FormValue("id")), os.O_RDONLY, 0)
	if err == nil {
		io.Copy(w, g)
		g.Close()
	}
}

// Removed only when the write fails: the file stays otherwise.
func Store(w http.ResponseWriter, r *http.Request) {
	p := filepath.Join(dir, r.FormValue("id"))
	f, err := os.OpenFile(p, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600) // want `file written to the local disk on the request path of Store`
	if err != nil {
		return
	}
	if _, err := io.Copy(f, r.Body); err != nil {
		os.Remove(p)
	}
	f.Close()
}

// not reported: removed by a deferred function
func Preview(w http.ResponseWriter, r *http.Request) {
	p := filepath.Join(dir, "preview-"+r.FormValue("id"))
	defer func() {
		os.Remove(p)
	}()
	os.WriteFile(p, nil, 0o600)
}
