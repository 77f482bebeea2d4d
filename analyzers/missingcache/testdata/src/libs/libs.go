// Package libs holds invariant work through sqlx, gorm (v2 and v1), xorm, pgx, mongo and
// go-redis, and look-alikes.
package libs

import (
	"context"
	"net/http"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"gorm.io/gorm"
)

type Plan struct{ Name string }

type API struct {
	x     *sqlx.DB
	g     *gorm.DB
	pool  *pgxpool.Pool
	plans *mongo.Collection
}

func (a *API) Plans(w http.ResponseWriter, r *http.Request) {
	var plans []Plan
	a.x.Select(&plans, "SELECT name FROM plans WHERE active")           // want `query "SELECT name FROM plans WHERE active" does not depend on the request`
	a.g.WithContext(r.Context()).Where("active = ?", true).Find(&plans) // want `^\(\*gorm.DB\).Find reads the same rows on every request of API.Plans: its conditions do not depend on the request, so the database redoes the same work each time; cache the result \(sync.OnceValue, or a TTL cache\)$`
	a.pool.Query(r.Context(), "SELECT name FROM tiers WHERE active")    // want `query "SELECT name FROM tiers WHERE active" does not depend on the request`
	a.plans.Find(r.Context(), bson.M{"active": true})                   // want `a.plans.Find reads the same rows on every request of API.Plans`
}

func (a *API) Plan(w http.ResponseWriter, r *http.Request) {
	var p Plan
	id := r.PathValue("id")
	// not reported: request-dependent conditions
	a.x.Get(&p, "SELECT name FROM plans WHERE id = $1", id)
	a.g.Where("id = ?", id).Find(&p)
	a.g.Find(&p, id)
	a.pool.Query(r.Context(), "SELECT name FROM tiers WHERE id = $1", id)
	a.plans.Find(r.Context(), bson.M{"_id": id})
	// not reported: a write through gorm
	a.g.Create(&p)
}

func (a *API) Pools(w http.ResponseWriter, r *http.Request) {
	sqlx.Connect("postgres", "dsn")                     // want `sqlx.Connect creates a new connection pool on every request of API.Pools`
	gorm.Open(nil)                                      // want `gorm.Open creates a new connection pool`
	pgxpool.New(r.Context(), "dsn")                     // want `pgxpool.New creates a new connection pool`
	pgx.Connect(r.Context(), "dsn")                     // want `pgx.Connect creates a new connection pool`
	mongo.Connect(r.Context())                          // want `mongo.Connect creates a new connection pool`
	redis.NewClient(&redis.Options{Addr: "cache:6379"}) // want `^redis.NewClient creates a new connection pool on every request of API.Pools: connections are not reused and the server's connection limit is exhausted under load; open one pool at start-up and share it$`
}

// NewAPI is start-up code.
func NewAPI(ctx context.Context) *API { // want NewAPI:"pool sqlx.Connect via libs.NewAPI"
	// not reported: not on the request path
	x, _ := sqlx.Connect("postgres", "dsn")
	return &API{x: x}
}
