// Package beegoapp keeps the last activity of each beego session in a
// package-level map, from a filter that runs on every request.
package beegoapp

import (
	stdcontext "context"
	"sync"
	"time"

	"github.com/beego/beego/v2/server/web/context"
)

var lastSeen sync.Map

func Timeout(ctx *context.Context) {
	id := ctx.Input.CruSession.SessionID(stdcontext.Background())
	if prev, ok := lastSeen.Load(id); ok && time.Since(prev.(time.Time)) > time.Hour {
		return
	}
	lastSeen.Store(id, time.Now()) // want `sessions stored in process memory \(map lastSeen, written in Timeout\)`
}

var perPath sync.Map

func count(ctx *context.Context) {
	if _, ok := perPath.Load(ctx.Request.URL.Path); ok {
		return
	}
	perPath.Store(ctx.Request.URL.Path, time.Now()) // not reported: keyed by the path, not a session
}
