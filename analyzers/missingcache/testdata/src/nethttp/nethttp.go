// Package nethttp holds net/http handlers that redo request-invariant
// work, and look-alikes that depend on the request or are cached.
package nethttp

import (
	"context"
	"crypto/tls"
	"database/sql"
	"encoding/json"
	"fmt"
	"html/template"
	"io/fs"
	"math/rand"
	"net/http"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"gopkg.in/yaml.v3"
)

type Server struct {
	db    *sql.DB
	limit int
}

// Config is package-level configuration: never written per request.
var pageSize = 20

// hits is state: the request path writes it.
var hits int

func (s *Server) Plans(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.QueryContext(r.Context(), "SELECT name, price FROM plans WHERE active") // want `^query "SELECT name, price FROM plans WHERE active" does not depend on the request: the database redoes the same work for every request and returns the same rows; cache the result \(sync.OnceValue, or a TTL cache\)$`
	if err != nil {
		return
	}
	defer rows.Close()
}

func (s *Server) TopPlans(w http.ResponseWriter, r *http.Request) {
	// Package-level configuration and the handler's fields are invariant.
	s.db.QueryContext(r.Context(), "SELECT name FROM plans ORDER BY rank LIMIT $1 OFFSET $2", pageSize, s.limit) // want `query "SELECT name FROM plans ORDER BY rank LIMIT \$1 OFFSET \$2" does not depend on the request`
	limit := pageSize * 2
	s.db.QueryRow("SELECT count(*) FROM plans WHERE tier <= $1", fmt.Sprint(limit)) // want `query "SELECT count\(\*\) FROM plans WHERE tier <= \$1" does not depend`
}

func (s *Server) Plan(w http.ResponseWriter, r *http.Request) {
	// not reported: the argument comes from the request
	s.db.QueryRowContext(r.Context(), "SELECT name FROM plans WHERE id = $1", r.PathValue("id"))
	id := strings.TrimSpace(r.URL.Query().Get("id"))
	// not reported: derived from the request
	s.db.QueryRowContext(r.Context(), "SELECT name FROM plans WHERE id = $1", id)
	// not reported: read from the context, not the context itself
	s.db.QueryRowContext(r.Context(), "SELECT name FROM users WHERE id = $1", r.Context().Value("user"))
	// not reported: per-request values
	s.db.QueryContext(r.Context(), "SELECT id FROM events WHERE at > $1", time.Now())
	s.db.QueryContext(r.Context(), "SELECT id FROM quotes WHERE n = $1", rand.Intn(10))
	// not reported: a package-level variable the request path writes
	hits++
	s.db.QueryContext(r.Context(), "SELECT id FROM hits WHERE n > $1", hits)
}

func (s *Server) Random(w http.ResponseWriter, r *http.Request) {
	// not reported: each request is meant to get different rows
	s.db.QueryContext(r.Context(), "SELECT id FROM quotes ORDER BY RANDOM() LIMIT 1")
	s.db.QueryContext(r.Context(), "SELECT id, token FROM vouchers WHERE token = gen_random_uuid()::text")
	// not reported: sequences and locking reads have effects
	s.db.QueryRowContext(r.Context(), "SELECT nextval('order_ids') FROM orders LIMIT 1")
	s.db.QueryRowContext(r.Context(), "SELECT id FROM jobs WHERE state = 'ready' LIMIT 1 FOR UPDATE SKIP LOCKED")
}

func (s *Server) Health(w http.ResponseWriter, r *http.Request) {
	// not reported: a health check reads no table
	s.db.QueryRowContext(r.Context(), "SELECT 1")
	s.db.QueryRowContext(r.Context(), "SELECT now()")
}

func (s *Server) Estimate(w http.ResponseWriter, r *http.Request) {
	// not reported: MAX through a scalar subquery is one row an index answers
	s.db.QueryRowContext(r.Context(), "SELECT (SELECT max(id) FROM orders) - (SELECT 1000)")
	s.db.QueryRowContext(r.Context(), "SELECT (SELECT max(id) FROM orders) - (SELECT count(*) FROM refunds)") // want `query "SELECT \(SELECT max\(id\) FROM orders\) - \(SELECT count\(\*\) FROM refunds\)" does not depend`
}

func (s *Server) Touch(w http.ResponseWriter, r *http.Request) {
	// not reported: writes are not answers to cache
	s.db.ExecContext(r.Context(), "UPDATE stats SET views = views + 1")
	s.db.QueryContext(r.Context(), "INSERT INTO visits DEFAULT VALUES RETURNING id")
}

func (s *Server) Built(w http.ResponseWriter, r *http.Request) {
	// not reported: the SQL text is built, not constant
	q := "SELECT id FROM t WHERE kind = '" + r.FormValue("k") + "'"
	s.db.QueryContext(r.Context(), q)
}

func ListUsers(w http.ResponseWriter, r *http.Request) {
	re := regexp.MustCompile(`^[a-z]+$`) // want `^regexp.MustCompile of a constant pattern runs on every request of ListUsers: the same pattern is compiled again for every request; compile it once into a package-level variable$`
	_ = re.MatchString(r.FormValue("name"))
	// not reported: the pattern comes from the request
	regexp.Compile(r.FormValue("pattern"))
	_ = regexp.MustCompile(os.Getenv("USER_PATTERN")) // want `regexp.MustCompile of a pattern that does not change between requests runs on every request of ListUsers`
}

func Page(w http.ResponseWriter, r *http.Request) {
	t := template.Must(template.ParseFiles("page.html")) // want `^template.ParseFiles of constant files runs on every request of Page: the same files are read and parsed again for every request; parse it once into a package-level variable$`
	t.Execute(w, nil)
	template.New("x").Parse("<p>{{.}}</p>") // want `\(\*template.Template\).Parse of a constant template text runs on every request of Page`
	// not reported: the template text comes from the request
	template.New("x").Parse(r.FormValue("tpl"))
	template.ParseGlob("templates/*.html") // want `^template.ParseGlob of constant files runs on every request of Page: the same files are read and parsed again for every request; parse it once into a package-level variable$`
	template.ParseFS(templates, "*.html")  // want `template.ParseFS of files that do not change between requests runs on every request of Page`
	// not reported: the file system is made per request
	template.ParseFS(os.DirFS(r.FormValue("dir")), "*.html")
}

// templates is configuration, set at start-up.
var templates fs.FS

type settings struct{ Name string }

func Settings(w http.ResponseWriter, r *http.Request) {
	data, err := os.ReadFile("settings.json") // want `^os.ReadFile of a constant path and its decoding run on every request of Settings: every request gets the same value; decode it once at start-up and share it$`
	if err != nil {
		return
	}
	var s settings
	json.Unmarshal(data, &s)
	f, _ := os.Open("settings.yaml") // want `os.Open of a constant path and its decoding run on every request of Settings`
	yaml.NewDecoder(f).Decode(&s)
	toml.DecodeFile("settings.toml", &s) // want `toml.DecodeFile of a constant path and its decoding run`
	// not reported: a file served as is, not decoded
	page, _ := os.ReadFile("static/index.html")
	w.Write(page)
	// not reported: the path comes from the request
	b, _ := os.ReadFile(r.FormValue("file"))
	json.Unmarshal(b, &s)
	tls.LoadX509KeyPair("cert.pem", "key.pem") // want `^tls.LoadX509KeyPair of constant files runs on every request of Settings: the same key pair is read and parsed again for every request; load the key pair once at start-up and share it$`
}

func Report(w http.ResponseWriter, r *http.Request) {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `^sql.Open creates a new connection pool on every request of Report: connections are not reused and the database's connection limit is exhausted under load; open one pool at start-up and share it$`
	if err != nil {
		return
	}
	defer db.Close()
	// A pool per request is a hazard whatever the DSN.
	sql.Open("postgres", r.FormValue("dsn"))                             // want `sql.Open creates a new connection pool on every request of Report`
	client := &http.Client{Transport: &http.Transport{MaxIdleConns: 10}} // want `^a new http.Transport is built on every request of Report: its connections are not reused and sockets pile up under load; build one http.Client at start-up and share it$`
	_ = client
	// not reported: a client without its own transport shares http.DefaultTransport
	_ = &http.Client{Timeout: time.Second}
}

func Rates(w http.ResponseWriter, r *http.Request) {
	http.Get("https://api.example.com/rates") // want `^http.Get of a constant URL runs on every request of Rates: every request waits for a round trip that returns the same response; fetch it once and cache it with a TTL$`
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodGet, "https://api.example.com/fx", nil)
	req.Header.Set("Accept", "application/json")
	http.DefaultClient.Do(req) // want `http.DefaultClient.Do of a request that does not change between requests runs on every request of Rates`
	// not reported: the URL depends on the request
	http.Get("https://api.example.com/rates/" + r.PathValue("cur"))
	// not reported: a header from the request makes the request variant
	auth, _ := http.NewRequest(http.MethodGet, "https://api.example.com/me", nil)
	auth.Header.Set("Authorization", r.Header.Get("Authorization"))
	http.DefaultClient.Do(auth)
	// not reported: a write to another service
	http.Post("https://api.example.com/events", "application/json", r.Body)
}

// Start-up code is not on the request path.
func init() {
	// not reported: init runs once
	regexp.MustCompile(`^x$`)
}

func main() {
	// not reported: main runs once
	db, _ := sql.Open("postgres", "")
	s := &Server{db: db}
	load(context.Background(), db)
	http.HandleFunc("/plans", s.Plans)
	http.Handle("/search", NewSearch(db))
}

// load is reachable only from main.
func load(ctx context.Context, db *sql.DB) {
	// not reported: start-up
	db.QueryContext(ctx, "SELECT name FROM plans WHERE active")
}

// NewSearch is a handler factory: its body runs once, at registration.
func NewSearch(db *sql.DB) http.HandlerFunc { // want NewSearch:"compile regexp.MustCompile via nethttp.NewSearch"
	// not reported: the factory body is start-up code
	re := regexp.MustCompile(`\w+`)
	return func(w http.ResponseWriter, r *http.Request) {
		_ = re.FindAllString(r.FormValue("q"), -1)
		db.QueryContext(r.Context(), "SELECT word FROM stopwords WHERE lang = 'en'") // want `query "SELECT word FROM stopwords WHERE lang = 'en'" does not depend on the request`
	}
}
