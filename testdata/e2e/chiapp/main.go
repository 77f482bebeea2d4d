// Command chiapp is a chi service on database/sql.
package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"path/filepath"

	"github.com/go-chi/chi/v5"
)

// Post is a row of the posts table, with its author's name.
type Post struct {
	ID       int64
	AuthorID int64
	Author   string
	Title    string
}

type handlers struct {
	db *sql.DB
}

// blogPosts lists one page of a blog's posts with their authors.
func (h *handlers) blogPosts(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	rows, err := h.db.QueryContext(ctx, "SELECT id, author_id, title FROM posts WHERE blog_id = $1 ORDER BY id DESC LIMIT 50", chi.URLParam(r, "blog"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var posts []Post
	for rows.Next() {
		var p Post
		if err := rows.Scan(&p.ID, &p.AuthorID, &p.Title); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		posts = append(posts, p)
	}
	if err := h.loadAuthors(ctx, posts); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(posts)
}

// loadAuthors reads the author of each post with one query per post.
func (h *handlers) loadAuthors(ctx context.Context, posts []Post) error {
	for i := range posts {
		if err := h.db.QueryRowContext(ctx, "SELECT name FROM authors WHERE id = $1", posts[i].AuthorID).Scan(&posts[i].Author); err != nil { // want requestquery
			return err
		}
	}
	return nil
}

// tagPost inserts one row per tag.
func (h *handlers) tagPost(w http.ResponseWriter, r *http.Request) {
	var tags []string
	if err := json.NewDecoder(r.Body).Decode(&tags); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	postID := chi.URLParam(r, "post")
	for _, tag := range tags {
		if _, err := h.db.ExecContext(r.Context(), "INSERT INTO post_tags (post_id, tag) VALUES ($1, $2)", postID, tag); err != nil { // want requestquery
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

// orderCount counts every order ever placed.
func (h *handlers) orderCount(w http.ResponseWriter, r *http.Request) {
	var n int64
	if err := h.db.QueryRowContext(r.Context(), "SELECT COUNT(*) FROM orders").Scan(&n); err != nil { // want requestquery
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(n)
}

// statusTotals reads the totals of the two order statuses.
func (h *handlers) statusTotals(w http.ResponseWriter, r *http.Request) {
	totals := make(map[string]int64)
	for _, status := range []string{"open", "closed"} {
		var total int64
		if err := h.db.QueryRowContext(r.Context(), "SELECT total FROM order_totals WHERE status = $1", status).Scan(&total); err != nil { // not an N+1 (two iterations over a constant list), but the same totals for every request // want missingcache
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		totals[status] = total
	}
	json.NewEncoder(w).Encode(totals)
}

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // no driver: this module only has to compile
	if err != nil {
		log.Fatal(err)
	}
	migrations, err := filepath.Glob("migrations/*.sql")
	if err != nil {
		log.Fatal(err)
	}
	for _, m := range migrations {
		stmt, err := os.ReadFile(m)
		if err != nil {
			log.Fatal(err)
		}
		if _, err := db.Exec(string(stmt)); err != nil { // not reported: a loop at start-up, off the request path
			log.Fatal(err)
		}
	}

	h := &handlers{db: db}
	r := chi.NewRouter()
	r.Get("/blogs/{blog}/posts", h.blogPosts)
	r.Post("/posts/{post}/tags", h.tagPost)
	r.Get("/orders/count", h.orderCount)
	r.Get("/orders/totals", h.statusTotals)
	log.Fatal(http.ListenAndServe(":8080", r))
}
