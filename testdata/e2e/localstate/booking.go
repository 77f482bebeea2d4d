package localstate

import (
	"net/http"
)

// Book keeps "one booking per seat" with the service's mutex: it
// excludes only the requests of this instance.
func (s *Service) Book(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock() // want localstate
	defer s.mu.Unlock()
	var taken bool
	if err := s.db.QueryRowContext(r.Context(), "SELECT taken FROM seats WHERE id = $1", r.FormValue("seat")).Scan(&taken); err != nil || taken {
		http.Error(w, "seat taken", http.StatusConflict)
		return
	}
	s.db.ExecContext(r.Context(), "UPDATE seats SET taken = true WHERE id = $1", r.FormValue("seat"))
}

// Hits counts in memory under the same kind of lock. Not reported.
func (s *Service) Hits(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.total++
	s.mu.Unlock()
}
