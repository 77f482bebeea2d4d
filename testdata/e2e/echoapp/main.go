// Command echoapp is an echo service on sqlx.
package main

import (
	"log"
	"net/http"
	"strconv"
	"strings"

	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
)

// User is a row of the users table.
type User struct {
	ID   int64  `db:"id"`
	Name string `db:"name"`
}

// Post is a row of the posts table.
type Post struct {
	ID    int64  `db:"id"`
	Title string `db:"title"`
}

type handlers struct {
	db *sqlx.DB
}

// users reads each requested user with a query of its own.
func (h *handlers) users(c echo.Context) error {
	ids, err := parseIDs(c.QueryParam("ids"))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	ctx := c.Request().Context()
	users := make([]User, 0, len(ids))
	for _, id := range ids {
		var u User
		if err := h.db.GetContext(ctx, &u, "SELECT id, name FROM users WHERE id = $1", id); err != nil { // want requestquery
			return err
		}
		users = append(users, u)
	}
	return c.JSON(http.StatusOK, users)
}

// usersBatched is the fix of users.
func (h *handlers) usersBatched(c echo.Context) error {
	ids, err := parseIDs(c.QueryParam("ids"))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	var users []User
	if err := h.db.SelectContext(c.Request().Context(), &users, "SELECT id, name FROM users WHERE id = ANY($1)", ids); err != nil { // not reported: one query for all ids
		return err
	}
	return c.JSON(http.StatusOK, users)
}

// allPosts reads the whole table.
func (h *handlers) allPosts(c echo.Context) error {
	var posts []Post
	if err := h.db.SelectContext(c.Request().Context(), &posts, "SELECT * FROM posts"); err != nil { // want requestquery
		return err
	}
	return c.JSON(http.StatusOK, posts)
}

// recentPosts reads one page.
func (h *handlers) recentPosts(c echo.Context) error {
	limit, err := strconv.Atoi(c.QueryParam("limit"))
	if err != nil || limit <= 0 || limit > 100 {
		limit = 20
	}
	var posts []Post
	if err := h.db.SelectContext(c.Request().Context(), &posts, "SELECT id, title FROM posts ORDER BY id DESC LIMIT $1", limit); err != nil { // not reported: LIMIT bounds the read
		return err
	}
	return c.JSON(http.StatusOK, posts)
}

// post reads one post, trying again when the database is briefly away.
func (h *handlers) post(c echo.Context) error {
	var p Post
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		err = h.db.GetContext(c.Request().Context(), &p, "SELECT id, title FROM posts WHERE id = $1", c.Param("id")) // not reported: a retry loop, left once the query succeeds
		if err == nil {
			break
		}
	}
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, p)
}

func parseIDs(s string) ([]int64, error) {
	var ids []int64
	for _, f := range strings.Split(s, ",") {
		id, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, nil
}

func main() {
	db, err := sqlx.Open("postgres", "postgres://localhost/e2e") // no driver: this module only has to compile
	if err != nil {
		log.Fatal(err)
	}
	h := &handlers{db: db}
	e := echo.New()
	e.GET("/users", h.users)
	e.GET("/users/batched", h.usersBatched)
	e.GET("/posts/all", h.allPosts)
	e.GET("/posts", h.recentPosts)
	e.GET("/posts/:id", h.post)
	log.Fatal(e.Start(":8080"))
}
