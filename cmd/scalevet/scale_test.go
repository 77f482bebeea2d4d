package main_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// demoDir is the bundled demo service.
var demoDir = filepath.Join("..", "..", "testdata", "demo")

// scaleJSON is the part of the JSON report the tests read.
type scaleJSON struct {
	Verdict   string
	Endpoints []struct {
		Rank         int
		Method, Path string
		Handler      string
		Growth       string
		NoRoute      bool                        `json:"no_route"`
		ReadOnly     bool                        `json:"read_only"`
		Blocks       []struct{ Analyzer string } `json:"blocks_scale_out"`
	}
}

// scaleGolden runs scalevet report in dir with the format and compares
// its output with testdata/scale/NAME.EXT; UPDATE_GOLDEN=1 rewrites it.
func scaleGolden(t *testing.T, dir, name, format string, patterns ...string) string {
	t.Helper()
	args := append([]string{"report", "-format=" + format, "-C", dir}, patterns...)
	r := run(t, ".", scalevet, args...)
	if r.code != 0 {
		t.Fatalf("scalevet %s: exit status %d, want 0\nstderr:\n%s", strings.Join(args, " "), r.code, r.stderr)
	}
	ext := map[string]string{"text": "txt", "markdown": "md", "json": "json", "html": "html"}[format]
	golden := filepath.Join("testdata", "scale", name+"."+ext)
	if os.Getenv("UPDATE_GOLDEN") != "" {
		if err := os.WriteFile(golden, []byte(r.stdout), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), r.stdout); diff != "" {
		t.Errorf("%s report (-want +got); run with UPDATE_GOLDEN=1 after checking:\n%s", format, diff)
	}
	return r.stdout
}

// TestScaleReportDemo checks the scale report of the demo in every
// format against its golden file, and what the report must say about
// it: every route main.go registers, GET /orders (an N+1) ranked above
// every endpoint of constant cost, POST /login and POST
// /pages/{slug}/view blocking a second instance, read-only endpoints
// marked as read-replica candidates.
func TestScaleReportDemo(t *testing.T) {
	t.Parallel()
	for _, format := range []string{"text", "markdown", "html"} {
		t.Run(format, func(t *testing.T) {
			t.Parallel()
			scaleGolden(t, demoDir, "demo", format, "./...")
		})
	}
	out := scaleGolden(t, demoDir, "demo", "json", "./...")
	var rep scaleJSON
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join(demoDir, "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	registered := regexp.MustCompile(`mux\.Handle(?:Func)?\("(\w+) ([^"]+)"`).FindAllStringSubmatch(string(src), -1)
	if len(registered) < 10 {
		t.Fatalf("found %d registrations in the demo's main.go, want its routes", len(registered))
	}
	byRoute := make(map[string]int)
	for i, e := range rep.Endpoints {
		byRoute[e.Method+" "+e.Path] = i
	}
	for _, m := range registered {
		if _, ok := byRoute[m[1]+" "+m[2]]; !ok {
			t.Errorf("route %s %s, registered in main.go, is not in the report", m[1], m[2])
		}
	}
	orders := rep.Endpoints[byRoute["GET /orders"]]
	for _, e := range rep.Endpoints {
		if e.Growth == "constant" && e.Rank < orders.Rank {
			t.Errorf("%s %s (constant cost) ranks %d, above GET /orders (%d)", e.Method, e.Path, e.Rank, orders.Rank)
		}
	}
	for _, route := range []string{"POST /login", "POST /pages/{slug}/view"} {
		if len(rep.Endpoints[byRoute[route]].Blocks) == 0 {
			t.Errorf("%s does not block scale-out in the report", route)
		}
	}
	for route, want := range map[string]bool{"GET /orders": true, "GET /users/{id}": true, "POST /items/import": false, "POST /login": false} {
		if got := rep.Endpoints[byRoute[route]].ReadOnly; got != want {
			t.Errorf("%s: read_only = %t, want %t", route, got, want)
		}
	}
	if !strings.HasPrefix(rep.Verdict, "breaks at the second instance: sessions in memory") {
		t.Errorf("verdict %q, want it to say sessions in memory break the second instance", rep.Verdict)
	}
}

// TestScaleReportE2E checks the routes of the e2e module's routesapp,
// registered in each framework's syntax with groups, prefixes,
// sub-routers and a group handed to another package, and grpcapp's RPC
// names.
func TestScaleReportE2E(t *testing.T) {
	long(t, "type-checks the real frameworks from source")
	t.Parallel()
	for _, format := range []string{"text", "markdown", "html"} {
		scaleGolden(t, e2e, "e2e", format, "./routesapp/...", "./grpcapp/...")
	}
	out := scaleGolden(t, e2e, "e2e", "json", "./routesapp/...", "./grpcapp/...")
	var rep scaleJSON
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range rep.Endpoints {
		got = append(got, e.Method+" "+e.Path+" "+e.Handler)
	}
	slices.Sort(got)
	want := []string{
		"ANY /featured main.gateway.Featured",
		"ANY /healthz api.Health",
		"ANY /metrics api.Metrics()",
		"ANY /orders main.gateway.Orders",
		"ANY /static/* http.FileServer(http.Dir(\"static\"))",
		"DELETE /api/v1/orders/:id api.deleteOrder",
		"DELETE /cache api.FlushCache",
		"GET /admin/reports/:id api.echoReport",
		"GET /admin/stats api.EchoStats",
		"GET /albums/:id api.FiberAlbum",
		"GET /api/v1/users api.ListUsers",
		"GET /api/v1/users/:id api.GetUser",
		"GET /billing/invoices api.listInvoices",
		"GET /blogs/ api.ListBlogs",
		"GET /blogs/{blog}/ api.GetBlog",
		"GET /fiber/songs api.FiberSongs",
		"GET /ping api.EchoPing",
		"GET /reports/{id} api.Report",
		"GET /up api.Health",
		"GET /v2/items api.ListItems",
		"HEAD /up api.Health",
		"PATCH /v2/items/{id} api.UpdateItem",
		"POST /api/v1/orders api.createOrder",
		"POST /upload api.Upload",
		"PUT /settings api.PutSettings",
		"PUT /v2/items/{id} api.UpdateItem",
		"RPC /orders.v1.Orders/GetOrder main.server.GetOrder",
		"RPC /orders.v1.Orders/GetOrders main.server.GetOrders",
		"RPC /orders.v1.Orders/ListOrders main.server.ListOrders",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("routes (-want +got):\n%s", diff)
	}
	// A remote call per requested id grows with the request; one per
	// configured order does not.
	for _, e := range rep.Endpoints {
		if w := map[string]string{"/orders": "N", "/featured": "constant"}[e.Path]; w != "" && e.Growth != w {
			t.Errorf("%s %s: growth %q, want %q", e.Method, e.Path, e.Growth, w)
		}
	}
}

// TestScaleReportHTMLSelfContained checks that the HTML page loads
// nothing: no script, no link, no source or URL to fetch.
func TestScaleReportHTMLSelfContained(t *testing.T) {
	t.Parallel()
	page, err := os.ReadFile(filepath.Join("testdata", "scale", "demo.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"<script", "<link", "src=", "href=", "url(", "@import", "http://", "https://"} {
		if i := strings.Index(strings.ReplaceAll(string(page), `xmlns="http://www.w3.org/2000/svg"`, ""), bad); i >= 0 {
			t.Errorf("the page holds %q at byte %d: it must load nothing", bad, i)
		}
	}
}

// TestScaleReportBrowser loads the demo's HTML report in headless
// Chromium: the page must render its table and chart with no console
// error. It needs Chromium (Debian's package, which .ci/run installs);
// SCALEVET_BROWSER=1 makes its absence a failure, and
// SCALEVET_SCREENSHOT=FILE keeps the screenshot.
func TestScaleReportBrowser(t *testing.T) {
	t.Parallel()
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("SCALEVET_BROWSER") == "1" {
			t.Fatal("SCALEVET_BROWSER=1 but chromium is not installed")
		}
		t.Skip("chromium is not installed (SCALEVET_BROWSER=1 requires it)")
	}
	page, err := filepath.Abs(filepath.Join("testdata", "scale", "demo.html"))
	if err != nil {
		t.Fatal(err)
	}
	shot := os.Getenv("SCALEVET_SCREENSHOT")
	if shot == "" {
		shot = filepath.Join(t.TempDir(), "report.png")
	}
	flags := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(), "--enable-logging=stderr", "--v=0", "--window-size=1280,1600"}
	dump := exec.Command(chromium, append(flags, "--dump-dom", "file://"+page)...)
	var stderr strings.Builder
	dump.Stderr = &stderr
	dom, err := dump.Output()
	if err != nil {
		t.Fatalf("chromium --dump-dom: %v\n%s", err, stderr.String())
	}
	for _, line := range strings.Split(stderr.String(), "\n") {
		if strings.Contains(line, "CONSOLE") || strings.Contains(line, "Uncaught") {
			t.Errorf("console: %s", line)
		}
	}
	for _, want := range []string{"<svg", "<polyline", "GET /orders", "Verdict:"} {
		if !strings.Contains(string(dom), want) {
			t.Errorf("the rendered page has no %q", want)
		}
	}
	cmd := exec.Command(chromium, append(flags, "--screenshot="+shot, "file://"+page)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium --screenshot: %v\n%s", err, out)
	}
	if fi, err := os.Stat(shot); err != nil || fi.Size() < 10000 {
		t.Errorf("screenshot %s: %v, %d bytes; want a rendered page", shot, err, sizeOf(fi))
	}
}

func sizeOf(fi os.FileInfo) int64 {
	if fi == nil {
		return 0
	}
	return fi.Size()
}

// TestScaleReportBadFlags checks that report refuses formats and flags
// it has no use for, with a clear error.
func TestScaleReportBadFlags(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{
		{"report", "-format=sarif", "./..."},
		{"report", "-fix", "./..."},
		{"report", "-baseline=b.json", "./..."},
	} {
		r := run(t, demoDir, scalevet, args...)
		if r.code != 1 || !strings.Contains(r.stderr, "scalevet: ") {
			t.Errorf("scalevet %s: exit status %d, stderr %q; want 1 and an error", strings.Join(args, " "), r.code, r.stderr)
		}
	}
}
