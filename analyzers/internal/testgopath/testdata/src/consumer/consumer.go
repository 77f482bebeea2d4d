// Package consumer uses the shared stubs the way services use the real
// libraries. Each method call is annotated with the callee that
// typeutil.Callee resolves it to, so this file also records which
// methods are promoted through embedding and which receivers are
// interfaces: "ptr" marks a pointer receiver.
package consumer

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	fiber "github.com/gofiber/fiber/v3"
	pgx "github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
	"gorm.io/gorm"
)

type order struct{ ID int }

func ginRoutes() {
	r := gin.New()
	r.Use(gin.Logger())            // want `^ptr github.com/gin-gonic/gin.Engine.Use$`
	r.GET("/orders", listOrders)   // want `^ptr github.com/gin-gonic/gin.RouterGroup.GET$`
	v1 := r.Group("/v1")           // want `^ptr github.com/gin-gonic/gin.RouterGroup.Group$`
	v1.POST("/orders", listOrders) // want `^ptr github.com/gin-gonic/gin.RouterGroup.POST$`
}

func listOrders(c *gin.Context) {
	id := c.Query("id")       // want `^ptr github.com/gin-gonic/gin.Context.Query$`
	c.JSON(http.StatusOK, id) // want `^ptr github.com/gin-gonic/gin.Context.JSON$`
}

func chiRoutes(h http.HandlerFunc) {
	m := chi.NewRouter()
	m.Get("/orders", h) // want `^ptr github.com/go-chi/chi/v5.Mux.Get$`
	var r chi.Router = m
	r.Post("/orders", h) // want `^github.com/go-chi/chi/v5.Router.Post$`
}

func echoRoutes() {
	e := echo.New()
	e.GET("/orders", func(c echo.Context) error { // want `^ptr github.com/labstack/echo/v4.Echo.GET$`
		return c.JSON(http.StatusOK, c.Param("id")) // want `^github.com/labstack/echo/v4.Context.JSON$` `^github.com/labstack/echo/v4.Context.Param$`
	})
}

func fiberRoutes() {
	app := fiber.New()
	app.Get("/orders", func(c fiber.Ctx) error { // want `^ptr github.com/gofiber/fiber/v3.App.Get$`
		return c.SendString("ok") // want `^github.com/gofiber/fiber/v3.Ctx.SendString$`
	})
}

func sqlxQueries(ctx context.Context, db *sqlx.DB) error {
	rows, err := db.QueryContext(ctx, "SELECT 1") // want `^ptr database/sql.DB.QueryContext$`
	if err != nil {
		return err
	}
	defer rows.Close() // want `^ptr database/sql.Rows.Close$`
	var out []order
	return db.SelectContext(ctx, &out, "SELECT id FROM orders") // want `^ptr github.com/jmoiron/sqlx.DB.SelectContext$`
}

func gormQueries(db *gorm.DB) error {
	var out []order
	tx := db.Where("id > ?", 1) // want `^ptr gorm.io/gorm.DB.Where$`
	tx = tx.Find(&out)          // want `^ptr gorm.io/gorm.DB.Find$`
	return tx.Error
}

func pgxQueries(ctx context.Context, pool *pgxpool.Pool) error {
	rows, err := pool.Query(ctx, "SELECT id FROM orders") // want `^ptr github.com/jackc/pgx/v5/pgxpool.Pool.Query$`
	if err != nil {
		return err
	}
	_, err = pgx.CollectRows(rows, pgx.RowToStructByName[order])
	return err
}

func redisCalls(ctx context.Context, rdb *redis.Client) (string, error) {
	cmd := rdb.Get(ctx, "order:1") // want `^github.com/redis/go-redis/v9.cmdable.Get$`
	return cmd.Result()            // want `^ptr github.com/redis/go-redis/v9.StringCmd.Result$`
}

func mongoCalls(ctx context.Context, coll *mongo.Collection) error {
	opts := options.Find()
	opts = opts.SetLimit(10)                   // want `^ptr go.mongodb.org/mongo-driver/v2/mongo/options.FindOptionsBuilder.SetLimit$`
	cur, err := coll.Find(ctx, bson.M{}, opts) // want `^ptr go.mongodb.org/mongo-driver/v2/mongo.Collection.Find$`
	if err != nil {
		return err
	}
	return cur.Close(ctx) // want `^ptr go.mongodb.org/mongo-driver/v2/mongo.Cursor.Close$`
}
