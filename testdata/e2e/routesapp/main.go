// Command routesapp registers routes in each framework's syntax, with
// groups, prefixes, sub-routers and routes registered in another
// package, for the scale report's route tests (cmd/scalevet's
// TestScaleReportE2E). Its handlers do no work: it has no findings.
package main

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"

	"example.com/e2e/routesapp/api"
)

func main() {
	go ginRoutes()
	go echoRoutes()
	go chiRoutes()
	go muxRoutes()
	go fiberRoutes()
	serveMux()
}

func ginRoutes() {
	g := gin.New()
	v1 := g.Group("/api/v1")
	users := v1.Group("/users")
	users.GET("", api.ListUsers)                        // GET /api/v1/users
	users.GET("/:id", gin.Logger(), api.GetUser)        // GET /api/v1/users/:id: middleware first
	api.RegisterGin(v1.Group("/orders"))                // POST /api/v1/orders, DELETE /api/v1/orders/:id
	g.Any("/healthz", api.Health)                       // ANY /healthz
	g.Match([]string{"GET", "HEAD"}, "/up", api.Health) // GET and HEAD /up
	log.Fatal(g.Run(":8081"))
}

func echoRoutes() {
	e := echo.New()
	admin := e.Group("/admin")
	admin.GET("/stats", api.EchoStats) // GET /admin/stats
	api.RegisterEcho(admin)            // GET /admin/reports/:id
	e.Add(http.MethodGet, "/ping", api.EchoPing)
	log.Fatal(e.Start(":8082"))
}

func chiRoutes() {
	r := chi.NewRouter()
	r.Route("/blogs", func(r chi.Router) {
		r.Get("/", api.ListBlogs) // GET /blogs/
		r.Route("/{blog}", func(r chi.Router) {
			r.Get("/", api.GetBlog) // GET /blogs/{blog}/
		})
	})
	r.Mount("/billing", api.BillingRouter()) // GET /billing/invoices
	r.With(logged).Post("/upload", api.Upload)
	r.Group(func(r chi.Router) {
		r.Delete("/cache", api.FlushCache)
	})
	r.Method(http.MethodPut, "/settings", http.HandlerFunc(api.PutSettings))
	log.Fatal(http.ListenAndServe(":8083", r))
}

func logged(next http.Handler) http.Handler { return next }

func muxRoutes() {
	m := mux.NewRouter()
	v2 := m.PathPrefix("/v2").Subrouter()
	v2.HandleFunc("/items", api.ListItems).Methods("GET")
	v2.HandleFunc("/items/{id}", api.UpdateItem).Methods(http.MethodPut, http.MethodPatch)
	m.PathPrefix("/static/").Handler(http.FileServer(http.Dir("static")))
	log.Fatal(http.ListenAndServe(":8084", m))
}

func fiberRoutes() {
	app := fiber.New()
	songs := app.Group("/fiber")
	songs.Get("/songs", api.FiberSongs)
	app.Route("/albums", func(r fiber.Router) {
		r.Get("/:id", api.FiberAlbum)
	})
	log.Fatal(app.Listen(":8085"))
}

func serveMux() {
	m := http.NewServeMux()
	m.HandleFunc("GET /reports/{id}", api.Report)
	m.Handle("/metrics", api.Metrics())
	log.Fatal(http.ListenAndServe(":8080", m))
}
