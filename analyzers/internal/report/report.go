// Package report is the one door through which scalevet analyzers
// report diagnostics. It applies the common policy, the same under
// every driver (scalevet, go vet, gopls, golangci-lint, nogo):
//
//   - no diagnostics in generated files or _test.go files (facts are
//     still computed there, so callers in tests are summarised);
//   - //scalevet:ignore NAME -- reason on the diagnostic's line or the
//     line above, and //scalevet:file-ignore NAME -- reason, suppress;
//   - a suppression that suppressed nothing is itself reported by
//     Finish, so stale ones do not pile up;
//   - the same diagnostic at the same position is reported once, and
//     through ReportFirst only the first of a category at a position,
//     so that analyzers need no de-duplication of their own.
package report

import (
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/scalevet/scalevet/analyzers/internal/directive"
)

// Reporter reports one analyzer's diagnostics for one pass.
type Reporter struct {
	pass *analysis.Pass
	idx  *directive.Index
	skip map[*token.File]bool // generated or test files
	used map[*directive.Entry]bool
	seen map[key]bool
}

type key struct {
	pos      token.Pos
	category string
	message  string
}

// New returns a Reporter for pass, reading suppressions from idx.
func New(pass *analysis.Pass, idx *directive.Index) *Reporter {
	r := &Reporter{
		pass: pass,
		idx:  idx,
		skip: make(map[*token.File]bool),
		used: make(map[*directive.Entry]bool),
		seen: make(map[key]bool),
	}
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.FileStart)
		if tf != nil && (ast.IsGenerated(f) || strings.HasSuffix(tf.Name(), "_test.go")) {
			r.skip[tf] = true
		}
	}
	return r
}

// Report reports d unless policy drops it.
func (r *Reporter) Report(d analysis.Diagnostic) {
	r.report(d, key{d.Pos, d.Category, d.Message})
}

// ReportFirst reports d unless policy drops it or ReportFirst already
// reported a diagnostic of its category at its position: a hazard
// reached from several entry points is reported once, in the words of
// the first to reach it.
func (r *Reporter) ReportFirst(d analysis.Diagnostic) {
	r.report(d, key{d.Pos, d.Category, ""})
}

func (r *Reporter) report(d analysis.Diagnostic, k key) {
	tf := r.pass.Fset.File(d.Pos)
	if tf == nil || r.skip[tf] {
		return
	}
	if r.seen[k] {
		return
	}
	r.seen[k] = true
	if e := r.suppressor(tf, tf.Line(d.Pos)); e != nil {
		r.used[e] = true
		return
	}
	r.pass.Report(d)
}

// suppressor returns the directive that suppresses a diagnostic of this
// analyzer at line, or nil.
func (r *Reporter) suppressor(tf *token.File, line int) *directive.Entry {
	name := r.pass.Analyzer.Name
	for _, e := range r.idx.Ignores(tf) {
		if !e.Names(name) {
			continue
		}
		if e.Verb == directive.FileIgnore || e.Line == line || e.Line == line-1 {
			return e
		}
	}
	return nil
}

// Finish reports the suppressions for this analyzer that suppressed
// nothing. Call it once, after the last Report.
func (r *Reporter) Finish() {
	name := r.pass.Analyzer.Name
	for _, f := range r.pass.Files {
		tf := r.pass.Fset.File(f.FileStart)
		if tf == nil || r.skip[tf] {
			continue
		}
		for _, e := range r.idx.Ignores(tf) {
			if e.Names(name) && !r.used[e] {
				r.pass.Report(analysis.Diagnostic{
					Pos:      e.Pos,
					Category: "stale-directive",
					Message:  "//scalevet:" + e.Verb.String() + " " + name + " suppresses nothing; remove it, or move it onto the line of the finding or the line above",
				})
			}
		}
	}
}
