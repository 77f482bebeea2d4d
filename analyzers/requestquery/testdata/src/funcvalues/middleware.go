package funcvalues

import (
	"net/http"
	"strings"
)

type visitorFunc func(w http.ResponseWriter, r *http.Request, user string) error

// authorize wraps next with a check of every topic of the path.
func (h *Handler) authorize(next visitorFunc) visitorFunc {
	return func(w http.ResponseWriter, r *http.Request, user string) error {
		for _, topic := range strings.Split(r.URL.Path, ",") {
			h.users.Name(r.Context(), len(topic)) // want `h.users.Name runs a query \(users.Users.Name → \(\*sql.DB\).QueryRowContext at users.go:\d+\) once per iteration of this loop on the request path of Handler.Topics \(N`
		}
		return next(w, r, user)
	}
}

// logged wraps next with nothing that queries.
func logged(next visitorFunc) visitorFunc {
	return func(w http.ResponseWriter, r *http.Request, user string) error {
		return next(w, r, user)
	}
}

func (h *Handler) subscribe(w http.ResponseWriter, r *http.Request, user string) error { return nil }

// Topics runs the middleware it builds: the literal authorize returns
// is on its request path.
func (h *Handler) Topics(w http.ResponseWriter, r *http.Request) {
	_ = h.authorize(h.subscribe)(w, r, "")
}

// count checks every tag of the query.
func (h *Handler) count(next visitorFunc) visitorFunc {
	return func(w http.ResponseWriter, r *http.Request, user string) error {
		for _, tag := range r.URL.Query()["tag"] {
			h.users.Name(r.Context(), len(tag)) // want `h.users.Name runs a query \(users.Users.Name → \(\*sql.DB\).QueryRowContext at users.go:\d+\) once per iteration of this loop on the request path of Handler.count.func1`
		}
		return next(w, r, user)
	}
}

// Nested hands the literal count returns to another middleware, which
// runs it as its next handler: a handler of its own.
func (h *Handler) Nested(w http.ResponseWriter, r *http.Request) {
	_ = logged(h.count(h.subscribe))(w, r, "")
}

// Built keeps a middleware for later: not on its request path.
func (h *Handler) Built(w http.ResponseWriter, r *http.Request) {
	h.chain = h.guard(h.subscribe)
}

// guard checks every tag, but only where the chain it is kept in runs.
func (h *Handler) guard(next visitorFunc) visitorFunc {
	return func(w http.ResponseWriter, r *http.Request, user string) error {
		for _, tag := range r.URL.Query()["tag"] {
			h.users.Name(r.Context(), len(tag)) // not reported: Built stores the literal, nothing here runs it
		}
		return next(w, r, user)
	}
}

// checkRead returns what check returns: the literal, one call away.
func (h *Handler) checkRead(next visitorFunc) visitorFunc { return h.check(next, "read") }

func (h *Handler) check(next visitorFunc, perm string) visitorFunc {
	return func(w http.ResponseWriter, r *http.Request, user string) error {
		for _, tag := range r.URL.Query()[perm] {
			h.users.Name(r.Context(), len(tag)) // want `h.users.Name runs a query \(users.Users.Name → \(\*sql.DB\).QueryRowContext at users.go:\d+\) once per iteration of this loop on the request path of Handler.Read \(N`
		}
		return next(w, r, user)
	}
}

func (h *Handler) Read(w http.ResponseWriter, r *http.Request) {
	_ = h.checkRead(h.subscribe)(w, r, "")
}
