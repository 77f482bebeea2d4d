// Command profile runs scalevet's analyzers the way the standalone binary
// does (go/packages with full syntax, then the x/tools checker) and
// writes a CPU profile, to see where the time goes:
//
//	go run ./bench/profile -cpuprofile /tmp/cpu.out -C testdata/e2e ./...
//	go tool pprof -top -cum /tmp/cpu.out
//
// It prints how long loading (parsing and type-checking) and analysis
// took, and the peak heap in use.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"time"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/scalevet/scalevet/analyzers"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to `file`")
	dir := flag.String("C", "", "load the packages from `dir`")
	flag.Parse()
	if err := run(*cpuprofile, *dir, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "profile:", err)
		os.Exit(1)
	}
}

func run(cpuprofile, dir string, patterns []string) error {
	if cpuprofile != "" {
		f, err := os.Create(cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	start := time.Now()
	cfg := &packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Dir: dir}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return err
	}
	loaded := time.Now()
	graph, err := checker.Analyze(analyzers.Enabled(), pkgs, nil)
	if err != nil {
		return err
	}
	done := time.Now()
	actions, failed := 0, 0
	for act := range graph.All() {
		actions++
		if act.Err != nil {
			failed++
		}
	}
	var mem runtime.MemStats
	runtime.ReadMemStats(&mem)
	fmt.Fprintf(os.Stderr, "load %v, analyze %v, %d packages, %d actions (%d failed), heap %d MiB (sys %d MiB)\n",
		loaded.Sub(start).Round(time.Millisecond), done.Sub(loaded).Round(time.Millisecond),
		len(pkgs), actions, failed, mem.HeapInuse>>20, mem.Sys>>20)
	return nil
}
