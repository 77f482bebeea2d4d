// Package routes registers routes in each framework's syntax.
package routes

import (
	"database/sql"
	"net/http"
	"regexp"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"

	"routes/group"
)

type api struct{ db *sql.DB }

func ginRoutes(a *api) {
	g := gin.New()
	v1 := g.Group("/api/v1")
	users := v1.Group("/users")
	users.GET("/:id", gin.Logger(), a.user)         // want `^route GET /api/v1/users/:id -> routes.api.user$`
	group.Register(v1.Group("/orders"))             // want `^mount Register/0 at /api/v1/orders$`
	g.Match([]string{"GET", "HEAD"}, "/up", a.user) // want `^route GET /up -> routes.api.user$` `^route HEAD /up -> routes.api.user$`
	g.Any("/any", a.user)                           // want `^route ANY /any -> routes.api.user$`
	var c *gin.Context
	c.Get("key") // not reported: a context's Get is not a registration
}

func echoRoutes(a *api) {
	e := echo.New()
	admin := e.Group("/admin")
	admin.GET("/stats", a.stats)              // want `^route GET /admin/stats -> routes.api.stats$`
	e.Add(http.MethodPost, "/stats", a.stats) // want `^route POST /stats -> routes.api.stats$`
}

func chiRoutes(a *api) {
	r := chi.NewRouter()
	r.Route("/blogs", func(r chi.Router) {
		r.Get("/{blog}", a.blog) // want `^route GET /blogs/{blog} -> routes.api.blog$`
	})
	r.Mount("/billing", group.Router()) // want `^mount Router/-1 at /billing$`
	r.Group(func(r chi.Router) {
		r.Delete("/cache", a.blog) // want `^route DELETE /cache -> routes.api.blog$`
	})
	r.Method(http.MethodPut, "/settings", http.HandlerFunc(a.blog)) // want `^route PUT /settings -> routes.api.blog$`
	r.Get("/factory", a.factory())                                  // want `^route GET /factory -> routes.api.factory\(\)$`
	r.Get("/lit", func(w http.ResponseWriter, r *http.Request) {})  // want `^route GET /lit -> routes.chiRoutes.func3$` `^entry routes.chiRoutes.func3 net/http$`
}

func muxRoutes(a *api) {
	m := mux.NewRouter()
	v2 := m.PathPrefix("/v2").Subrouter()
	v2.HandleFunc("/items", a.blog).Methods("GET")                        // want `^route GET /v2/items -> routes.api.blog$`
	v2.HandleFunc("/items/{id}", a.blog).Methods(http.MethodPut, "PATCH") // want `^route PUT /v2/items/{id} -> routes.api.blog$` `^route PATCH /v2/items/{id} -> routes.api.blog$`
	m.PathPrefix("/static/").Handler(http.FileServer(http.Dir("static"))) // want `^route ANY /static/\* -> http.FileServer\(http.Dir\("static"\)\)$`
	m.Get("name")                                                         // not reported: a named route's lookup, not a registration
}

func fiberRoutes(a *api) {
	app := fiber.New()
	app.Group("/fiber").Get("/songs", a.song) // want `^route GET /fiber/songs -> routes.api.song$`
	app.Route("/albums", func(r fiber.Router) {
		r.Get("/:id", a.song) // want `^route GET /albums/:id -> routes.api.song$`
	})
}

func serveMux(a *api) {
	m := http.NewServeMux()
	m.HandleFunc("GET /reports/{id}", a.blog) // want `^route GET /reports/{id} -> routes.api.blog$`
	m.HandleFunc("/all", a.blog)              // want `^route ANY /all -> routes.api.blog$`
	path := "/" + "dynamic"
	_ = path
	var p string
	m.HandleFunc(p, a.blog) // not reported: the pattern is not constant
}

func (a *api) user(c *gin.Context)        {}             // want `^entry routes.api.user gin$`
func (a *api) stats(c echo.Context) error { return nil } // want `^entry routes.api.stats echo$`
func (a *api) song(c *fiber.Ctx) error    { return nil } // want `^entry routes.api.song fiber$`

// blog lists a blog's posts, one query per post for its author.
func (a *api) blog(w http.ResponseWriter, r *http.Request) { // want `^entry routes.api.blog net/http reads=1 \+ N writes=0 loops=ids`
	ids := r.URL.Query()["id"]
	rows, _ := a.db.Query("SELECT id FROM posts LIMIT 10")
	_ = rows
	for _, id := range ids {
		a.db.QueryRow("SELECT name FROM authors WHERE id = $1", id)
	}
}

func (a *api) factory() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {} // want `^entry routes.api.factory.func1 net/http aliases=factory$`
}

func muxBase(a *api, base string) {
	m := mux.NewRouter()
	if base != "" {
		m = m.PathPrefix("/" + base).Subrouter() // kept: the routes below are registered on the root when base is ""
	}
	m.HandleFunc("/home", a.blog) // want `^route ANY /home -> routes.api.blog$`
	sub := m.PathPrefix("/" + base + "/api").Subrouter()
	sub.HandleFunc("/x", a.blog) // want `^route ANY /{base}/api/x -> routes.api.blog$`
}

var (
	feedPath  = regexp.MustCompile(`^/[a-z]+/feed$`)
	usersPath = "/v1/users"
)

// dispatch is a hand-written router.
func (a *api) dispatch(w http.ResponseWriter, r *http.Request) error {
	if r.Method == http.MethodGet && r.URL.Path == "/v1/health" { // want `^route GET /v1/health -> routes.api.status$`
		return a.status(w, r)
	} else if (r.Method == http.MethodPut || r.Method == "POST") && r.URL.Path == usersPath { // want `^route POST /v1/users -> routes.api.health$` `^route PUT /v1/users -> routes.api.health$`
		return a.auth(a.auth(a.health))(w, r)
	} else if r.Method == http.MethodGet && feedPath.MatchString(r.URL.Path) { // want `^route GET ~\^/\[a-z\]\+/feed\$ -> routes.api.health$`
		return a.health(w, r)
	} else if r.URL.Path == "/old" { // not reported: the standard library's redirect is not a handler of the program
		http.Redirect(w, r, "/new", http.StatusMovedPermanently)
	} else if r.Method == http.MethodDelete { // not reported: no path
		return a.health(w, r)
	}
	return nil
}

func (a *api) health(w http.ResponseWriter, r *http.Request) error { return nil } // want `^entry routes.api.health adapter$`

func (a *api) auth(next func(http.ResponseWriter, *http.Request) error) func(http.ResponseWriter, *http.Request) error {
	return next
}

// status is called by the router, not registered: the route's entry.
func (a *api) status(w http.ResponseWriter, r *http.Request) error { // want `^entry routes.api.status router reads=1 \+  writes=0 loops=$`
	a.db.QueryRow("SELECT 1")
	return nil
}
