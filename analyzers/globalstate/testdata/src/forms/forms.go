// Package forms has net/http handlers that write package-level state in
// every form globalstate knows, each next to look-alikes it does not
// report.
package forms

import (
	"container/heap"
	"container/list"
	"net/http"
	"sync"
	"sync/atomic"
)

// Each form of write has its own variable: the writes of one variable
// are one finding (merge.go), so two forms sharing one would be
// asserted only once.
var (
	hits         int
	hitsIncr     int
	hitsDecr     int
	hitsOpAssign int
)

func Assign(w http.ResponseWriter, r *http.Request) {
	hits = len(r.URL.Path) // want `^handler Assign writes package-level variable hits with no lock: concurrent requests race on it and each instance keeps its own copy; keep it per request, or move it to a shared store \(a database row, Redis INCR\)$`
}

func Incr(w http.ResponseWriter, r *http.Request) {
	hitsIncr++ // want `handler Incr writes package-level variable hitsIncr with no lock`
}

func Decr(w http.ResponseWriter, r *http.Request) {
	hitsDecr-- // want `handler Decr writes package-level variable hitsDecr with no lock`
}

func OpAssign(w http.ResponseWriter, r *http.Request) {
	hitsOpAssign += 2 // want `handler OpAssign writes package-level variable hitsOpAssign with no lock`
}

// visits is only ever grown: nothing in the package removes entries.
var visits = map[string]int{}

func MapIncr(w http.ResponseWriter, r *http.Request) {
	visits[r.URL.Path]++ // want `^handler MapIncr grows package-level map visits with no lock and nothing ever removes its entries: memory grows with traffic until the process dies; bound it \(a size-limited LRU, TTL eviction\) or move it to a shared cache \(Redis, memcached\)$`
}

// cache is evicted from by evict, so writing it is not unbounded;
// cacheDelete and cacheClear are shrunk by the handlers themselves.
var (
	cache       = map[string]string{}
	cacheDelete = map[string]string{}
	cacheClear  = map[string]string{}
)

func MapAssign(w http.ResponseWriter, r *http.Request) {
	cache[r.URL.Path] = r.Method // want `handler MapAssign writes package-level map cache with no lock`
}

func Delete(w http.ResponseWriter, r *http.Request) {
	delete(cacheDelete, r.URL.Path) // want `handler Delete writes package-level map cacheDelete with no lock`
}

func Clear(w http.ResponseWriter, r *http.Request) {
	clear(cacheClear) // want `handler Clear writes package-level map cacheClear with no lock`
}

func evict(key string) { delete(cache, key) }

var settings = map[string]string{}

func ConstantKey(w http.ResponseWriter, r *http.Request) {
	settings["mode"] = r.FormValue("mode") // want `handler ConstantKey writes package-level map settings with no lock`
}

// recent is only ever appended to.
var recent []string

func Append(w http.ResponseWriter, r *http.Request) {
	recent = append(recent, r.URL.Path) // want `handler Append grows package-level slice recent with no lock and nothing ever removes its entries`
}

// window is truncated by Trim, so appending to it is bounded.
var window []string

func AppendTrimmed(w http.ResponseWriter, r *http.Request) {
	window = append(window, r.URL.Path) // want `handler AppendTrimmed writes package-level slice window with no lock`
}

func trim() { window = window[1:] }

type Config struct {
	Mode  string
	Limit int
	Tags  []string
}

var (
	cfg     Config
	current = &Config{}
	slots   [8]int
	byUser  []Config
)

func Fields(w http.ResponseWriter, r *http.Request) {
	cfg.Mode = r.FormValue("mode")    // want `handler Fields writes package-level variable cfg.Mode with no lock`
	current.Limit = 10                // want `handler Fields writes package-level variable current \(current.Limit and current\) with no lock`
	slots[len(r.URL.Path)%8] = 1      // want `handler Fields writes package-level variable slots with no lock`
	byUser[0].Tags = nil              // want `handler Fields writes package-level slice byUser.Tags with no lock`
	*current = Config{Mode: r.Method} // not reported: the same variable as current.Limit's, one finding
}

var (
	counter      int64
	counterStore int64
	total        atomic.Int64
	totalCAS     atomic.Int64
	latest       atomic.Value
	latestSwap   atomic.Value
	peak         atomic.Int64 // only read
)

func Atomics(w http.ResponseWriter, r *http.Request) {
	atomic.AddInt64(&counter, 1)        // want `^handler Atomics writes package-level variable counter: it is synchronised, so one process stays consistent, but each instance behind a load balancer keeps its own diverging copy; move it to a shared store that every instance sees \(a database row, Redis INCR\)$`
	total.Add(1)                        // want `handler Atomics writes package-level variable total: it is synchronised`
	latest.Store(r.URL.Path)            // want `handler Atomics writes package-level variable latest: it is synchronised`
	latestSwap.Swap("x")                // want `handler Atomics writes package-level variable latestSwap: it is synchronised`
	totalCAS.CompareAndSwap(1, 2)       // want `handler Atomics writes package-level variable totalCAS: it is synchronised`
	atomic.StoreInt64(&counterStore, 0) // want `handler Atomics writes package-level variable counterStore: it is synchronised`
	_ = peak.Load()                     // not reported: a read
}

var (
	online     sync.Map // only grown
	tokens     sync.Map // revoked by Revoke
	tokensLAD  sync.Map // revoked by Revoke
	tokensSwap sync.Map // revoked by Revoke
	peers      sync.Map // only read
)

func SyncMap(w http.ResponseWriter, r *http.Request) {
	online.Store(r.RemoteAddr, true)                 // want `handler SyncMap grows package-level map online and nothing ever removes its entries`
	tokens.LoadOrStore(r.RemoteAddr, 1)              // want `handler SyncMap writes package-level map tokens: it is synchronised`
	tokensLAD.LoadAndDelete(r.RemoteAddr)            // want `handler SyncMap writes package-level map tokensLAD: it is synchronised`
	tokensSwap.Swap(r.RemoteAddr, 2)                 // want `handler SyncMap writes package-level map tokensSwap: it is synchronised`
	_, _ = peers.Load(r.RemoteAddr)                  // not reported: a read
	peers.Range(func(k, v any) bool { return true }) // not reported: a read
}

func Revoke(key string) {
	tokens.Delete(key)
	tokensLAD.Delete(key)
	tokensSwap.Delete(key)
}

var (
	queue   = list.New() // popped by Next
	jobs    jobHeap      // popped by NextJob
	backlog = list.New() // only read
)

func Lists(w http.ResponseWriter, r *http.Request) {
	queue.PushBack(r.URL.Path) // want `handler Lists writes package-level list queue with no lock`
	heap.Push(&jobs, 1)        // want `handler Lists writes package-level slice jobs with no lock`
	_ = backlog.Len()          // not reported: a read
}

func Next() any    { return queue.Remove(queue.Front()) }
func NextJob() any { return heap.Pop(&jobs) }

type jobHeap []int

func (h jobHeap) Len() int           { return len(h) }
func (h jobHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h jobHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *jobHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *jobHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}
