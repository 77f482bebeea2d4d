package entries

import (
	"context"
	"net/http"

	"connectrpc.com/connect"
	"github.com/beego/beego/v2/server/web"
	beegoctx "github.com/beego/beego/v2/server/web/context"
	"github.com/cloudwego/hertz/pkg/app"
	"github.com/danielgtaylor/huma/v2"
	"github.com/gin-gonic/gin"
	"github.com/kataras/iris/v12"
	echo3 "github.com/labstack/echo"
	echo5 "github.com/labstack/echo/v5"
)

func EchoV3(c echo3.Context) error { return nil } // want `entry EchoV3 \(echo/v3\)`

func Hertz(ctx context.Context, c *app.RequestContext) {} // want `entry Hertz \(hertz\)`

func Iris(ctx iris.Context) {} // want `entry Iris \(iris\)`

type UserController struct {
	web.Controller
}

func (c *UserController) Get() { // want `entry UserController\.Get \(beego\)`
	c.ServeJSON()
}

func (c *UserController) render() {} // not an entry: unexported, not routed

type plain struct{}

func (plain) Get() {} // not an entry: does not embed a controller

type Ping struct{}
type PingReply struct{}

type PingService struct{}

func (s *PingService) Ping(ctx context.Context, req *connect.Request[Ping]) (*connect.Response[PingReply], error) { // want `entry PingService\.Ping \(connect\)`
	return connect.NewResponse(&PingReply{}), nil
}

func (s *PingService) Watch(ctx context.Context, req *connect.Request[Ping], st *connect.ServerStream[PingReply]) error { // not an entry here: three parameters
	return nil
}

func (s *PingService) close(ctx context.Context) {} // not an entry: no connect request

// A service's own handler shape, registered through an adapter.
type App struct{}

type appHandler func(a *App, w http.ResponseWriter, r *http.Request) error

func adapt(a *App, h appHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { // want `entry adapt\.func1 \(net/http\)`
		_ = h(a, w, r)
	}
}

func listItems(a *App, w http.ResponseWriter, r *http.Request) error { // want `entry listItems \(adapter\)`
	loadItems()
	return nil
}

func loadItems() {} // want `reached from listItems`

func (a *App) route(path string, fn func(w http.ResponseWriter, r *http.Request, user string) error, roles ...string) {
}

func (a *App) showItem(w http.ResponseWriter, r *http.Request, user string) error { return nil } // want `entry App\.showItem \(adapter\)`

func render(name string) error { return nil } // not an entry: handed to a callback that takes no request

func each(names []string, fn func(string) error) {}

func Routes(a *App, mux *http.ServeMux) {
	mux.HandleFunc("/items", adapt(a, listItems))
	a.route("/item", a.showItem, "viewer")
	each([]string{"a"}, render)
}

func EchoV5(c *echo5.Context) error { return nil } // want `entry EchoV5 \(echo/v5\)`

type ListIn struct{}
type ListOut struct{}

func listOp(ctx context.Context, in *ListIn) (*ListOut, error) { return nil, nil } // want `entry listOp \(huma\)`

func notOp(ctx context.Context, in *ListIn) (*ListOut, error) { return nil, nil } // not an entry: never registered

func Operations(api huma.API) {
	huma.Register(api, huma.Operation{Method: "GET", Path: "/items"}, listOp)
}

func beegoFilter(ctx *beegoctx.Context) {} // want `entry beegoFilter \(beego\)`

// A service's own context type wrapping the framework's.
type WebContext struct {
	*gin.Context
}

type apiHandler func(c *WebContext) (any, error)

func bindAPI(fn apiHandler) gin.HandlerFunc {
	return func(c *gin.Context) { // want `entry bindAPI\.func1 \(gin\)`
		fn(&WebContext{c})
	}
}

func listAccounts(c *WebContext) (any, error) { return nil, nil } // want `entry listAccounts \(adapter\)`

type plainCtx struct{ name string }

func withPlain(fn func(c *plainCtx) error) {}

func plainHandler(c *plainCtx) error { return nil } // not an entry: plainCtx carries no request

func API(r *gin.Engine) {
	r.GET("/accounts", bindAPI(listAccounts))
	withPlain(plainHandler)
}

// Handlers of a service's own shape, registered by another package.
func AccountList(c *WebContext) (any, error) { // want `entry AccountList \(adapter\)`
	return currentUser(c), nil
}

func currentUser(c *WebContext) string { return "" } // want `reached from AccountList`

func ShowPage(w http.ResponseWriter, r *http.Request, user string) error { return nil } // want `entry ShowPage \(adapter\)`

func SignOutgoing(r *http.Request, key string) error { return nil } // not an entry: an outgoing request has the same type

func BindJSON(c *WebContext, v any) error { return nil } // want `reached from BindJSON2`

func BindJSON2(c *WebContext) (any, error) { // want `entry BindJSON2 \(adapter\)`
	return nil, BindJSON(c, nil) // BindJSON is called here: a helper, not an entry
}
