// Package analyzers is the registry of scalevet's analyzers: every
// analyzer that reports diagnostics is listed here, once, with its
// default state. The binary and every integration take the suite from
// All, so adding an analyzer means adding it here.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/scalevet/scalevet/analyzers/directive"
	"github.com/scalevet/scalevet/analyzers/globalstate"
	"github.com/scalevet/scalevet/analyzers/localstate"
	"github.com/scalevet/scalevet/analyzers/missingcache"
	"github.com/scalevet/scalevet/analyzers/requestquery"
	"github.com/scalevet/scalevet/analyzers/sessionmap"
)

// Entry is one analyzer of the suite and whether it runs by default.
type Entry struct {
	Analyzer *analysis.Analyzer
	Default  bool
}

// All returns every analyzer of the suite, in a fixed order.
// It returns a new slice on each call so callers cannot change the registry.
func All() []Entry {
	return []Entry{
		{directive.Analyzer, true},
		{requestquery.Analyzer, true},
		{sessionmap.Analyzer, true},
		{globalstate.Analyzer, true},
		{missingcache.Analyzer, true},
		{localstate.Analyzer, true},
	}
}

// Enabled returns the analyzers that run by default.
func Enabled() []*analysis.Analyzer {
	var as []*analysis.Analyzer
	for _, e := range All() {
		if e.Default {
			as = append(as, e.Analyzer)
		}
	}
	return as
}
