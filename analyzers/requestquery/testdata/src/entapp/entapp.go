// Package entapp reads and writes through ent's generated client.
package entapp

import (
	"context"
	"net/http"

	"entapp/ent"
	"entapp/store"
)

type H struct{ client *ent.Client }

func (h *H) Posts(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	users, _ := h.client.User.Query().Where(byName(r.FormValue("q"))).Limit(20).All(ctx) // not reported: Where and Limit bound it
	for _, u := range users {
		u.QueryPosts().All(ctx) // want `^\(\*ent\.PostQuery\)\.All runs a query once per iteration of this loop on the request path of H\.Posts`
	}
	h.client.User.Query().Where(byName(r.FormValue("q"))).WithPosts().Limit(20).All(ctx) // not reported: WithPosts loads every user's posts in one more query
}

func (h *H) Everyone(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	h.client.User.Query().Order().AllX(ctx)  // want `reads the whole table \(no WHERE, no LIMIT\) on the request path of H\.Everyone`
	h.client.User.Query().Count(ctx)         // want `counts every row of the table`
	h.client.User.Query().Limit(10).All(ctx) // not reported: a limit
	h.client.User.Get(ctx, 1)                // not reported: one row by key
}

func (h *H) Import(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	names := r.URL.Query()["name"]
	for _, n := range names {
		h.client.User.Create().SetName(n).Save(ctx) // want `^\(\*ent\.UserCreate\)\.Save writes once per iteration of this loop`
	}
	var builders []*ent.UserCreate
	for _, n := range names {
		builders = append(builders, h.client.User.Create().SetName(n)) // not reported: only builds
	}
	h.client.User.CreateBulk(builders...).Save(ctx) // not reported: one multi-row INSERT
}

func byName(n string) ent.Predicate { return func() {} }

var _ = context.Background

func (h *H) Names(w http.ResponseWriter, r *http.Request) {
	store.Names(r.Context(), h.client, nil) // want `^store\.Names runs a query once per iteration of its loop at store\.go:\d+`
}

func (h *H) Memo(w http.ResponseWriter, r *http.Request) {
	q := &store.MemoQuery{}
	for range r.URL.Query()["id"] {
		q.All(r.Context()) // not reported: not ent's generated code
	}
}
