// Package scsapp uses alexedwards/scs session managers.
package scsapp

import (
	"net/http"

	"github.com/alexedwards/scs/redisstore"
	"github.com/alexedwards/scs/v2"
	"github.com/alexedwards/scs/v2/memstore"
	"github.com/gomodule/redigo/redis"
)

var global = scs.New() // not reported: init sets its Store

func init() {
	global.Store = redisstore.New(&redis.Pool{})
}

type Server struct {
	sm *scs.SessionManager
}

func Run(pool *redis.Pool) {
	mem := scs.New()            // want `^sessions stored in process memory \(scs\.New with its default memory store\): a second instance behind a load balancer will not see them; set its Store to a shared store such as redisstore or postgresstore$`
	s := &Server{sm: scs.New()} // want `scs\.New with its default memory store`
	shared := scs.New()         // not reported: its Store is set below
	shared.Store = redisstore.New(pool)
	explicit := scs.New()           // not reported: its Store is set, to a memstore reported on its own
	explicit.Store = memstore.New() // want `^sessions stored in process memory \(memstore\.New\): a second instance behind a load balancer will not see them; use a shared store such as redisstore or postgresstore$`
	http.ListenAndServe(":8080", mem.LoadAndSave(s.routes()))
	_ = shared
}

// newManager returns the manager for its caller to configure.
func newManager() *scs.SessionManager {
	return scs.New() // not reported: returned, its Store may be set by the caller
}

func (s *Server) routes() http.Handler { return http.NotFoundHandler() }

func (s *Server) Login(w http.ResponseWriter, r *http.Request) {
	s.sm.Put(r.Context(), "user", r.FormValue("user")) // not reported: the library's session
}
