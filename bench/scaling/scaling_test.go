package scaling_test

import (
	"fmt"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/scalevet/scalevet/analyzers"
	"github.com/scalevet/scalevet/bench/scaling"
)

// load generates a module with one package of n handlers in a temporary
// directory and loads it: syntax and types for the package, export data
// for the standard library it imports. The standard library is not
// analysed: facts from it are irrelevant here, and analysing it would add
// the same constant to every size and hide how the cost grows.
func load(tb testing.TB, n int) *packages.Package {
	tb.Helper()
	dir := tb.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/scaling\n\ngo 1.26\n"), 0o644); err != nil {
		tb.Fatal(err)
	}
	f, err := os.Create(filepath.Join(dir, "handlers.go"))
	if err != nil {
		tb.Fatal(err)
	}
	if err := scaling.Generate(f, n); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	cfg := &packages.Config{Mode: packages.LoadSyntax | packages.NeedModule, Dir: dir}
	pkgs, err := packages.Load(cfg, ".")
	if err != nil {
		tb.Fatal(err)
	}
	if len(pkgs) != 1 || len(pkgs[0].Errors) > 0 {
		tb.Fatalf("generated package does not load: %v", pkgs[0].Errors)
	}
	return pkgs[0]
}

// A run executes one analyzer, and every analyzer it requires, once each,
// on one package, the way a driver does. Facts exported in the package
// are visible to the analyzers that run after the exporter in the same
// package; facts of imported packages are absent.
type run struct {
	pkg     *packages.Package
	results map[*analysis.Analyzer]any
	objs    map[objFactKey]analysis.Fact
	pkgs    map[pkgFactKey]analysis.Fact
	diags   map[string]int // per analyzer
}

type objFactKey struct {
	obj types.Object
	t   reflect.Type
}

type pkgFactKey struct {
	pkg *types.Package
	t   reflect.Type
}

func newRun(pkg *packages.Package) *run {
	return &run{
		pkg:     pkg,
		results: make(map[*analysis.Analyzer]any),
		objs:    make(map[objFactKey]analysis.Fact),
		pkgs:    make(map[pkgFactKey]analysis.Fact),
		diags:   make(map[string]int),
	}
}

func (r *run) exec(tb testing.TB, a *analysis.Analyzer) any {
	if res, ok := r.results[a]; ok {
		return res
	}
	inputs := make(map[*analysis.Analyzer]any)
	for _, req := range a.Requires {
		inputs[req] = r.exec(tb, req)
	}
	pass := &analysis.Pass{
		Analyzer:   a,
		Fset:       r.pkg.Fset,
		Files:      r.pkg.Syntax,
		OtherFiles: r.pkg.OtherFiles,
		Pkg:        r.pkg.Types,
		TypesInfo:  r.pkg.TypesInfo,
		TypesSizes: r.pkg.TypesSizes,
		ResultOf:   inputs,
		ReadFile:   os.ReadFile,
		Report:     func(analysis.Diagnostic) { r.diags[a.Name]++ },
		ImportObjectFact: func(obj types.Object, fact analysis.Fact) bool {
			got, ok := r.objs[objFactKey{obj, reflect.TypeOf(fact)}]
			if ok {
				reflect.ValueOf(fact).Elem().Set(reflect.ValueOf(got).Elem())
			}
			return ok
		},
		ExportObjectFact: func(obj types.Object, fact analysis.Fact) {
			r.objs[objFactKey{obj, reflect.TypeOf(fact)}] = fact
		},
		ImportPackageFact: func(pkg *types.Package, fact analysis.Fact) bool {
			got, ok := r.pkgs[pkgFactKey{pkg, reflect.TypeOf(fact)}]
			if ok {
				reflect.ValueOf(fact).Elem().Set(reflect.ValueOf(got).Elem())
			}
			return ok
		},
		ExportPackageFact: func(fact analysis.Fact) {
			r.pkgs[pkgFactKey{r.pkg.Types, reflect.TypeOf(fact)}] = fact
		},
		AllObjectFacts: func() []analysis.ObjectFact {
			var all []analysis.ObjectFact
			for k, f := range r.objs {
				all = append(all, analysis.ObjectFact{Object: k.obj, Fact: f})
			}
			return all
		},
		AllPackageFacts: func() []analysis.PackageFact {
			var all []analysis.PackageFact
			for k, f := range r.pkgs {
				all = append(all, analysis.PackageFact{Package: k.pkg, Fact: f})
			}
			return all
		},
	}
	if r.pkg.Module != nil {
		pass.Module = &analysis.Module{Path: r.pkg.Module.Path, GoVersion: r.pkg.Module.GoVersion}
	}
	res, err := a.Run(pass)
	if err != nil {
		tb.Fatalf("%s: %v", a.Name, err)
	}
	r.results[a] = res
	return res
}

// TestGenerated checks that the generated package is real work: it
// type-checks, and requestquery finds each of its N+1 queries.
func TestGenerated(t *testing.T) {
	const n = 20
	pkg := load(t, n)
	r := newRun(pkg)
	for _, e := range analyzers.All() {
		r.exec(t, e.Analyzer)
	}
	if got, want := r.diags["requestquery"], scaling.NPlusOne(n); got != want {
		t.Errorf("requestquery reported %d findings on %d handlers, want %d (one per N+1 handler)", got, n, want)
	}
}

// BenchmarkAnalyzers times each analyzer of the suite, with what it
// requires, and the whole suite, on 100, 1,000 and 10,000 handlers. The
// package is loaded once per size, outside the timing. ns/handler is the
// time of one run divided by the number of handlers; cpu-ns/handler is
// the same with the process's CPU time (every goroutine, the garbage
// collector included), which load from other jobs does not inflate;
// allocs/handler counts heap allocations, a measure of work that does not
// depend on the machine at all. The garbage collector's share of CPU time
// grows with the live heap, which holds the loaded package, so cpu-ns
// grows a little faster than the work itself: allocs/handler shows the
// work.
func BenchmarkAnalyzers(b *testing.B) {
	sizes := []int{100, 1000, 10000}
	if testing.Short() {
		sizes = sizes[:2]
	}
	pkgs := make(map[int]*packages.Package)
	for _, n := range sizes {
		pkgs[n] = load(b, n)
	}
	type subject struct {
		name string
		as   []*analysis.Analyzer
	}
	var subjects []subject
	var all []*analysis.Analyzer
	for _, e := range analyzers.All() {
		subjects = append(subjects, subject{e.Analyzer.Name, []*analysis.Analyzer{e.Analyzer}})
		all = append(all, e.Analyzer)
	}
	subjects = append(subjects, subject{"suite", all})
	for _, s := range subjects {
		for _, n := range sizes {
			b.Run(fmt.Sprintf("%s/handlers=%d", s.name, n), func(b *testing.B) {
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				cpu := cpuTime()
				for b.Loop() {
					r := newRun(pkgs[n])
					for _, a := range s.as {
						r.exec(b, a)
					}
				}
				cpu = cpuTime() - cpu
				runtime.ReadMemStats(&after)
				b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(b.N)/float64(n), "allocs/handler")
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/handler")
				b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/float64(n), "cpu-ns/handler")
			})
		}
	}
}
