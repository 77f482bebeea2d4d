// Package downstream has the handlers of the chain downstream → middle → upstream.
package downstream

import (
	"net/http"

	"chain/middle"
	"chain/upstream"
)

func IncrHits(w http.ResponseWriter, r *http.Request) {
	middle.Track(r.URL.Path) // want `^handlers IncrHits, IncrLocked, GinHit and 1 more write package-level variable upstream.hits \(IncrHits → middle.Track → upstream.Record\) with no lock: concurrent requests race on it and each instance keeps its own copy; keep it per request, or move it to a shared store \(a database row, Redis INCR\)$`
}

func IncrLocked(w http.ResponseWriter, r *http.Request) {
	middle.TrackLocked(r.URL.Path) // not reported again: the same write as IncrHits's, one finding per cause
}

func Remember(w http.ResponseWriter, r *http.Request) {
	record(r)
}

func record(r *http.Request) {
	middle.Note(r.URL.Path) // want `handlers Remember and EchoRemember grow package-level map upstream.seen \(Remember → record → middle.Note → upstream.Remember\) and nothing ever removes its entries`
}

func Direct(w http.ResponseWriter, r *http.Request) {
	upstream.Hits++                  // want `handler Direct writes package-level variable upstream.Hits with no lock`
	upstream.Seen[r.URL.Path] = true // want `handler Direct grows package-level map upstream.Seen with no lock and nothing ever removes its entries`
	upstream.Cache[r.URL.Path] = "x" // want `handler Direct writes package-level map upstream.Cache with no lock`
	upstream.Requests.Inc()          // want `handler Direct writes package-level variable upstream.Requests \(Direct → upstream.Counter.Inc\) with no lock`
	_ = middle.Read()                // not reported: reads only
	var c upstream.Counter
	c.Inc() // not reported: a local
}

func register() {
	middle.Track("start") // not reported: start-up
	http.HandleFunc("/", IncrHits)
}

func Rename(w http.ResponseWriter, r *http.Request) {
	app := upstream.App
	app.Name = r.FormValue("name") // want `handler Rename writes package-level variable upstream.App.Name with no lock`
	svc := upstream.Services[r.FormValue("id")]
	svc.Name = r.FormValue("name") // want `handler Rename writes package-level variable upstream.Services.Name with no lock`
	d := upstream.Defaults
	d.Name = r.FormValue("name") // not reported: a copy of a value
	mine := &upstream.Settings{}
	mine.Name = "x" // not reported: the request's own
	other := upstream.App
	other = &upstream.Settings{}
	other.Name = "y" // not reported: the local is set twice, not only from the shared pointer
}

func Welcome(w http.ResponseWriter, r *http.Request) {
	upstream.Template("welcome") // want `handler Welcome writes package-level map upstream.templates \(Welcome → upstream.Template\) with no lock`
}

// One call that writes two variables of another package, in two of its
// functions, is one finding: the call is the place to look.
func Subscribe(w http.ResponseWriter, r *http.Request) {
	upstream.Listen(func() {}) // want `^handler Subscribe writes package-level slice upstream.listeners \(and upstream.nextID, which the same call writes\) \(Subscribe → upstream.Listen\): it is synchronised`
}

// The look-alike: two calls, each writing its own variable, are two
// findings.
func Reset(w http.ResponseWriter, r *http.Request) {
	upstream.Drop(r.URL.Path) // want `^handler Reset writes package-level slice upstream.dropped \(Reset → upstream.Drop\): it is synchronised`
	upstream.Tick()           // want `^handler Reset writes package-level variable upstream.ticks \(Reset → upstream.Tick\): it is synchronised`
}

// The look-alike: a call whose callee writes nothing itself but
// reaches two helpers that each write their own variable is two
// findings.
func AuditHandler(w http.ResponseWriter, r *http.Request) {
	upstream.Audit(r.URL.Path) // want `^handler AuditHandler writes package-level variable upstream.audits \(AuditHandler → upstream.Audit → upstream.countAudit\) with no lock` `^handler AuditHandler writes package-level slice upstream.auditLog \(AuditHandler → upstream.Audit → upstream.logAudit\): it is synchronised`
}
