package web

import (
	"expvar"
	"net/http"
)

// pageViews counts views in this process: a package-level variable that
// every request writes, with no lock. Behind a load balancer each
// instance counts only its own share, and concurrent requests race on it.
var pageViews int64

// viewsServed is the same count kept as an expvar metric: per instance
// by design, and summed by whatever scrapes /debug/vars.
var viewsServed = expvar.NewInt("views_served")

// CountView serves POST /pages/{slug}/view.
func (s *Server) CountView(w http.ResponseWriter, r *http.Request) {
	pageViews++        // reported: a package-level counter written on every request
	viewsServed.Add(1) // not reported: an expvar metric is per instance by design
	w.WriteHeader(http.StatusNoContent)
}
