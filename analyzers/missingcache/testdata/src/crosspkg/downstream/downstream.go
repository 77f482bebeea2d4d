package downstream // want package:`pending downstream.Handler.Tags→upstream.Source.Fetch}$` package:`impls \(\*crosspkg/upstream.catalog\).Lookup, \(\*crosspkg/upstream.catalog\).Names, \(\*crosspkg/upstream.primary\).Fetch, \(\*crosspkg/upstream.replica\).Fetch}$`

// Downstream holds the handlers: what the helpers two packages down do
// is reported at the calls here.

import (
	"database/sql"
	"net/http"
	"strconv"

	"crosspkg/middle"
	"crosspkg/upstream"
)

type Handler struct {
	svc  *middle.Service
	rate string
	cat  upstream.Catalog
	src  upstream.Source
}

func (h *Handler) Tags(w http.ResponseWriter, r *http.Request) {
	h.cat.Names(r.Context()) // want `^h.cat.Names runs query "SELECT name FROM tags WHERE visible" \(upstream.catalog.Names → \(\*sql.DB\).QueryContext at upstream.go:\d+\) with arguments that do not depend on the request of Handler.Tags`
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	h.cat.Lookup(r.Context(), id) // not reported: the id comes from the request
	h.src.Fetch(r.Context())      // want `^h.src.Fetch runs query "SELECT name FROM tags WHERE visible" \(upstream.primary.Fetch → \(\*sql.DB\).QueryContext at upstream.go:\d+\)`
}

func (h *Handler) Plans(w http.ResponseWriter, r *http.Request) {
	h.svc.All(r.Context())                  // want `^h.svc.All runs query "SELECT name, price FROM plans WHERE active" \(middle.Service.All → upstream.Plans → \(\*sql.DB\).QueryContext at upstream.go:\d+\) with arguments that do not depend on the request of Handler.Plans: the database redoes the same work for every request and returns the same rows; cache the result \(sync.OnceValue, or a TTL cache\)$`
	h.svc.Default(r.Context())              // want `h.svc.Default runs query "SELECT name FROM plans WHERE id = \$1" \(middle.Service.Default → upstream.Plan → \(\*sql.DB\).QueryRowContext at upstream.go:\d+\)`
	upstream.Plan(r.Context(), h.svc.DB, 7) // want `upstream.Plan runs query "SELECT name FROM plans WHERE id = \$1"`
}

func (h *Handler) Plan(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	// not reported: the id comes from the request
	h.svc.ByID(r.Context(), id)
	upstream.Plan(r.Context(), h.svc.DB, id)
	// not reported: a write
	upstream.Rename(r.Context(), h.svc.DB, 7)
}

func (h *Handler) Signup(w http.ResponseWriter, r *http.Request) {
	upstream.ValidEmail(r.FormValue("email")) // want `^upstream.ValidEmail runs regexp.MustCompile of a constant pattern \(upstream.ValidEmail → regexp.MustCompile at upstream.go:\d+\) on every request of Handler.Signup: the same pattern is compiled again for every request; compile it once into a package-level variable$`
	upstream.Open("postgres://signup")        // want `^upstream.Open creates a new connection pool \(upstream.Open → sql.Open at upstream.go:\d+\) on every request of Handler.Signup: connections are not reused and the database's connection limit is exhausted under load; open one pool at start-up and share it$`
	upstream.Rates(h.rate)                    // want `^upstream.Rates calls the same remote URL \(upstream.Rates → http.Get at upstream.go:\d+\) on every request of Handler.Signup: every request waits for a round trip that returns the same response; fetch it once and cache it with a TTL$`
	// not reported: the URL depends on the request
	upstream.Rates(r.FormValue("src"))
	// not reported: the registry builds the pool once for the process
	upstream.Instance("db", func() *sql.DB {
		db, _ := sql.Open("postgres", "postgres://signup")
		return db
	})
	upstream.Fresh("db", func() *sql.DB {
		db, _ := sql.Open("postgres", "postgres://signup") // want `^sql.Open creates a new connection pool on every request of Handler.Signup`
		return db
	})
}

// Two handlers call Sanitize, which compiles two patterns: one finding,
// at the first call, naming both handlers.
func (h *Handler) Comment(w http.ResponseWriter, r *http.Request) {
	upstream.Sanitize(r.FormValue("c")) // want `^upstream.Sanitize runs regexp.MustCompile of a constant pattern \(upstream.Sanitize → regexp.MustCompile at upstream.go:\d+\) on every request of Handler.Comment and Handler.Bio: the same pattern is compiled again for every request; compile it once into a package-level variable$`
}

func (h *Handler) Bio(w http.ResponseWriter, r *http.Request) {
	upstream.Sanitize(r.FormValue("b")) // not reported again: the same cause as in Comment
}

// Different functions of upstream, the same compile inside: one finding.
func (h *Handler) Heading(w http.ResponseWriter, r *http.Request) {
	upstream.Title(r.FormValue("t")) // want `^upstream.Title runs regexp.MustCompile of a constant pattern \(upstream.Title → upstream.spaces → regexp.MustCompile at upstream.go:\d+\) on every request of Handler.Heading and Handler.Link: the same pattern is compiled again for every request; compile it once into a package-level variable$`
}

func (h *Handler) Link(w http.ResponseWriter, r *http.Request) {
	upstream.Slug(r.FormValue("s")) // not reported again: the same compile as Title's
}

// One call, two functions of the user's code each compiling its own
// pattern: two findings there, one per function to fix.
func (h *Handler) SignUp(w http.ResponseWriter, r *http.Request) {
	upstream.Register(r.FormValue("n")) // want `^upstream.Register runs regexp.MustCompile of a constant pattern \(upstream.Register → upstream.checkMail → regexp.MustCompile at upstream.go:\d+\)` `^upstream.Register runs regexp.MustCompile of a constant pattern \(upstream.Register → upstream.checkName → regexp.MustCompile at upstream.go:\d+\)`
}
