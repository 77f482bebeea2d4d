// Command entapp is a net/http service on ent's generated client.
package main

import (
	"encoding/json"
	"log"
	"net/http"

	"example.com/e2e/entapp/ent"
	"example.com/e2e/entapp/ent/user"
)

type server struct{ client *ent.Client }

// posts lists users and reads each user's posts with its own query.
func (s *server) posts(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	users, err := s.client.User.Query().Where(user.NameHasPrefix(r.URL.Query().Get("q"))).Limit(20).All(ctx)
	if err != nil {
		return
	}
	out := map[string]int{}
	for _, u := range users {
		ps, _ := u.QueryPosts().All(ctx) // want requestquery
		out[u.Name] = len(ps)
	}
	json.NewEncoder(w).Encode(out)
}

// postsEager is the fix of posts: WithPosts loads them in one query.
func (s *server) postsEager(w http.ResponseWriter, r *http.Request) {
	users, _ := s.client.User.Query().Where(user.NameHasPrefix(r.URL.Query().Get("q"))).WithPosts().Limit(20).All(r.Context()) // not reported: eager loading
	json.NewEncoder(w).Encode(users)
}

// everyone reads the whole users table.
func (s *server) everyone(w http.ResponseWriter, r *http.Request) {
	users, _ := s.client.User.Query().All(r.Context()) // want requestquery
	json.NewEncoder(w).Encode(users)
}

// admin reads the administrator, the same row for every request, and
// the user the request names.
func (s *server) admin(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	a, _ := s.client.User.Query().Where(user.NameEQ("admin")).Only(ctx)                   // want missingcache
	u, _ := s.client.User.Query().Where(user.NameEQ(r.URL.Query().Get("name"))).Only(ctx) // not reported: the request's name
	json.NewEncoder(w).Encode([]*ent.User{a, u})
}

// create adds the posted users one INSERT at a time, then all at once.
func (s *server) create(w http.ResponseWriter, r *http.Request) {
	var names []string
	json.NewDecoder(r.Body).Decode(&names)
	ctx := r.Context()
	for _, n := range names {
		s.client.User.Create().SetName(n).Save(ctx) // want requestquery
	}
	bulk := make([]*ent.UserCreate, len(names))
	for i, n := range names {
		bulk[i] = s.client.User.Create().SetName(n)
	}
	s.client.User.CreateBulk(bulk...).Save(ctx) // not reported: one multi-row INSERT
}

func main() {
	client, err := ent.Open("postgres", "") // no driver: this module only has to compile
	if err != nil {
		log.Fatal(err)
	}
	s := &server{client: client}
	http.HandleFunc("/posts", s.posts)
	http.HandleFunc("/v2/posts", s.postsEager)
	http.HandleFunc("/users", s.everyone)
	http.HandleFunc("/admin", s.admin)
	http.HandleFunc("/create", s.create)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
