package upstream // want package:`impls \(\*crosspkg/upstream.catalog\).Lookup, \(\*crosspkg/upstream.catalog\).Names, \(\*crosspkg/upstream.primary\).Fetch, \(\*crosspkg/upstream.replica\).Fetch}$`

// The package is a repository: helpers whose work is invariant
// when their parameters are. Nothing here is on a request path.

import (
	"context"
	"database/sql"
	"net/http"
	"regexp"
	"sync"
)

type Row struct{ Name string }

// Plans reads a constant query: invariant whatever the caller passes,
// except the handle it reads from.
func Plans(ctx context.Context, db *sql.DB) ([]Row, error) { // want Plans:`query \(\*sql.DB\).QueryContext if\(1\) via upstream.Plans`
	rows, err := db.QueryContext(ctx, "SELECT name, price FROM plans WHERE active")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return nil, nil
}

// Plan is invariant only when the id passed is.
func Plan(ctx context.Context, db *sql.DB, id int64) (Row, error) { // want Plan:`query \(\*sql.DB\).QueryRowContext if\(1,2\) via upstream.Plan`
	var p Row
	err := db.QueryRowContext(ctx, "SELECT name FROM plans WHERE id = $1", id).Scan(&p.Name)
	return p, err
}

// Rename writes: no fact.
func Rename(ctx context.Context, db *sql.DB, id int64) error {
	_, err := db.ExecContext(ctx, "UPDATE plans SET name = 'x' WHERE id = $1", id)
	return err
}

// ValidEmail compiles a constant pattern on every call.
func ValidEmail(s string) bool { // want ValidEmail:`compile regexp.MustCompile via upstream.ValidEmail`
	return regexp.MustCompile(`^[^@]+@[^@]+$`).MatchString(s)
}

// Open opens a pool on every call.
func Open(dsn string) (*sql.DB, error) { // want Open:`pool sql.Open via upstream.Open`
	return sql.Open("postgres", dsn)
}

// Rates fetches a remote URL given by the caller.
func Rates(url string) (*http.Response, error) { // want Rates:`remote http.Get if\(0\) via upstream.Rates`
	return http.Get(url)
}

// Sanitize builds two constant patterns on every call: one thing to
// cache, however many callers it has.
func Sanitize(s string) string { // want Sanitize:`compile regexp.MustCompile via upstream.Sanitize; compile regexp.MustCompile via upstream.Sanitize`
	a := regexp.MustCompile(`<[^>]*>`)
	b := regexp.MustCompile(`\s+`)
	return b.ReplaceAllString(a.ReplaceAllString(s, ""), " ")
}

// Title and Slug reach the same constant compile through different
// functions: one thing to cache.
func Title(s string) string { return spaces().ReplaceAllString(s, " ") } // want Title:`compile regexp.MustCompile via upstream.Title>upstream.spaces`

func Slug(s string) string { return spaces().ReplaceAllString(s, "-") } // want Slug:`compile regexp.MustCompile via upstream.Slug>upstream.spaces`

func spaces() *regexp.Regexp { return regexp.MustCompile(`\s+`) } // unexported: no fact of its own

// Register reaches two pieces of work of the user's code, each its own
// function to fix: two causes, though one call leads to both.
func Register(name string) bool { // want Register:`compile regexp.MustCompile via upstream.Register>upstream.checkName; compile regexp.MustCompile via upstream.Register>upstream.checkMail`
	return checkName(name) && checkMail(name)
}

func checkName(s string) bool { return regexp.MustCompile(`^[a-z]+$`).MatchString(s) }

func checkMail(s string) bool { return regexp.MustCompile(`^[^@]+@[^@]+$`).MatchString(s) }

// Catalog is what handlers hold; its only implementation is catalog,
// below, whose work a call through the interface does.
type Catalog interface {
	Names(ctx context.Context) []string          // want Names:`query \(\*sql.DB\).QueryContext if\(0\) via upstream.catalog.Names`
	Lookup(ctx context.Context, id int64) string // want Lookup:`query \(\*sql.DB\).QueryRowContext if\(0,2\) via upstream.catalog.Lookup`
}

type catalog struct{ db *sql.DB }

func (c *catalog) Names(ctx context.Context) []string { // want Names:`query \(\*sql.DB\).QueryContext if\(0\) via upstream.catalog.Names`
	c.db.QueryContext(ctx, "SELECT name FROM tags WHERE visible")
	return nil
}

func (c *catalog) Lookup(ctx context.Context, id int64) string { // want Lookup:`query \(\*sql.DB\).QueryRowContext if\(0,2\) via upstream.catalog.Lookup`
	var name string
	c.db.QueryRowContext(ctx, "SELECT name FROM tags WHERE id = $1", id).Scan(&name)
	return name
}

// NewCatalog returns the catalog of db.
func NewCatalog(db *sql.DB) Catalog { return &catalog{db: db} } // want NewCatalog:`^returns if\(0\)$`

// Source has two implementations here: no fact for its method, but a
// caller that sees them (it imports this package) gets their work.
type Source interface {
	Fetch(ctx context.Context) []string
}

type primary struct{ db *sql.DB }

func (p *primary) Fetch(ctx context.Context) []string { // want Fetch:`query \(\*sql.DB\).QueryContext if\(0\) via upstream.primary.Fetch`
	p.db.QueryContext(ctx, "SELECT name FROM tags WHERE visible")
	return nil
}

type replica struct{ db *sql.DB }

func (r *replica) Fetch(ctx context.Context) []string { // want Fetch:`query \(\*sql.DB\).QueryContext if\(0\) via upstream.replica.Fetch`
	r.db.QueryContext(ctx, "SELECT name FROM tags WHERE visible")
	return nil
}

var (
	instances = map[string]any{}
	mu        sync.Mutex
)

// Instance builds one value of each type for the process: build runs
// only when the registry does not hold one yet.
func Instance[T any](name string, build func() T) T {
	mu.Lock()
	defer mu.Unlock()
	if v, ok := instances[name]; ok {
		return v.(T)
	}
	v := build()
	instances[name] = v
	return v
}

// Fresh looks the registry up but builds anew every time: not a
// memoizer.
func Fresh[T any](name string, build func() T) T {
	if _, ok := instances[name]; ok {
		return build()
	}
	return build()
}
