// Command missingcache is a service that redoes request-invariant work
// on every request (each such line ends in a want marker), next to
// look-alikes that depend on the request or are cached.
package main

import (
	"context"
	"database/sql"
	"html/template"
	"log"
	"net/http"
	"regexp"
	"strconv"
	"sync"

	"github.com/gin-gonic/gin"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"gorm.io/gorm"

	"example.com/e2e/missingcache/pricing"
)

// defaultPlan is configuration.
const defaultPlan = 1

type app struct {
	db   *sql.DB
	x    *sqlx.DB
	pool *pgxpool.Pool
	g    *gorm.DB

	once  sync.Once
	tiers []string

	mu    sync.Mutex
	cache map[string][]pricing.Plan
}

func (a *app) plans(w http.ResponseWriter, r *http.Request) {
	a.db.QueryContext(r.Context(), "SELECT name FROM plans WHERE active ORDER BY rank LIMIT 20") // want missingcache
	pricing.Plans(r.Context(), a.db)                                                             // want missingcache
	pricing.ByID(r.Context(), a.db, defaultPlan)                                                 // want missingcache
}

func (a *app) plan(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	// not reported: the id comes from the request
	pricing.ByID(r.Context(), a.db, id)
	// not reported: a write, even with constant text
	a.db.ExecContext(r.Context(), "UPDATE stats SET plan_views = plan_views + 1")
}

func (a *app) cachedPlans(w http.ResponseWriter, r *http.Request) {
	a.mu.Lock()
	defer a.mu.Unlock()
	// not reported: a cache lookup returns early on a hit
	if plans, ok := a.cache["all"]; ok {
		_ = plans
		return
	}
	plans, _ := pricing.Plans(r.Context(), a.db)
	a.cache["all"] = plans
}

func (a *app) tierList(w http.ResponseWriter, r *http.Request) {
	// not reported: sync.Once
	a.once.Do(func() {
		a.x.SelectContext(context.Background(), &a.tiers, "SELECT name FROM tiers ORDER BY rank LIMIT 10")
	})
}

func signup(w http.ResponseWriter, r *http.Request) {
	valid := regexp.MustCompile(`^[^@\s]+@[^@\s]+$`) // want missingcache
	if !valid.MatchString(r.FormValue("email")) {
		http.Error(w, "bad email", http.StatusBadRequest)
		return
	}
	page := template.Must(template.ParseFiles("welcome.html")) // want missingcache
	page.Execute(w, nil)
}

func report(w http.ResponseWriter, r *http.Request) {
	db, err := sql.Open("postgres", "postgres://reports") // want missingcache
	if err != nil {
		return
	}
	defer db.Close()
	conn, err := grpc.NewClient("inventory:443", grpc.WithTransportCredentials(insecure.NewCredentials())) // want missingcache
	if err != nil {
		return
	}
	defer conn.Close()
	http.Get("https://status.example.com/summary") // want missingcache
}

// tlsStatus builds server credentials from constant files on every
// request. The file reads are inside grpc's credentials package, below a
// function the catalogue does not name: a library's internals are its
// own (missingcache judges the catalogued calls the service makes).
func tlsStatus(w http.ResponseWriter, r *http.Request) {
	creds, err := credentials.NewServerTLSFromFile("server.pem", "server.key") // not reported: inside a library
	if err != nil {
		return
	}
	w.Write([]byte(creds.Info().SecurityProtocol))
}

func (a *app) ginTiers(c *gin.Context) {
	var tiers []string
	a.x.SelectContext(c, &tiers, "SELECT name FROM tiers ORDER BY rank LIMIT 10") // want missingcache
	// not reported: a path parameter
	a.x.SelectContext(c, &tiers, "SELECT name FROM tiers WHERE id = $1", c.Param("id"))
	c.JSON(http.StatusOK, tiers)
}

func (a *app) echoRegions(c echo.Context) error {
	rows, err := a.pool.Query(c.Request().Context(), "SELECT code FROM regions ORDER BY code LIMIT 100") // want missingcache
	if err != nil {
		return err
	}
	rows.Close()
	var plans []pricing.Plan
	a.g.Where("active = ?", true).Limit(20).Find(&plans) // want missingcache
	// not reported: a query parameter
	a.g.Where("name = ?", c.QueryParam("name")).Limit(20).Find(&plans)
	return nil
}

func main() {
	// not reported: start-up
	db, err := sql.Open("postgres", "postgres://app")
	if err != nil {
		log.Fatal(err)
	}
	a := &app{db: db, cache: make(map[string][]pricing.Plan)}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /plans", a.plans)
	mux.HandleFunc("GET /plans/{id}", a.plan)
	mux.HandleFunc("GET /v2/plans", a.cachedPlans)
	mux.HandleFunc("GET /tiers", a.tierList)
	mux.HandleFunc("POST /signup", signup)
	mux.HandleFunc("GET /report", report)
	mux.HandleFunc("GET /tls", tlsStatus)
	r := gin.New()
	r.GET("/tiers", a.ginTiers)
	e := echo.New()
	e.GET("/regions", a.echoRegions)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
