// Package b has a loop at the same file name and line as its sibling's:
// two loops, two causes.
package b

import "database/sql"

func Load(db *sql.DB, ids []int64) {
	for _, id := range ids {
		db.QueryRow("SELECT name FROM t WHERE id = $1", id)
	}
}
