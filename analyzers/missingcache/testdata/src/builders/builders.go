// Package builders reads through the query builders of bun, go-pg,
// squirrel, goqu and ent: a query whose chain holds only constants is
// the same on every request; one whose chain takes the request's data,
// directly, through a local the request changes or through a callback,
// is not.
package builders

import (
	"database/sql"
	"net/http"

	sq "github.com/Masterminds/squirrel"
	"github.com/doug-martin/goqu/v9"
	"github.com/go-pg/pg/v10"
	"github.com/go-pg/pg/v10/orm"
	"github.com/uptrace/bun"

	"builders/ent"
	"builders/ent/user"
)

type Setting struct {
	Key   string
	Value string
}

type API struct {
	bun    *bun.DB
	pg     *pg.DB
	sql    *sql.DB
	goqu   *goqu.Database
	client *ent.Client
}

func (a *API) Bun(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var s Setting
	a.bun.NewSelect().Model(&s).Where("key = ?", "theme").Scan(ctx)                  // want `\(\*bun.SelectQuery\).Scan reads the same rows on every request of API.Bun`
	a.bun.NewSelect().Model(&s).Where("key = ?", r.URL.Query().Get("key")).Scan(ctx) // not reported: the request's key
	q := a.bun.NewSelect().Model(&s)
	q.Where("key = ?", r.FormValue("key"))
	q.Scan(ctx) // not reported: the statement above adds the request's key to q
	a.bun.NewSelect().Model(&s).WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
		return q.Where("owner = ?", r.FormValue("owner"))
	}).Scan(ctx) // not reported: the callback adds the request's owner
	var all []Setting
	a.bun.NewSelect().Model(&all).Scan(ctx) // not reported: a read of the whole table, whose fix is a bound (requestquery)
}

func (a *API) GoPG(w http.ResponseWriter, r *http.Request) {
	var s Setting
	a.pg.Model(&s).Where("key = ?", "theme").Select()                  // want `\(\*orm.Query\).Select reads the same rows on every request of API.GoPG`
	a.pg.Model(&s).Where("key = ?", r.FormValue("key")).Select()       // not reported: the request's key
	a.pg.Model(&s).WhereGroup(func(q *orm.Query) (*orm.Query, error) { // not reported: the callback adds the request's key
		return q.Where("key = ?", r.FormValue("key")), nil
	}).Select()
	a.pg.Model(&s).WhereGroup(func(q *orm.Query) (*orm.Query, error) { // want `\(\*orm.Query\).Select reads the same rows on every request of API.GoPG`
		return q.Where("key = ?", "theme"), nil
	}).Select()
}

func (a *API) Squirrel(w http.ResponseWriter, r *http.Request) {
	var on bool
	sq.Select("enabled").From("flags").Where(sq.Eq{"name": "beta"}).RunWith(a.sql).QueryRow().Scan(&on)           // want `\(squirrel.SelectBuilder\).QueryRow reads the same rows on every request of API.Squirrel`
	sq.Select("enabled").From("flags").Where(sq.Eq{"name": r.FormValue("f")}).RunWith(a.sql).QueryRow().Scan(&on) // not reported: the request's flag
	psql := sq.StatementBuilder.PlaceholderFormat(sq.Dollar)
	psql.Select("enabled").From("flags").Where("name = ?", "beta").RunWith(a.sql).QueryRow().Scan(&on) // want `\(squirrel.SelectBuilder\).QueryRow reads the same rows on every request of API.Squirrel`
}

func (a *API) Goqu(w http.ResponseWriter, r *http.Request) {
	var s Setting
	a.goqu.From("settings").Where(goqu.Ex{"key": "theme"}).ScanStruct(&s)              // want `\(\*goqu.SelectDataset\).ScanStruct reads the same rows on every request of API.Goqu`
	a.goqu.From("settings").Where(goqu.C("key").Eq(r.FormValue("key"))).ScanStruct(&s) // not reported: the request's key
}

func (a *API) Ent(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	a.client.User.Query().Where(user.NameEQ("admin")).Only(ctx)             // want `\(\*ent.UserQuery\).Only reads the same rows on every request of API.Ent`
	a.client.User.Query().Where(user.NameEQ(r.FormValue("name"))).Only(ctx) // not reported: the predicate holds the request's name
	a.client.User.Get(ctx, 1)                                               // want `a.client.User.Get reads the same rows on every request of API.Ent`
	u, err := a.client.User.Get(ctx, len(r.URL.Path))                       // not reported: the request's id
	if err != nil {
		return
	}
	u.QueryPosts().All(ctx) // not reported: the posts of the user the request named
}
