// Command service writes a generated web service of about n packages
// into a directory, for measuring how scalevet's cost grows with the
// number of packages (bench/scaling/service.sh):
//
//	go run ./bench/scaling/service -n 1000 DIR
//
// The service has n/2 store packages, each a type over *sql.DB with a
// read by primary key, a bounded list and a whole-table read, and n/2-1
// web packages, each importing its own store and the one before it and
// declaring three handlers: an N+1 (a read by key once per id of the
// request), a bounded read, and a whole-table read. A main package
// wires every web package onto one mux. Every web package has two
// findings (the N+1 and the whole-table read): the work, and the
// output, grow linearly with n.
package main

import (
	"flag"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	n := flag.Int("n", 100, "number of packages (at least 4)")
	flag.Parse()
	if flag.NArg() != 1 || *n < 4 {
		fmt.Fprintln(os.Stderr, "usage: service -n N DIR (N >= 4)")
		os.Exit(2)
	}
	if err := generate(flag.Arg(0), *n); err != nil {
		fmt.Fprintln(os.Stderr, "service:", err)
		os.Exit(1)
	}
}

func generate(dir string, n int) error {
	stores := n / 2
	webs := n - stores - 1
	write := func(name, content string) error {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		data := []byte(content)
		if strings.HasSuffix(name, ".go") {
			var err error
			if data, err = format.Source(data); err != nil {
				return fmt.Errorf("%s: %v", name, err)
			}
		}
		return os.WriteFile(path, data, 0o644)
	}
	if err := write("go.mod", "module example.com/service\n\ngo 1.26\n"); err != nil {
		return err
	}
	for i := range stores {
		src := fmt.Sprintf(`// Package s%[1]d is the store of one kind of record.
package s%[1]d

import (
	"context"
	"database/sql"
)

// Store reads records of kind %[1]d.
type Store struct{ DB *sql.DB }

// Get reads one record by primary key.
func (s *Store) Get(ctx context.Context, id string) (string, error) {
	var name string
	err := s.DB.QueryRowContext(ctx, "SELECT name FROM records%[1]d WHERE id = $1", id).Scan(&name)
	return name, err
}

// Page reads one page of records.
func (s *Store) Page(ctx context.Context, after string) (*sql.Rows, error) {
	return s.DB.QueryContext(ctx, "SELECT id, name FROM records%[1]d WHERE id > $1 ORDER BY id LIMIT 50", after)
}

// All reads every record.
func (s *Store) All(ctx context.Context) (*sql.Rows, error) {
	return s.DB.QueryContext(ctx, "SELECT id, name FROM records%[1]d")
}
`, i)
		if err := write(fmt.Sprintf("store/s%d/store.go", i), src); err != nil {
			return err
		}
	}
	var imports, routes strings.Builder
	for i := range webs {
		own, prev := i%stores, (i+stores-1)%stores
		src := fmt.Sprintf(`// Package w%[1]d serves one kind of record.
package w%[1]d

import (
	"fmt"
	"net/http"

	own "example.com/service/store/s%[2]d"
	prev "example.com/service/store/s%[3]d"
)

// Handler serves records of its store, and names from the one before.
type Handler struct {
	Own  *own.Store
	Prev *prev.Store
}

// Names writes the name of each id asked for.
func (h *Handler) Names(w http.ResponseWriter, r *http.Request) {
	for _, id := range r.URL.Query()["id"] {
		name, err := h.Prev.Get(r.Context(), id)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		fmt.Fprintln(w, name)
	}
}

// Page writes one page.
func (h *Handler) Page(w http.ResponseWriter, r *http.Request) {
	rows, err := h.Own.Page(r.Context(), r.URL.Query().Get("after"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	for rows.Next() {
		var id, name string
		if err := rows.Scan(&id, &name); err == nil {
			fmt.Fprintln(w, id, name)
		}
	}
}

// Export writes every record.
func (h *Handler) Export(w http.ResponseWriter, r *http.Request) {
	rows, err := h.Own.All(r.Context())
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	for rows.Next() {
		var id, name string
		if err := rows.Scan(&id, &name); err == nil {
			fmt.Fprintln(w, id, name)
		}
	}
}

// Register puts the handlers on mux under prefix.
func Register(mux *http.ServeMux, prefix string, h *Handler) {
	mux.HandleFunc("GET "+prefix+"/names", h.Names)
	mux.HandleFunc("GET "+prefix+"/page", h.Page)
	mux.HandleFunc("GET "+prefix+"/export", h.Export)
}
`, i, own, prev)
		if err := write(fmt.Sprintf("web/w%d/web.go", i), src); err != nil {
			return err
		}
		fmt.Fprintf(&imports, "\tw%d \"example.com/service/web/w%d\"\n", i, i)
		for _, s := range []int{own, prev} {
			fmt.Fprintf(&imports, "\ts%d_%d \"example.com/service/store/s%d\"\n", i, s, s)
		}
		fmt.Fprintf(&routes, "\tw%[1]d.Register(mux, \"/w%[1]d\", &w%[1]d.Handler{Own: &s%[1]d_%[2]d.Store{DB: db}, Prev: &s%[1]d_%[3]d.Store{DB: db}})\n", i, own, prev)
	}
	main := fmt.Sprintf(`// Command service serves every web package on one mux.
package main

import (
	"database/sql"
	"net/http"

%s)

func main() {
	db, err := sql.Open("postgres", "")
	if err != nil {
		panic(err)
	}
	mux := http.NewServeMux()
%s	http.ListenAndServe(":8080", mux)
}
`, imports.String(), routes.String())
	return write("main.go", main)
}
