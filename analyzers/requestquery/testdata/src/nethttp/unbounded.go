package nethttp

import "net/http"

const postsQuery = "SELECT id, title " + "FROM posts"

func Feed(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	db.QueryContext(ctx, postsQuery)                                          // want `^query "SELECT id, title FROM posts" reads the whole table \(no WHERE, no LIMIT\) on the request path of Feed; its cost grows with the table; add a WHERE or a LIMIT and paginate$`
	db.QueryRowContext(ctx, "SELECT COUNT(*) FROM orders")                    // want `query "SELECT COUNT\(\*\) FROM orders" counts every row of the table on the request path of Feed`
	db.QueryRowContext(ctx, "SELECT id FROM posts ORDER BY RANDOM() LIMIT 1") // want `sorts the whole table to pick at random`
	q := "SELECT * FROM comments"
	db.QueryContext(ctx, q) // want `query "SELECT \* FROM comments" reads the whole table`

	db.QueryContext(ctx, "SELECT id, title FROM posts ORDER BY id DESC LIMIT $1", 20) // not reported: bounded by LIMIT
	db.QueryContext(ctx, "SELECT id FROM posts WHERE author = $1", 7)                 // not reported: bounded by WHERE
	db.QueryRowContext(ctx, "SELECT MAX(id) FROM posts")                              // not reported: one row
	db.QueryContext(ctx, r.URL.Query().Get("q"))                                      // not reported: the text is not known
	db.ExecContext(ctx, "DELETE FROM carts")                                          // not reported: a write, not a read
	q2 := "SELECT * FROM tags"
	q2 += " WHERE id = $1"
	db.QueryContext(ctx, q2, 1) // not reported: assigned twice, text not known
}

func report() {
	db.Query("SELECT * FROM posts") // not reported: off the request path
}
