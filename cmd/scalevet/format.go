package main

import (
	"bufio"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
)

// formats are the values of -format.
var formats = []string{"text", "json", "sarif", "github"}

// A report is what a run prints, in any format.
type report struct {
	findings  []finding // to report: baselined and fixed ones are out
	analyzers []*analysis.Analyzer
	root      string         // repository root: SARIF and GitHub paths are relative to it
	graph     *checker.Graph // for -format=json
	dir       string
	failed    bool // an analyzer failed: the findings may be incomplete
	known     int  // findings left out because the baseline has them
}

// write prints the report in opts.format to stdout, or, with -o, to that
// file while the text goes to stdout. With -format=github and a step
// summary file, it appends the summary.
func (r *report) write(stdout io.Writer, opts options) error {
	if opts.output != "" {
		if err := r.writeFile(opts.output, opts.format); err != nil {
			return err
		}
		if err := r.writeFormat(stdout, "text"); err != nil {
			return err
		}
	} else if err := r.writeFormat(stdout, opts.format); err != nil {
		return err
	}
	if opts.format == "github" && opts.stepSummary != "" {
		f, err := os.OpenFile(opts.stepSummary, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err != nil {
			return fmt.Errorf("writing the step summary: %v", err)
		}
		r.writeSummary(f)
		if err := f.Close(); err != nil {
			return fmt.Errorf("writing the step summary: %v", err)
		}
	}
	return nil
}

func (r *report) writeFile(name, format string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := r.writeFormat(f, format); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func (r *report) writeFormat(w io.Writer, format string) error {
	bw := bufio.NewWriter(w)
	var err error
	switch format {
	case "json":
		err = r.writeJSON(bw)
	case "sarif":
		err = r.writeSARIF(bw)
	case "github":
		r.writeGitHub(bw)
	default:
		for _, f := range r.findings {
			fmt.Fprintln(bw, f)
		}
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}

// writeJSON prints the x/tools JSON tree (package, analyzer, diagnostics
// or error), the shape go vet -json prints, with the diagnostics that are
// not reported (baselined, fixed, or duplicates of a test variant's) left
// out.
func (r *report) writeJSON(w io.Writer) error {
	keep := make(map[string]bool)
	for _, f := range r.findings {
		keep[f.String()] = true
	}
	printed := make(map[string]bool)
	for _, act := range r.graph.Roots {
		var diags []analysis.Diagnostic
		for _, d := range act.Diagnostics {
			posn := act.Package.Fset.Position(d.Pos)
			posn.Filename = rel(r.dir, posn.Filename)
			key := finding{span: span{posn: posn}, analyzer: act.Analyzer.Name, message: d.Message}.String()
			if keep[key] && !printed[key] {
				printed[key] = true
				diags = append(diags, d)
			}
		}
		act.Diagnostics = diags
	}
	return r.graph.PrintJSON(w)
}

// Levels of findings, as SARIF names them; GitHub's are error, warning
// and notice.
const (
	levelError   = "error"
	levelWarning = "warning"
	levelNote    = "note"
)

// level returns the severity of a finding of an analyzer and category:
//
//   - error: N+1 queries and writes in loops (requestquery nplusone and
//     writeloop: one round trip per element, the first thing to fall over
//     under load) and every sessionmap finding (state kept in one
//     instance's memory: wrong answers as soon as a second instance runs),
//     and globalstate race (a data race as well as per-instance state);
//   - note: problems with //scalevet: directives (directive, and the
//     stale-directive category every analyzer reports);
//   - warning: everything else.
//
// GitHub shows at most 10 annotations of each level per step, so the
// github format prints errors first.
func level(analyzer, category string) string {
	switch {
	case analyzer == "directive" || category == "stale-directive":
		return levelNote
	case analyzer == "requestquery" && (category == "nplusone" || category == "writeloop"):
		return levelError
	case analyzer == "sessionmap", analyzer == "globalstate" && category == "race":
		return levelError
	}
	return levelWarning
}

// levelRank orders levels from the most severe.
func levelRank(level string) int {
	return slices.Index([]string{levelError, levelWarning, levelNote}, level)
}

// root returns the repository root of dir: the nearest directory at or
// above it with a .git entry, or dir itself.
func root(dir string) string {
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir
		}
		d = parent
	}
}

// repoPath returns the slash-separated name of file relative to root, or
// the absolute name if it is not under root.
func repoPath(root, file string) string {
	if r, err := filepath.Rel(root, file); err == nil && filepath.IsLocal(r) {
		return filepath.ToSlash(r)
	}
	return filepath.ToSlash(file)
}

// fileURI returns the file: URI of an absolute file or directory name.
func fileURI(name string) string {
	p := filepath.ToSlash(name)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x on Windows
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}
