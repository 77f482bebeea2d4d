package embedded

import (
	"database/sql"
	"testing"
)

// not reported: a test file
func TestOpen(t *testing.T) {
	db, _ := sql.Open("sqlite3", ":memory:")
	_ = db
}
