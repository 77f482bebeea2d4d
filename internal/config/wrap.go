package config

import (
	"golang.org/x/tools/go/analysis"
)

// Filter returns copies of the analyzers, and of all they require, whose
// passes drop the findings the selection turns off. Copying the whole
// graph keeps one action per analyzer and package: an analyzer still
// finds its prerequisites' results under their original pointers. It
// returns the analyzers themselves when the selection drops nothing.
func (s *Selection) Filter(as []*analysis.Analyzer) []*analysis.Analyzer {
	if !s.Filters() {
		return as
	}
	copies := make(map[*analysis.Analyzer]*analysis.Analyzer)
	var copyOf func(a *analysis.Analyzer) *analysis.Analyzer
	copyOf = func(a *analysis.Analyzer) *analysis.Analyzer {
		if c, ok := copies[a]; ok {
			return c
		}
		c := new(analysis.Analyzer)
		*c = *a
		copies[a] = c
		c.Requires = nil
		for _, req := range a.Requires {
			c.Requires = append(c.Requires, copyOf(req))
		}
		c.Run = func(pass *analysis.Pass) (any, error) {
			orig := *pass
			orig.Analyzer = a
			orig.ResultOf = make(map[*analysis.Analyzer]any, len(a.Requires))
			for _, req := range a.Requires {
				orig.ResultOf[req] = pass.ResultOf[copies[req]]
			}
			orig.Report = func(d analysis.Diagnostic) {
				if !s.Drop(a.Name, d.Category, pass.Fset.Position(d.Pos).Filename) {
					pass.Report(d)
				}
			}
			return a.Run(&orig)
		}
		return c
	}
	var filtered []*analysis.Analyzer
	for _, a := range as {
		filtered = append(filtered, copyOf(a))
	}
	return filtered
}
