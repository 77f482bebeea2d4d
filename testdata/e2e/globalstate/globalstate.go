// Package globalstate has handlers of net/http, gin, echo and gRPC that
// write package-level state, and look-alikes that are not reported.
package globalstate

import (
	"context"
	"expvar"
	"log/slog"
	"net/http"
	"sync"
	"sync/atomic"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"

	"example.com/e2e/globalstate/stats"
	"example.com/e2e/grpcapp/orderpb"
)

var (
	maintenance bool
	served      atomic.Int64
	views       = expvar.NewInt("views")
	logger      = slog.Default()
	once        sync.Once
	defaults    map[string]string
)

// Hit serves net/http.
func Hit(w http.ResponseWriter, r *http.Request) {
	stats.Record(r.URL.Path) // want globalstate
	views.Add(1)             // not reported: an expvar metric
	logger.Info("hit", "path", r.URL.Path)
	once.Do(func() { defaults = map[string]string{} }) // not reported: once per process
}

// Maintenance serves gin: a feature toggle flipped by one instance only.
func Maintenance(c *gin.Context) {
	maintenance = c.Query("on") == "1" // want globalstate
	c.Status(http.StatusNoContent)
}

// Online serves echo.
func Online(c echo.Context) error {
	stats.MarkOnline(c.Param("user")) // want globalstate
	return c.NoContent(http.StatusNoContent)
}

// Server is a gRPC service.
type Server struct {
	orderpb.UnimplementedOrdersServer
	calls int
}

// GetOrder counts the calls in an atomic: synchronised, but per instance.
func (s *Server) GetOrder(ctx context.Context, req *orderpb.GetOrderRequest) (*orderpb.Order, error) {
	served.Add(1) // want globalstate
	// The server serves every call, and nothing locks calls: a race.
	s.calls++ // want globalstate
	return &orderpb.Order{Id: req.Id}, nil
}

// Register wires the handlers; its own writes run once, at start-up.
func Register(r *gin.Engine, e *echo.Echo) {
	maintenance = false // not reported: start-up
	r.POST("/maintenance", Maintenance)
	e.GET("/online/:user", Online)
	http.HandleFunc("/hit", Hit)
}
