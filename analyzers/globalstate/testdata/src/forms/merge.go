package forms

import (
	"net/http"
	"sync"
)

// One finding per variable: every write of a package-level variable,
// from every handler, is one finding at the first write in source
// order, naming every handler, in the worst category of the writes
// (unbounded, then race, then instance). The state is the thing to
// move, not each statement that writes it. It is reported at the first
// write of the worst category, in the words of that write.

// likes is written by three handlers.
var likes int

func Like(w http.ResponseWriter, r *http.Request) {
	likes++ // want `^handlers Like, Unlike and ResetLikes write package-level variable likes with no lock: concurrent requests race on it and each instance keeps its own copy; keep it per request, or move it to a shared store \(a database row, Redis INCR\)$`
}

func Unlike(w http.ResponseWriter, r *http.Request) {
	likes-- // not reported: the same variable, one finding (above)
}

func ResetLikes(w http.ResponseWriter, r *http.Request) {
	likes = 0 // not reported: the same variable, one finding (above)
}

// votes is written under a lock by VoteLocked and without one by
// VoteUnlocked: one finding, at the racy write (the worst), although
// the first write is the synchronised one.
var (
	votesMu sync.Mutex
	votes   int
)

func VoteLocked(w http.ResponseWriter, r *http.Request) {
	votesMu.Lock()
	votes++ // not reported: the same variable, one finding (below, at the racy write)
	votesMu.Unlock()
}

func VoteUnlocked(w http.ResponseWriter, r *http.Request) {
	votes++ // want `^handlers VoteLocked and VoteUnlocked write package-level variable votes with no lock: concurrent requests race on it`
}

// tags is set under a constant key without a lock by TagDefault (a
// race) and grown under a lock by TagPath, and nothing removes its
// entries: one finding, at the write that grows it (unbounded, the
// worst), in its words: under a lock.
var (
	tagsMu sync.Mutex
	tags   = map[string]bool{}
)

func TagDefault(w http.ResponseWriter, r *http.Request) {
	tags["default"] = true // not reported: the same variable, one finding (below, where it grows)
}

func TagPath(w http.ResponseWriter, r *http.Request) {
	tagsMu.Lock()
	tags[r.URL.Path] = true // want `^handlers TagDefault and TagPath grow package-level map tags and nothing ever removes its entries`
	tagsMu.Unlock()
}

// rebuild keeps two package-level maps: the handlers that call it write
// both, one cause (the function is what to change), named together.
var (
	byName = map[string]int{}
	byID   = map[int]string{}
)

func rebuild(name string, id int) {
	clear(byName)     // want `^handler Rename writes package-level map byName \(and byID, which the same function writes\) \(Rename → rebuild\) with no lock`
	clear(byID)       // not reported: rebuild's state, one finding (above)
	byName[name] = id // not reported: the same
	byID[id] = name   // not reported: the same
}

func Rename(w http.ResponseWriter, r *http.Request) {
	rebuild(r.FormValue("name"), 1)
}

// A handler that writes two variables itself: two findings, one per
// variable.
var (
	firstSeen string
	lastSeen  string
)

func Seen(w http.ResponseWriter, r *http.Request) {
	firstSeen = r.URL.Path // want `^handler Seen writes package-level variable firstSeen with no lock`
	lastSeen = r.URL.Path  // want `^handler Seen writes package-level variable lastSeen with no lock`
}

// resetRoutes sets the route table and, through buildRoutes, the prefix
// it was built with: one cause, the rebuild the handlers call, named
// together at the first write reached.
var (
	routes     map[string]string
	routePrefx string
)

func buildRoutes(prefix string) map[string]string {
	routePrefx = prefix // want `^handlers SavePrefix and DropPrefix write package-level map routes \(and routePrefx, which the same function writes\) \(SavePrefix → resetRoutes\) with no lock`
	return map[string]string{prefix + "/": "index"}
}

func resetRoutes(prefix string) {
	routes = buildRoutes(prefix) // not reported: resetRoutes's state and buildRoutes's, one finding (above)
}

func SavePrefix(w http.ResponseWriter, r *http.Request) {
	resetRoutes(r.FormValue("prefix"))
}

func DropPrefix(w http.ResponseWriter, r *http.Request) {
	resetRoutes("")
}

// A helper that writes nothing itself and calls two writers: two
// causes, one per writer.
var (
	tallyHits   int
	tallyMisses int
)

func countHit()  { tallyHits++ }   // want `^handler Count writes package-level variable tallyHits \(Count → tally → countHit\) with no lock`
func countMiss() { tallyMisses++ } // want `^handler Count writes package-level variable tallyMisses \(Count → tally → countMiss\) with no lock`

func tally(hit bool) {
	if hit {
		countHit()
	} else {
		countMiss()
	}
}

func Count(w http.ResponseWriter, r *http.Request) {
	tally(r.FormValue("hit") != "")
}
