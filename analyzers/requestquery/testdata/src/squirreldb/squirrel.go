// Package squirreldb builds its statements with squirrel and runs them
// with RunWith.
package squirreldb

import (
	"database/sql"
	"net/http"

	sq "github.com/Masterminds/squirrel"
)

var db *sql.DB

func Users(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	rows, _ := sq.Select("id", "name").From("users").Where(sq.Eq{"team": r.FormValue("team")}).Limit(50).RunWith(db).QueryContext(ctx) // not reported: Where and Limit bound it
	_ = rows
	ids := r.URL.Query()["id"]
	for _, id := range ids {
		var name string
		sq.Select("name").From("users").Where(sq.Eq{"id": id}).RunWith(db).QueryRowContext(ctx).Scan(&name) // want `^\(squirrel\.SelectBuilder\)\.QueryRowContext runs a query once per iteration of this loop on the request path of Users`
	}
	sq.Select("name").From("users").Where(sq.Eq{"id": ids}).RunWith(db).QueryContext(ctx) // not reported: one IN (...) for every id
	for _, team := range r.URL.Query()["team"] {
		members := r.URL.Query()[team]
		sq.Select("name").From("users").Where(sq.Eq{"id": members}).RunWith(db).QueryContext(ctx) // not reported: one IN (...) per team, a batch
	}

	psql := sq.StatementBuilder.PlaceholderFormat(sq.Dollar)
	_ = psql
	sq.StatementBuilder.PlaceholderFormat(sq.Dollar).Select("*").From("audit_log").RunWith(db).QueryContext(ctx) // want `reads the whole table \(no WHERE, no LIMIT\) on the request path of Users`

	q := sq.Select("*").From("events").OrderBy("at")
	q.RunWith(db).Query() // want `reads the whole table \(no WHERE, no LIMIT\)`

	page := sq.Select("*").From("events")
	if r.FormValue("recent") != "" {
		page = page.Where("at > now() - interval '1 day'")
	}
	page.RunWith(db).Query() // not reported: built over several statements, not judged
}

func Import(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	names := r.URL.Query()["name"]
	for _, n := range names {
		sq.Insert("users").Columns("name").Values(n).RunWith(db).ExecContext(ctx) // want `^\(squirrel\.InsertBuilder\)\.ExecContext writes once per iteration of this loop`
	}
	ins := sq.Insert("users").Columns("name")
	for _, n := range names {
		ins = ins.Values(n) // not reported: only builds
	}
	ins.RunWith(db).ExecContext(ctx)

	for _, n := range names[:1] {
		sq.Insert("users").Columns("name").Values(n).Values(n + "2").RunWith(db).ExecContext(ctx) // not reported: several Values are one multi-row INSERT
	}
	for _, n := range names {
		sq.Update("users").Set("seen", true).Where(sq.Eq{"name": n}).RunWith(db).Exec() // want `^\(squirrel\.UpdateBuilder\)\.Exec writes once per iteration of this loop`
	}
}
