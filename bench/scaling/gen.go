// Package scaling measures how the cost of each analyzer grows with the
// code it analyses. It generates one package with n HTTP handlers of a few
// shapes (an N+1 through a helper, a bounded query, a package-level map
// written under a lock, a regexp compiled per request, a session kept in
// a map), loads it once with go/packages, and times each analyzer, with
// every analyzer it requires, on that package:
//
//	go test -run '^$' -bench . -benchtime 3x ./bench/scaling
//
// The ns/handler metric should stay roughly flat from 100 to 10,000
// handlers: growth close to linear in the size of the code.
package scaling

import (
	"fmt"
	"io"
	"strings"
)

// shapes is the number of handler shapes Generate cycles through.
const shapes = 5

// NPlusOne returns how many of n generated handlers run a query once per
// element of a loop (through a helper), which requestquery reports.
func NPlusOne(n int) int { return (n + shapes - 1) / shapes }

// Generate writes the source of package "handlers" with n handlers, each
// registered on a mux in Routes, and n helpers. Handler i calls helper i
// and helper i-1, so the call graph is connected but every function has a
// constant number of edges: the work of a linear analysis grows with n.
func Generate(w io.Writer, n int) error {
	var b strings.Builder
	b.WriteString(`// Code for a scaling benchmark: n handlers of a few shapes.
package handlers

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"regexp"
	"sync"
)

// Server serves every handler from one pool.
type Server struct{ DB *sql.DB }

var (
	mu       sync.Mutex
	hits     = map[string]int{}
	sessions = map[string]string{}
)

`)
	for i := range n {
		prev := max(i-1, 0)
		fmt.Fprintf(&b, `// name%[1]d reads one name by primary key.
func (s *Server) name%[1]d(ctx context.Context, id string) (string, error) {
	var name string
	err := s.DB.QueryRowContext(ctx, "SELECT name FROM users WHERE id = $1", id).Scan(&name)
	return name, err
}

`, i)
		fmt.Fprintf(&b, "// Handle%d serves /h/%d.\nfunc (s *Server) Handle%d(w http.ResponseWriter, r *http.Request) {\n", i, i, i)
		switch i % shapes {
		case 0: // N+1 through a helper: reported by requestquery
			fmt.Fprintf(&b, `	for _, id := range r.URL.Query()["id"] {
		name, err := s.name%d(r.Context(), id)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		fmt.Fprintln(w, name)
	}
`, i)
		case 1: // one bounded query
			fmt.Fprintf(&b, `	name, err := s.name%d(r.Context(), r.URL.Query().Get("id"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	fmt.Fprintln(w, name)
`, prev)
		case 2: // package-level state written per request
			fmt.Fprintf(&b, `	mu.Lock()
	hits[r.URL.Path]++
	mu.Unlock()
	name, _ := s.name%d(r.Context(), r.URL.Query().Get("id"))
	fmt.Fprintln(w, name)
`, prev)
		case 3: // request-invariant work redone per request
			fmt.Fprintf(&b, "\tre := regexp.MustCompile(`^[a-z]+%d$`)\n\tfmt.Fprintln(w, re.MatchString(r.URL.Path))\n", i)
		case 4: // a session kept in process memory
			b.WriteString(`	c, err := r.Cookie("session")
	if err != nil {
		http.Error(w, "no session", http.StatusUnauthorized)
		return
	}
	mu.Lock()
	sessions[c.Value] = r.URL.Query().Get("user")
	mu.Unlock()
`)
		}
		b.WriteString("}\n\n")
	}
	b.WriteString("// Routes registers every handler.\nfunc Routes(mux *http.ServeMux, s *Server) {\n")
	for i := range n {
		fmt.Fprintf(&b, "\tmux.HandleFunc(\"GET /h/%d\", s.Handle%d)\n", i, i)
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}
