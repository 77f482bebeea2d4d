package funcvalues

import (
	"context"
	"database/sql"
	"net/http"

	"funcvalues/users"
)

type Users = users.Users

type Handler struct {
	users  *Users
	lookup func(context.Context, int) string
	chain  visitorFunc
}

func New(db *sql.DB) *Handler {
	u := &Users{DB: db}
	return &Handler{users: u, lookup: u.Name}
}

// A method value in a local, called once per id.
func (h *Handler) Names(w http.ResponseWriter, r *http.Request) {
	name := h.users.Name
	for _, id := range []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11} {
		name(r.Context(), id) // want `name runs a query \(users.Users.Name → \(\*sql.DB\).QueryRowContext at users.go:12\) once per iteration of this loop on the request path of Handler.Names \(N\+1: [^)]*\)`
	}
}

// A field holding a function, set in the constructor.
func (h *Handler) Field(w http.ResponseWriter, r *http.Request) {
	for _, id := range []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11} {
		h.lookup(r.Context(), id) // want `h.lookup runs a query .* once per iteration of this loop`
	}
}

func each(ids []int, fn func(id int)) {
	for _, id := range ids {
		fn(id)
	}
}

// A callback that a helper calls once per element.
func (h *Handler) Callback(w http.ResponseWriter, r *http.Request) {
	each([]int{1, 2}, func(id int) {
		h.users.Name(r.Context(), id) // want `h.users.Name runs a query .* once per iteration of the loop in each at funcvalues.go:40 on the request path of Handler.Callback`
	})
}

func once(fn func()) { fn() }

// Not reported: a callback run once.
func (h *Handler) Once(w http.ResponseWriter, r *http.Request) {
	once(func() {
		h.users.Name(r.Context(), 1) // not reported: no loop
	})
}
