package config

import (
	"golang.org/x/tools/go/analysis"
)

// Wrap returns copies of the analyzers, and of all they require, whose
// Run calls run(a, orig), where orig is the pass as the original
// analyzer a expects it: a as its Analyzer, its prerequisites' results
// under their original pointers. Copying the whole graph keeps one
// action per analyzer and package. adjust, when not nil, changes each
// copy (its flags such as RunDespiteErrors) before it is used. Drivers
// wrap analyzers this way to filter what they report or to turn a
// panic into an error.
func Wrap(as []*analysis.Analyzer, adjust func(*analysis.Analyzer), run func(a *analysis.Analyzer, orig *analysis.Pass) (any, error)) []*analysis.Analyzer {
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
		if adjust != nil {
			adjust(c)
		}
		c.Run = func(pass *analysis.Pass) (any, error) {
			orig := *pass
			orig.Analyzer = a
			orig.ResultOf = make(map[*analysis.Analyzer]any, len(a.Requires))
			for _, req := range a.Requires {
				orig.ResultOf[req] = pass.ResultOf[copies[req]]
			}
			return run(a, &orig)
		}
		return c
	}
	out := make([]*analysis.Analyzer, 0, len(as))
	for _, a := range as {
		out = append(out, copyOf(a))
	}
	return out
}

// Filter returns copies of the analyzers (Wrap) whose passes drop the
// findings the selection turns off. It returns the analyzers themselves
// when the selection drops nothing.
func (s *Selection) Filter(as []*analysis.Analyzer) []*analysis.Analyzer {
	if !s.Filters() {
		return as
	}
	return Wrap(as, nil, func(a *analysis.Analyzer, orig *analysis.Pass) (any, error) {
		report := orig.Report
		orig.Report = func(d analysis.Diagnostic) {
			if !s.Drop(a.Name, d.Category, orig.Fset.Position(d.Pos).Filename) {
				report(d)
			}
		}
		return a.Run(orig)
	})
}
