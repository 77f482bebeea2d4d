// Package handler has the entry points of the chain handler → service → repo.
package handler

import (
	"net/http"

	"crosspkg/repo"
	"crosspkg/service"
)

type H struct {
	svc  *service.Service
	repo *repo.Repo
}

func (h *H) Orders(w http.ResponseWriter, r *http.Request) {
	var orders []service.Order
	h.svc.Orders(r.Context(), orders) // want `^h\.svc\.Orders runs a query once per iteration of its loop at service\.go:\d+ \(service\.Service\.Orders → repo\.Repo\.ItemsFor → repo\.Repo\.query → \(\*sql\.DB\)\.QueryContext at repo\.go:\d+\) on the request path of H\.Orders \(N\+1: [^)]*\); fetch all rows in one query`
}

func (h *H) Enrich(w http.ResponseWriter, r *http.Request) {
	var orders []service.Order
	for i := range orders {
		h.svc.Enrich(r.Context(), &orders[i]) // want `^h\.svc\.Enrich runs a query \(service\.Service\.Enrich → repo\.Repo\.ItemsFor → repo\.Repo\.query → \(\*sql\.DB\)\.QueryContext at repo\.go:\d+\) once per iteration of this loop on the request path of H\.Enrich \(N\+1: [^)]*\)`
	}
}

func (h *H) Recent(w http.ResponseWriter, r *http.Request) {
	h.svc.Recent(r.Context()) // want `^h\.svc\.Recent runs query "SELECT id, title FROM posts" that reads the whole table \(no WHERE, no LIMIT\) \(service\.Service\.Recent → repo\.Repo\.ListAll → \(\*sql\.DB\)\.QueryContext at repo\.go:\d+\) on the request path of H\.Recent; its cost grows with the table`
}

func (h *H) Import(w http.ResponseWriter, r *http.Request) {
	var names []string
	for _, n := range names {
		h.repo.Save(r.Context(), n) // want `h\.repo\.Save writes \(repo\.Repo\.Save → \(\*sql\.DB\)\.ExecContext at repo\.go:\d+\) once per iteration of this loop on the request path of H\.Import \([^)]*writes instead of 1\); batch the writes`
	}
	h.repo.SaveAll(r.Context(), names) // want `h\.repo\.SaveAll writes once per iteration of its loop at repo\.go:\d+`
}

func (h *H) Batched(w http.ResponseWriter, r *http.Request) {
	var chunks [][]int
	for _, c := range chunks {
		h.repo.LoadMany(r.Context(), c) // not reported: one batched query per chunk
	}
	h.svc.Enrich(r.Context(), &service.Order{}) // not reported: no loop
	h.repo.SaveAllPrepared(r.Context(), nil)    // not reported: a prepared statement executed per row, across packages
}

func (h *H) Sync(w http.ResponseWriter, r *http.Request) {
	h.svc.Sync(r.Context(), nil, nil) // want `^h\.svc\.Sync runs a query once per iteration of its loop at service\.go:35 ` `^h\.svc\.Sync runs a query once per iteration of its loop at service\.go:38 `
}
