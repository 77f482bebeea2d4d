// Package ctrl holds controllers that take the framework's context and
// that another package's handlers call: entry points here, where what
// they do is reported once.
package ctrl

import (
	"context"
	"database/sql"
	"strings"

	"github.com/gin-gonic/gin"
)

type Files struct{ db *sql.DB }

// Trash deletes the files one by one.
func (f *Files) Trash(c *gin.Context, ids []int) error {
	for _, id := range ids {
		f.db.ExecContext(context.TODO(), "DELETE FROM files WHERE id = $1", id) // want `^f.db.ExecContext writes once per iteration of this loop on the request path of Files.Trash`
	}
	return nil
}

// Owner reads one file's owner.
func (f *Files) Owner(c *gin.Context, id int) int {
	var o int
	f.db.QueryRowContext(context.TODO(), "SELECT owner FROM files WHERE id = $1", id).Scan(&o)
	return o
}

// All reads every file.
func (f *Files) All(c *gin.Context) error {
	f.db.QueryContext(context.TODO(), "SELECT id FROM files") // want `^query "SELECT id FROM files" reads the whole table`
	return nil
}

// Split is a helper that is not an entry point: it takes no request.
func Split(s string) []string { return strings.Split(s, ",") }
