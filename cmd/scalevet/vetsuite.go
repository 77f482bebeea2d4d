package main

import (
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/appends"
	"golang.org/x/tools/go/analysis/passes/asmdecl"
	"golang.org/x/tools/go/analysis/passes/assign"
	"golang.org/x/tools/go/analysis/passes/atomic"
	"golang.org/x/tools/go/analysis/passes/bools"
	"golang.org/x/tools/go/analysis/passes/buildtag"
	"golang.org/x/tools/go/analysis/passes/cgocall"
	"golang.org/x/tools/go/analysis/passes/composite"
	"golang.org/x/tools/go/analysis/passes/copylock"
	"golang.org/x/tools/go/analysis/passes/defers"
	"golang.org/x/tools/go/analysis/passes/directive"
	"golang.org/x/tools/go/analysis/passes/errorsas"
	"golang.org/x/tools/go/analysis/passes/framepointer"
	"golang.org/x/tools/go/analysis/passes/hostport"
	"golang.org/x/tools/go/analysis/passes/httpresponse"
	"golang.org/x/tools/go/analysis/passes/ifaceassert"
	"golang.org/x/tools/go/analysis/passes/loopclosure"
	"golang.org/x/tools/go/analysis/passes/lostcancel"
	"golang.org/x/tools/go/analysis/passes/nilfunc"
	"golang.org/x/tools/go/analysis/passes/printf"
	"golang.org/x/tools/go/analysis/passes/shift"
	"golang.org/x/tools/go/analysis/passes/sigchanyzer"
	"golang.org/x/tools/go/analysis/passes/slog"
	"golang.org/x/tools/go/analysis/passes/stdmethods"
	"golang.org/x/tools/go/analysis/passes/stdversion"
	"golang.org/x/tools/go/analysis/passes/stringintconv"
	"golang.org/x/tools/go/analysis/passes/structtag"
	"golang.org/x/tools/go/analysis/passes/testinggoroutine"
	"golang.org/x/tools/go/analysis/passes/tests"
	"golang.org/x/tools/go/analysis/passes/timeformat"
	"golang.org/x/tools/go/analysis/passes/unmarshal"
	"golang.org/x/tools/go/analysis/passes/unreachable"
	"golang.org/x/tools/go/analysis/passes/unsafeptr"
	"golang.org/x/tools/go/analysis/passes/unusedresult"
	"golang.org/x/tools/go/analysis/passes/waitgroup"

	"github.com/scalevet/scalevet/analyzers"
)

// vetSuiteFlag names the flag that turns off the standard vet checks under
// go vet: -vetsuite=false. go vet -vettool runs the tool instead of
// cmd/vet, so scalevet runs cmd/vet's suite itself unless told not to.
const vetSuiteFlag = "vetsuite"

// vetSuiteUsage is the flag's help text, as go vet -flags lists it.
const vetSuiteUsage = "under go vet, also run the standard vet checks (printf, copylocks, ...), as go vet does without -vettool"

// standaloneVetSuiteUsage is the same flag's help text in standalone mode,
// where it is off by default.
const standaloneVetSuiteUsage = "also run the standard vet checks (printf, copylocks, ...) and accept their -NAME flags"

// vetRenames gives a new name to a vet analyzer whose name a scalevet
// analyzer already has: two analyzers cannot share a -NAME flag. The
// standard directive check (misplaced //go:debug and similar) is
// -godirective under scalevet; -directive is scalevet's own.
var vetRenames = map[string]string{"directive": "godirective"}

// toolchainVet is the suite of cmd/vet in Go 1.26
// ($GOROOT/src/cmd/vet/main.go): exactly what go vet runs without
// -vettool, so that switching to go vet -vettool=scalevet brings no new
// findings of vet's own. x/tools' suite/vet is not it: it adds
// scannererr and sqlrowserr. TestVetSuiteMatchesToolchain compares this
// list with 'go tool vet help' and fails when a new Go release changes
// the toolchain's list.
var toolchainVet = []*analysis.Analyzer{
	appends.Analyzer,
	asmdecl.Analyzer,
	assign.Analyzer,
	atomic.Analyzer,
	bools.Analyzer,
	buildtag.Analyzer,
	cgocall.Analyzer,
	composite.Analyzer,
	copylock.Analyzer,
	defers.Analyzer,
	directive.Analyzer,
	errorsas.Analyzer,
	framepointer.Analyzer,
	httpresponse.Analyzer,
	hostport.Analyzer,
	ifaceassert.Analyzer,
	loopclosure.Analyzer,
	lostcancel.Analyzer,
	nilfunc.Analyzer,
	printf.Analyzer,
	shift.Analyzer,
	sigchanyzer.Analyzer,
	slog.Analyzer,
	stdmethods.Analyzer,
	stdversion.Analyzer,
	stringintconv.Analyzer,
	structtag.Analyzer,
	tests.Analyzer,
	testinggoroutine.Analyzer,
	timeformat.Analyzer,
	unmarshal.Analyzer,
	unreachable.Analyzer,
	unsafeptr.Analyzer,
	unusedresult.Analyzer,
	waitgroup.Analyzer,
}

// vetSuite returns the analyzers of cmd/vet (toolchainVet) as
// registry entries that run by default when on is true. They are always
// registered, so that go vet accepts their flags (-printf=false,
// -printf.funcs=...) whether or not the suite runs.
func vetSuite(on bool) []analyzers.Entry {
	var entries []analyzers.Entry
	for _, a := range toolchainVet {
		if name, ok := vetRenames[a.Name]; ok {
			renamed := *a
			renamed.Name = name
			a = &renamed
		}
		entries = append(entries, analyzers.Entry{Analyzer: a, Default: on})
	}
	return entries
}

// vetSuiteOn reports whether the vet suite runs: the value of the last
// -vetsuite flag in args, def when there is none (true under go vet,
// false standalone). A value that is not a boolean is left for the flag
// package to report.
func vetSuiteOn(args []string, def bool) bool {
	on := def
	for _, arg := range args {
		if !strings.HasPrefix(arg, "-") {
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if name != vetSuiteFlag {
			continue
		}
		if !hasValue {
			on = true
			continue
		}
		if b, err := strconv.ParseBool(value); err == nil {
			on = b
		}
	}
	return on
}

// vetAnalyzers returns the analyzers of the entries.
func vetAnalyzers(entries []analyzers.Entry) []*analysis.Analyzer {
	var all []*analysis.Analyzer
	for _, e := range entries {
		all = append(all, e.Analyzer)
	}
	return all
}
