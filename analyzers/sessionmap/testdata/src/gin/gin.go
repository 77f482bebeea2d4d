// Package gin has gin handlers with session maps, and gin-contrib/sessions
// stores.
package gin

import (
	"strings"
	"sync"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
	"github.com/google/uuid"
)

var (
	mu    sync.RWMutex
	users = map[string]string{}
	carts sync.Map
)

func Login(c *gin.Context) {
	sid, err := c.Cookie("sid")
	if err != nil {
		return
	}
	mu.Lock()
	users[sid] = c.PostForm("user") // want `^sessions stored in process memory \(map users, written in Login\)`
	mu.Unlock()
}

func Token(c *gin.Context) {
	tok := strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer ")
	carts.LoadOrStore(tok, []string{}) // want `map carts, written in Token`
}

func Start(c *gin.Context) {
	sid := uuid.NewString()
	c.SetCookie("sid", sid, 3600, "/", "", true, true)
	users[sid] = "" // want `map users, written in Start`
}

// Router registers the handlers and the stores: the store constructor
// is reported where it is called.
func Router(secret []byte) *gin.Engine {
	r := gin.New()
	r.Use(sessions.Sessions("mem", memstore.NewStore(secret)))  // want `^sessions stored in process memory \(memstore\.NewStore\): a second instance behind a load balancer will not see them; use the cookie, redis or postgres store of gin-contrib/sessions$`
	r.Use(sessions.Sessions("cookie", cookie.NewStore(secret))) // not reported: the client carries the session
	rs, _ := redis.NewStore(10, "tcp", "localhost:6379", "", "", secret)
	r.Use(sessions.Sessions("redis", rs)) // not reported: a shared store
	r.POST("/login", Login)
	return r
}

// Library sessions keep the id in the store: using them is not a map write.
func Profile(c *gin.Context) {
	s := sessions.Default(c)
	s.Set("user", "ann") // not reported: the store decides where it goes
	_ = s.Save()
	tag := c.Query("tag")
	users[tag] = "x" // not reported: not a session key
}

// User finds the request's session.
func User(c *gin.Context) {
	sid, _ := c.Cookie("sid")
	mu.RLock()
	name := users[sid]
	mu.RUnlock()
	c.String(200, name)
}
