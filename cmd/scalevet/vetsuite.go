package main

import (
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/suite/vet"

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

// vetSuite returns the analyzers of cmd/vet (x/tools' suite/vet) as
// registry entries that run by default when on is true. They are always
// registered, so that go vet accepts their flags (-printf=false,
// -printf.funcs=...) whether or not the suite runs.
func vetSuite(on bool) []analyzers.Entry {
	var entries []analyzers.Entry
	for _, a := range vet.Suite {
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
