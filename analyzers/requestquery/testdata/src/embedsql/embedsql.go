// Package embedsql keeps its queries in .sql files that //go:embed puts
// into the binary: the text is the file's, judged as if it were written
// in the call.
package embedsql

import (
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

var db *sql.DB

//go:embed queries/users.sql
var allUsers string

//go:embed queries/user_by_id.sql
var userByID []byte

//go:embed queries
var files embed.FS

//go:embed named.sql
var named string

// stmts holds the statements of named.sql by name, as a goyesql-style
// parser makes them at start-up.
var stmts = parse(named)

// parse splits text at its "-- name:" lines.
func parse(text string) map[string]string {
	out := make(map[string]string)
	name := ""
	for _, line := range strings.Split(text, "\n") {
		if n, ok := strings.CutPrefix(line, "-- name: "); ok {
			name = strings.Fields(n)[0]
			continue
		}
		out[name] += line + "\n"
	}
	return out
}

func Users(w http.ResponseWriter, r *http.Request) {
	db.Query(allUsers) // want `^query "SELECT id, name FROM users ORDER BY name" reads the whole table \(no WHERE, no LIMIT\) on the request path of Users; its cost grows with the table; add a WHERE or a LIMIT and paginate$`
}

func User(w http.ResponseWriter, r *http.Request) {
	db.QueryRow(string(userByID), r.URL.Query().Get("id")) // not reported: one row by its key
}

func UsersFromFS(w http.ResponseWriter, r *http.Request) {
	q, _ := files.ReadFile("queries/users.sql")
	db.Query(string(q)) // want `query "SELECT id, name FROM users ORDER BY name" reads the whole table`
	one, _ := files.ReadFile("queries/user_by_id.sql")
	db.QueryRow(string(one), r.URL.Query().Get("id")) // not reported: one row by its key
	other, _ := files.ReadFile("queries/missing.sql")
	db.Query(string(other)) // not reported: no such file, the text is not known
}

func Orders(w http.ResponseWriter, r *http.Request) {
	db.Query(stmts["all-orders"])    // want `query "SELECT id, total FROM orders" reads the whole table`
	db.Query(stmts["recent-orders"]) // not reported: LIMIT 20
	db.Query(stmts["no-such-name"])  // not reported: the file names no such statement
}

func OrderItems(w http.ResponseWriter, r *http.Request) {
	for _, id := range r.URL.Query()["order"] {
		db.Query(stmts["order-items"], id) // want `runs a query once per iteration of this loop`
	}
}

// The statement's text decides what it does: an UPDATE run through
// Query writes.
func TouchOrders(w http.ResponseWriter, r *http.Request) {
	for _, id := range r.URL.Query()["order"] {
		db.Query(stmts["touch-order"], id) // want `writes once per iteration of this loop`
	}
}

// A statement chosen by the request is not known, but it is still a
// query: repeated per element, it is an N+1.
func ByName(w http.ResponseWriter, r *http.Request) {
	db.Query(stmts[r.URL.Query().Get("q")]) // not reported: the text is not known
	for _, id := range r.URL.Query()["id"] {
		db.Query(stmts[r.URL.Query().Get("q")], id) // want `runs a query once per iteration of this loop`
	}
}

// query returns the text of queries/NAME.sql: a helper that reads the
// file its argument names.
func query(name string) string {
	b, err := files.ReadFile("queries/" + name + ".sql")
	if err != nil {
		panic(err)
	}
	return string(b)
}

// queryAt is the same helper, joining the path.
func queryAt(dir, name string) string {
	b, _ := fs.ReadFile(files, path.Join(dir, fmt.Sprintf("%s.sql", name)))
	return string(b)
}

var usersSQL = query("users")

func UsersByHelper(w http.ResponseWriter, r *http.Request) {
	db.Query(usersSQL)                                        // want `query "SELECT id, name FROM users ORDER BY name" reads the whole table`
	db.Query(query("users"))                                  // want `query "SELECT id, name FROM users ORDER BY name" reads the whole table`
	db.Query(queryAt("queries", "users"))                     // want `query "SELECT id, name FROM users ORDER BY name" reads the whole table`
	db.QueryRow(query("user_by_id"), r.URL.Query().Get("id")) // not reported: one row by its key
	db.Query(query(r.URL.Query().Get("q")))                   // not reported: the request names the file
	db.Query(queryAt("elsewhere", "users"))                   // not reported: no such file
}
