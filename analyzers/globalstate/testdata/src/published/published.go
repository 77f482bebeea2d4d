// Package published writes counters of another package that one of
// them publishes as a metric.
package published

import (
	"net/http"

	"published/stats"
)

func Handle(w http.ResponseWriter, r *http.Request) {
	stats.Mu.Lock()
	stats.Hits++   // not reported: a metric its package publishes
	stats.Misses++ // want `handler Handle writes package-level variable stats.Misses: it is synchronised`
	stats.Mu.Unlock()
}
