// Package melody is a stub of github.com/olahol/melody for scalevet's analyzer tests: only the API shape matters.
package melody

import "net/http"

// Melody holds the connected sessions.
type Melody struct{}

// Session is one client's connection.
type Session struct{}

// New makes a Melody.
func New() *Melody { return &Melody{} }

// Broadcast sends msg to every session.
func (m *Melody) Broadcast(msg []byte) error { return nil }

// BroadcastOthers sends msg to every session but s.
func (m *Melody) BroadcastOthers(msg []byte, s *Session) error { return nil }

// HandleRequest upgrades the request.
func (m *Melody) HandleRequest(w http.ResponseWriter, r *http.Request) error { return nil }

// HandleMessage sets the message handler.
func (m *Melody) HandleMessage(fn func(*Session, []byte)) {}

// Write writes to one session.
func (s *Session) Write(msg []byte) error { return nil }
