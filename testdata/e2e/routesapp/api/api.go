// Package api holds the handlers of routesapp and the functions that
// register some of them on the group they are handed, so that the
// scale report must carry a prefix from the caller's package.
package api

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

// RegisterGin registers the order routes on the group it is handed.
func RegisterGin(g *gin.RouterGroup) {
	g.POST("", createOrder)
	g.DELETE("/:id", deleteOrder)
}

// RegisterEcho registers the report routes on the group it is handed.
func RegisterEcho(g *echo.Group) {
	reports := g.Group("/reports")
	reports.GET("/:id", echoReport)
}

// BillingRouter returns a router that the caller mounts.
func BillingRouter() chi.Router {
	r := chi.NewRouter()
	r.Get("/invoices", listInvoices)
	return r
}

// Metrics returns the handler of the metrics route.
func Metrics() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) }
}

func createOrder(c *gin.Context) { c.Status(http.StatusCreated) }
func deleteOrder(c *gin.Context) { c.Status(http.StatusNoContent) }

// ListUsers, GetUser and Health are gin handlers.
func ListUsers(c *gin.Context) { c.Status(http.StatusOK) }
func GetUser(c *gin.Context)   { c.Status(http.StatusOK) }
func Health(c *gin.Context)    { c.Status(http.StatusOK) }

func echoReport(c echo.Context) error { return c.NoContent(http.StatusOK) }

// EchoStats and EchoPing are echo handlers.
func EchoStats(c echo.Context) error { return c.NoContent(http.StatusOK) }
func EchoPing(c echo.Context) error  { return c.NoContent(http.StatusOK) }

func listInvoices(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) }

// ListBlogs, GetBlog, Upload, FlushCache, PutSettings, ListItems,
// UpdateItem and Report are net/http handlers.
func ListBlogs(w http.ResponseWriter, r *http.Request)   { w.WriteHeader(http.StatusOK) }
func GetBlog(w http.ResponseWriter, r *http.Request)     { w.WriteHeader(http.StatusOK) }
func Upload(w http.ResponseWriter, r *http.Request)      { w.WriteHeader(http.StatusOK) }
func FlushCache(w http.ResponseWriter, r *http.Request)  { w.WriteHeader(http.StatusOK) }
func PutSettings(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) }
func ListItems(w http.ResponseWriter, r *http.Request)   { w.WriteHeader(http.StatusOK) }
func UpdateItem(w http.ResponseWriter, r *http.Request)  { w.WriteHeader(http.StatusOK) }
func Report(w http.ResponseWriter, r *http.Request)      { w.WriteHeader(http.StatusOK) }

// FiberSongs and FiberAlbum are fiber handlers.
func FiberSongs(c *fiber.Ctx) error { return c.SendStatus(http.StatusOK) }
func FiberAlbum(c *fiber.Ctx) error { return c.SendStatus(http.StatusOK) }
