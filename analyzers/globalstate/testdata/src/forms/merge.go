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
