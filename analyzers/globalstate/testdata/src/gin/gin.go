// Package gin writes package-level state from gin handlers.
package gin

import (
	"sync"

	"github.com/gin-gonic/gin"
)

var (
	mu      sync.Mutex
	limits  = map[string]int{} // reset by Reset
	enabled bool
	visited bool
)

func Toggle(c *gin.Context) {
	enabled = c.Query("on") == "1" // want `handler Toggle writes package-level variable enabled with no lock`
}

func RateLimit(c *gin.Context) {
	mu.Lock()
	defer mu.Unlock()
	limits[c.ClientIP()]++ // want `handler RateLimit writes package-level map limits: it is synchronised, so one process stays consistent`
	c.Set("limited", true) // not reported: the request's context
}

func Reset() {
	mu.Lock()
	limits = map[string]int{}
	mu.Unlock()
}

func Register(r *gin.Engine) {
	enabled = true // not reported: registration runs once, at start-up
	r.GET("/toggle", Toggle)
	r.POST("/visit", func(c *gin.Context) {
		visited = true // want `handler Register.func1 writes package-level variable visited with no lock`
	})
}
