// Package web calls the interfaces; it imports the implementation's
// package too (a constructor), so the implementation is visible here.
package web

import (
	"net/http"

	"ifaces/mem"
	"ifaces/store"
)

// Server holds the store the wiring gives it.
type Server struct {
	seeds   store.Seeds
	tracker store.Tracker
}

// New wires the in-memory seeds.
func New() *Server { return &Server{seeds: mem.Seeds{}} }

func (s *Server) Shuffle(w http.ResponseWriter, r *http.Request) {
	s.seeds.Set(r.FormValue("user"), "42") // want `handler Server.Shuffle writes package-level map mem.seeds \(Server.Shuffle → mem.Seeds.Set\): it is synchronised`
	s.tracker.Track(r.FormValue("user"))   // not reported: no implementation is known
}
