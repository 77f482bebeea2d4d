package localstate

import (
	"io"
	"net/http"
	"os"
	"path/filepath"

	"github.com/gin-gonic/gin"
)

// Avatar saves the upload under the instance's own data directory; a
// later GET served by another instance does not find it.
func Avatar(c *gin.Context) {
	f, err := c.FormFile("avatar")
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	c.SaveUploadedFile(f, filepath.Join("data", "avatars", filepath.Base(f.Filename))) // want localstate
}

// Thumbnail converts the upload in a scratch file that it removes
// again. Not reported.
func Thumbnail(w http.ResponseWriter, r *http.Request) {
	p := filepath.Join(os.TempDir(), "thumb-"+r.FormValue("id"))
	defer os.Remove(p)
	f, err := os.Create(p)
	if err != nil {
		return
	}
	defer f.Close()
	io.Copy(f, r.Body)
}
