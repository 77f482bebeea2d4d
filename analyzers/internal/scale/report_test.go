package scale_test

import (
	"go/token"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
	"github.com/scalevet/scalevet/analyzers/internal/scale"
	"github.com/scalevet/scalevet/analyzers/internal/summary"
)

// TestBuild joins two packages' results: routes registered on a group
// that main hands to web, an interface call joined in main, findings
// that name their entry points, and ranks the endpoints.
func TestBuild(t *testing.T) {
	fset := token.NewFileSet()
	tf := fset.AddFile("/svc/web/web.go", -1, 1000)
	lines := make([]int, 100)
	for i := range lines {
		lines[i] = i * 10
	}
	tf.SetLines(lines)
	line := func(n int) token.Pos { return tf.LineStart(n) }

	query := summary.Op{Kind: catalog.Query}
	perOrder := summary.Op{Kind: catalog.Query, Loop: "web.go:12", LoopOver: "orders"}
	perItem := summary.Op{Kind: catalog.Query, Loop: "web.go:14", LoopOver: "o.Items", Nest: 1}
	whole := summary.Op{Kind: catalog.Query, Unbounded: "no WHERE", Table: "posts"}
	write := summary.Op{Kind: catalog.Exec}
	web := &scale.Result{
		Entries: []scale.Entry{
			{Key: "web.Orders", Name: "web.Orders", Pkg: "svc/web", Pos: line(10), Ops: []summary.Op{query, perOrder}},
			{Key: "web.Items", Name: "web.Items", Pkg: "svc/web", Pos: line(20), Ops: []summary.Op{query, perOrder, perItem}},
			{Key: "web.Posts", Name: "web.Posts", Pkg: "svc/web", Pos: line(30), Ops: []summary.Op{whole}},
			{Key: "web.Login", Name: "web.Login", Pkg: "svc/web", Pos: line(40), Ops: []summary.Op{query}},
			{Key: "web.Save", Name: "web.Save", Pkg: "svc/web", Pos: line(50), Ops: []summary.Op{query, write}},
			{Key: "web.Search", Name: "web.Search", Pkg: "svc/web", Pos: line(60), Pending: []string{"svc/store.Search.Find@web.go:61"}},
			{Key: "web.Health", Name: "web.Health", Pkg: "svc/web", Pos: line(70)},
			{Key: "web.Find", Name: "web.Find", Pkg: "svc/web", Pos: line(80), Ops: []summary.Op{query}, Pending: []string{"svc/store.Cache.Get@web.go:81"}},
		},
		Routes: []scale.Route{
			{Method: "GET", Path: "/orders", Base: scale.Base{Func: "web.Register", Slot: 0}, Handler: "web.Orders", Name: "web.Orders"},
			{Method: "GET", Path: "/items", Base: scale.Base{Func: "web.Register", Slot: 0}, Handler: "web.Items", Name: "web.Items"},
			{Method: "GET", Path: "/posts", Handler: "web.Posts", Name: "web.Posts"},
			{Method: "POST", Path: "/login", Handler: "web.Login", Name: "web.Login"},
			{Method: "PUT", Path: "/save", Handler: "web.Save", Name: "web.Save"},
			{Method: "GET", Path: "/search", Handler: "web.Search", Name: "web.Search"},
			{Method: "ANY", Path: "/static/*", Name: "http.FileServer(dir)"},
			{Method: "GET", Path: "/find", Handler: "web.Find", Name: "web.Find"},
		},
	}
	main := &scale.Result{
		Mounts: []scale.Mount{
			{Func: "web.Register", Slot: 0, Prefix: "/v1", Base: scale.Base{Func: "main.api", Slot: 0}},
			{Func: "main.api", Slot: 0, Prefix: "/api"},
		},
		Joins: []scale.Join{
			{Entry: "web.Save", EntryPkg: "svc/web", Loop: "web.go:52", Ops: []summary.Op{write}},
			// An implementation that does no work: the call is known.
			{Entry: "web.Other", EntryPkg: "svc/web", Call: "svc/store.Cache.Get@web.go:81"},
		},
	}
	findings := []scale.Finding{
		{Analyzer: "sessionmap", Category: "map", Position: "web/web.go:41", Message: "sessions", Related: []scale.Related{{Position: "web/web.go:40", Message: "the request entry point Login (net/http)"}}},
		{Analyzer: "globalstate", Category: "race", Position: "web/web.go:51", Message: "state", Entries: []string{"svc/web\x00Save"}},
		{Analyzer: "missingcache", Category: "query", Position: "web/web.go:31", Message: "same query", Entries: []string{"svc/web\x00Posts"}},
		{Analyzer: "sessionmap", Category: "store", Position: "main.go:5", Message: "memory store"},
	}
	got := scale.Build([]scale.Package{{Result: web, Fset: fset}, {Result: main, Fset: fset}}, "/svc", findings)

	type row struct {
		Route, Growth, Reads, Writes string
		ReadOnly, Blocks, Cache      bool
	}
	var rows []row
	for _, e := range got.Endpoints {
		rows = append(rows, row{e.Route(), e.Growth, e.Reads.String(), e.Writes.String(), e.ReadOnly, len(e.Blocks) > 0, len(e.Cacheable) > 0})
	}
	want := []row{
		{"GET /api/v1/items", "N·M", "1 + N + N·M", "0", true, false, false},
		{"PUT /save", "N", "1", "1 + N", false, true, false}, // the joined write runs in the loop around the interface call
		{"GET /api/v1/orders", "N", "1 + N", "0", true, false, false},
		{"GET /posts", "table", "1", "0", true, false, true},
		{"POST /login", "constant", "1", "0", false, true, false},  // not read-only: it keeps sessions in memory
		{"GET /find", "constant", "1", "0", true, false, false},    // its interface call is joined, with no work
		{"GET /search", "constant", "0", "0", false, false, false}, // not read-only: an unresolved call may write
		{"ANY /static/*", "constant", "0", "0", false, false, false},
		{"web.Health", "constant", "0", "0", false, false, false}, // no route names it
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("endpoints (-want +got):\n%s", diff)
	}
	const verdict = "breaks at the second instance: sessions in memory (1 endpoint), state in process memory written per request (1 endpoint), 1 service-wide finding; under load, GET /api/v1/items breaks first (1 + N + N·M round trips per request)"
	if got.Verdict != verdict {
		t.Errorf("verdict:\n got %s\nwant %s", got.Verdict, verdict)
	}
	if got.Growing != 4 {
		t.Errorf("growing = %d, want 4", got.Growing)
	}
	if e := got.Endpoints[0]; e.Trips(10) != 111 || len(e.Loops) != 2 || e.Loops[1].Depth != 2 {
		t.Errorf("GET /api/v1/items: trips(10) = %d, loops %+v; want 111 and two loops, the second nested", e.Trips(10), e.Loops)
	}
	if e := got.Endpoints[len(got.Endpoints)-1]; !e.NoRoute {
		t.Errorf("web.Health: NoRoute = false, want true")
	}
}
