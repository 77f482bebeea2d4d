package nethttp

import (
	"context"
	"database/sql"
	"errors"
	"net/http"
)

func main() {
	for _, m := range migrations {
		db.Exec(m) // not reported: main runs once, at start-up
	}
}

var migrations []string

// cron is not reachable from a handler.
func cron(ctx context.Context, ids []int) {
	for _, id := range ids {
		db.ExecContext(ctx, "DELETE FROM sessions WHERE id = $1", id) // not reported: off the request path
	}
}

func Safe(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var ids []int
	var name string

	// not reported: one batched query for all ids
	db.QueryContext(ctx, "SELECT id, name FROM users WHERE id = ANY($1)", ids)

	for _, chunk := range [][]int{ids} {
		db.QueryContext(ctx, "SELECT id FROM users WHERE id = ANY($1)", chunk) // not reported: a batched query per chunk
	}

	// not reported: a retry loop around one query
	for attempt := 0; attempt < 3; attempt++ {
		err := db.QueryRowContext(ctx, "SELECT name FROM users WHERE id = $1", 1).Scan(&name)
		if err == nil {
			break
		}
	}

	// not reported: a loop over a small constant literal
	for _, table := range []string{"users", "orders"} {
		db.QueryRowContext(ctx, "SELECT count(*) FROM stats WHERE name = $1", table)
	}

	// not reported: the loop ends on the first result
	for _, id := range ids {
		if err := db.QueryRowContext(ctx, "SELECT name FROM users WHERE id = $1", id).Scan(&name); err == nil {
			return
		}
	}
	for _, id := range ids {
		db.QueryRowContext(ctx, "SELECT name FROM users WHERE id = $1", id).Scan(&name) // not reported: returns after the first query
		w.Write([]byte(name))
		return
	}

	// not reported: a prepared statement executed per row is the database/sql bulk idiom
	stmt, _ := db.PrepareContext(ctx, "INSERT INTO t(id) VALUES ($1)")
	for _, id := range ids {
		stmt.ExecContext(ctx, id)
	}

	// not reported: an event loop, each iteration its own unit of work
	events := make(chan int)
	for ev := range events {
		db.ExecContext(ctx, "UPDATE counters SET n = n + 1 WHERE id = $1", ev)
	}
	for {
		if _, err := db.ExecContext(ctx, "UPDATE leases SET t = now() WHERE id = 1"); !errors.Is(err, sql.ErrConnDone) {
			break
		}
	}

	// not reported: the range operand runs once
	for _, id := range loadIDs(ctx) {
		_ = id
	}

	// not reported: a multi-row INSERT in a loop is already a batch
	for _, chunk := range [][]int{ids, ids, ids} {
		db.ExecContext(ctx, "INSERT INTO t(id) VALUES ($1), ($2)", chunk[0], chunk[1])
	}
}

func loadIDs(ctx context.Context) []int {
	db.QueryContext(ctx, "SELECT id FROM users WHERE active LIMIT 100")
	return nil
}

type user struct{ name string }

func findUser(ctx context.Context, field, value string) (*user, error) {
	var u user
	err := db.QueryRowContext(ctx, "SELECT name FROM users WHERE "+field+" = $1", value).Scan(&u.name)
	return &u, err
}

func lookupUser(ctx context.Context, id int) (string, error) {
	var name string
	err := db.QueryRowContext(ctx, "SELECT name FROM users WHERE id = $1", id).Scan(&name)
	return name, err
}

func FirstFound(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var ids []int
	var values []string

	// not reported: each query runs only for the element equal to a constant
	for _, rule := range values {
		if rule == "email" {
			u, err := findUser(ctx, "email", rule)
			if err != nil {
				return
			}
			_ = u
		}
		switch rule {
		case "phone", "name":
			findUser(ctx, rule, "x")
		}
	}
	// not reported: the first call's result is returned
	for _, id := range ids {
		if id > 0 {
			lookupUser(ctx, id)
			return
		}
	}
	// not reported: a list of tables written out in the function
	related := []struct{ table, column string }{{"tokens", "user_id"}, {"favorites", "user_id"}, {"shares", "owner_id"}}
	for _, rel := range related {
		db.ExecContext(ctx, "DELETE FROM "+rel.table+" WHERE "+rel.column+" = $1", 1)
	}
}

func returnFirst(ctx context.Context, ids []int) (string, error) {
	for _, id := range ids {
		if id > 0 {
			return lookupUser(ctx, id) // not reported: the first call's result is returned
		}
	}
	return "", nil
}

func FirstOrAll(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var ids []int
	returnFirst(ctx, ids)

	for _, v := range []string{"a"} {
		_ = v
	}
	// An error check ends the loop only when a query fails.
	for _, id := range ids {
		var name string
		err := db.QueryRowContext(ctx, "SELECT name FROM users WHERE id = $1", id).Scan(&name) // want `db\.QueryRowContext runs a query once per iteration of this loop on the request path of FirstOrAll`
		if err != nil {
			return
		}
	}
	// A search with one query per element until one is found makes N
	// queries when none is.
	for _, v := range r.URL.Query()["email"] {
		var name string
		db.QueryRowContext(ctx, "SELECT name FROM users WHERE email = $1", v).Scan(&name) // want `db\.QueryRowContext runs a query once per iteration of this loop`
		if name != "" && v != "admin" {
			return
		}
	}
	// A list that grows is not fixed.
	tables := []string{"tokens"}
	tables = append(tables, r.URL.Query()["table"]...)
	for _, t := range tables {
		db.ExecContext(ctx, "DELETE FROM "+t+" WHERE user_id = $1", 1) // want `db\.ExecContext writes once per iteration of this loop`
	}
}

// saveAll inserts names one by one; save goes through it with one name.
func saveAll(ctx context.Context, names []string) {
	for _, n := range names {
		db.ExecContext(ctx, "INSERT INTO names (n) VALUES ($1)", n) // want `^db\.ExecContext writes once per iteration of the loop in ImportNames at negatives\.go:\d+ on the request path of ImportNames \(100 elements mean 100 writes instead of 1\);`
	}
}

func save(ctx context.Context, name string) { saveAll(ctx, []string{name}) }

func ImportNames(w http.ResponseWriter, r *http.Request) {
	for _, n := range r.URL.Query()["name"] {
		save(r.Context(), n)
	}
}

func SaveOne(w http.ResponseWriter, r *http.Request) {
	save(r.Context(), r.FormValue("name")) // not reported: saveAll's loop runs once for the one name
}

func expire(ctx context.Context, topics ...string) {
	for _, t := range topics {
		db.ExecContext(ctx, "DELETE FROM messages WHERE topic = $1", t) // want `^db\.ExecContext writes once per iteration of this loop on the request path of ExpireAll \(100 elements of topics mean 100 writes instead of 1\);`
	}
}

func ExpireOne(w http.ResponseWriter, r *http.Request) {
	expire(r.Context(), r.FormValue("topic")) // not reported: expire's loop runs once for the one topic
}

func ExpireAll(w http.ResponseWriter, r *http.Request) {
	expire(r.Context(), r.URL.Query()["topic"]...)
}

const topN = 5

// Top reads the details of the first few ids only: the slice is cut to
// a small constant length before the loop.
func Top(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	ids := idsOf(r)
	ids = ids[:min(len(ids), topN)]
	var name string
	for _, id := range ids {
		db.QueryRowContext(ctx, "SELECT name FROM users WHERE id = $1", id).Scan(&name) // not reported: at most topN ids
	}

	more := idsOf(r)
	if len(more) > 3 {
		more = more[:3]
	}
	for _, id := range more {
		db.QueryRowContext(ctx, "SELECT name FROM users WHERE id = $1", id).Scan(&name) // not reported: at most 3 ids
	}

	some := idsOf(r)
	if r.FormValue("short") != "" {
		some = some[:3]
	}
	for _, id := range some {
		db.QueryRowContext(ctx, "SELECT name FROM users WHERE id = $1", id).Scan(&name) // want `runs a query once per iteration of this loop`
	}

	all := idsOf(r)
	all = all[:min(len(all), topN)]
	all = append(all, idsOf(r)...)
	for _, id := range all {
		db.QueryRowContext(ctx, "SELECT name FROM users WHERE id = $1", id).Scan(&name) // want `runs a query once per iteration of this loop`
	}

	page := idsOf(r)
	page = page[:min(len(page), len(r.FormValue("n")))]
	for _, id := range page {
		db.QueryRowContext(ctx, "SELECT name FROM users WHERE id = $1", id).Scan(&name) // want `runs a query once per iteration of this loop`
	}
}

func idsOf(r *http.Request) []int { return make([]int, len(r.URL.Query()["id"])) }
