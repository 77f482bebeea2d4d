package entries

import (
	"context"
	"net/http"

	"example.com/pb/orderpb"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	fiber2 "github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
	"github.com/labstack/echo/v4"
)

func Plain(w http.ResponseWriter, r *http.Request) { // want `entry Plain \(net/http\)`
	helper()
}

func helper() { // want `reached from Plain`
	deeper()
}

func deeper() {} // want `reached from Plain`

func unused() {}

type S struct{}

func (S) ServeHTTP(w http.ResponseWriter, r *http.Request) {} // want `entry S\.ServeHTTP \(net/http\)`

// Factory: the body is start-up code; the returned literal is the entry.
func Factory(prefix string) http.HandlerFunc {
	setup()
	return func(w http.ResponseWriter, r *http.Request) { // want `entry Factory\.func1 \(net/http\)`
		perRequest()
	}
}

func setup()      {}
func perRequest() {} // want `reached from Factory\.func1`

// Middleware: the wrapper runs once; the handler it returns per request.
func Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { // want `entry Middleware\.func1 \(net/http\)`
		next.ServeHTTP(w, r)
	})
}

func Chi(r chi.Router) {
	r.Get("/x", func(w http.ResponseWriter, r *http.Request) {}) // want `entry Chi\.func1 \(net/http\)`
}

func Gin(c *gin.Context) {} // want `entry Gin \(gin\)`

func Echo(c echo.Context) error { return nil } // want `entry Echo \(echo\)`

func Fiber2(c *fiber2.Ctx) error { return nil } // want `entry Fiber2 \(fiber\)`

func Fiber3(c fiber3.Ctx) error { return nil } // want `entry Fiber3 \(fiber/v3\)`

// Look-alikes that are not entry points.
func notEcho(c echo.Context)        {}
func notHTTP(w http.ResponseWriter) {}
func notGin(c gin.Context)          {}

type Orders struct {
	orderpb.UnimplementedOrdersServer
}

func (o *Orders) GetOrder(ctx context.Context, req *orderpb.GetOrderRequest) (*orderpb.GetOrderResponse, error) { // want `entry Orders\.GetOrder \(grpc\)`
	return nil, nil
}

func (o *Orders) cache() {} // not an entry: not a service method

// Queue consumer marked by the user.
//
//scalevet:handler
func Consume(ctx context.Context, msg []byte) { // want `entry Consume \(directive\)`
	perMessage()
}

func perMessage() {} // want `reached from Consume`
