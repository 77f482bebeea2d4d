// Command ginapp keeps sessions with gin-contrib/sessions.
package main

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-gonic/gin"
)

var carts = map[string][]string{}

func addToCart(c *gin.Context) {
	sid, err := c.Cookie("sid")
	if err != nil {
		return
	}
	carts[sid] = append(carts[sid], c.Param("sku")) // want sessionmap
}

func visit(c *gin.Context) {
	s := sessions.Default(c)
	s.Set("visits", 1) // not reported: the store decides where it goes
	_ = s.Save()
}

func main() {
	secret := []byte("secret")
	r := gin.New()
	r.Use(sessions.Sessions("mem", memstore.NewStore(secret))) // want sessionmap
	r.Use(sessions.Sessions("app", cookie.NewStore(secret)))   // not reported: a signed cookie
	r.POST("/cart/:sku", addToCart)
	r.GET("/visit", visit)
	r.Run()
}
