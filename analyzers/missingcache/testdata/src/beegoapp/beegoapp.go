// Package beegoapp holds a beego controller, built per request: its
// receiver is the request, not a value built at start-up.
package beegoapp

import (
	"net/http"

	"github.com/beego/beego/v2/server/web"
	"gorm.io/gorm"
)

var db *gorm.DB

type Order struct{ Status string }

type OrdersController struct {
	web.Controller
}

// bind fills o from the controller's request.
func bind(c *OrdersController, o *Order) { o.Status = c.GetString("status") }

func (c *OrdersController) Get() {
	var orders []Order
	cond := &Order{}
	bind(c, cond)
	db.Where(cond).Find(&orders) // not reported: the condition is filled from the controller, which is the request
	c.ServeJSON()
}

// Server is built once at start-up and serves every request.
type Server struct{ status string }

// defaults fills o from the server's settings.
func defaults(s *Server, o *Order) { o.Status = s.status }

func (s *Server) Orders(w http.ResponseWriter, r *http.Request) {
	var orders []Order
	cond := &Order{}
	defaults(s, cond)
	db.Where(cond).Find(&orders) // want `\(\*gorm.DB\).Find reads the same rows on every request of Server.Orders`
}

func main() {
	web.Router("/orders", &OrdersController{})
	http.HandleFunc("/orders", (&Server{status: "open"}).Orders)
}
