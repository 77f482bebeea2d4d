package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
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
	errors    []runError
	analyzers []*analysis.Analyzer
	root      string                                // repository root: SARIF and GitHub paths are relative to it
	graph     *checker.Graph                        // for -format=json; nil when the run stopped before analysis
	vetTree   map[string]map[string][]vetDiagnostic // the same, from go vet (scalevet -cache)
	dir       string
	failed    bool // a package or an analyzer failed: the findings may be incomplete
	known     int  // findings left out because the baseline has them
}

// write prints the report in opts.format to stdout, or, with -o, to out
// while the text goes to stdout; it closes out. The errors go to stderr,
// as file:line:col: message lines, except when stdout has the github
// format, which carries them as ::error commands; the JSON and SARIF
// outputs carry them too. After text on stdout, a closing line on stderr
// counts the findings. With -format=github and a step summary file, it
// appends the summary.
func (r *report) write(stdout, stderr io.Writer, out *os.File, opts options) error {
	onStdout := opts.format
	if out != nil {
		onStdout = "text"
	}
	if onStdout != "github" {
		for _, e := range r.errors {
			fmt.Fprintln(stderr, e)
		}
	}
	if out != nil {
		err := r.writeFormat(out, opts.format)
		if cerr := out.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("-o: %v", err)
		}
	}
	if err := r.writeFormat(stdout, onStdout); err != nil {
		return err
	}
	if onStdout == "text" && opts.closing {
		r.writeClosing(stderr)
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

// writeClosing prints the line that closes text output, as linters do:
// "15 findings (3 hidden by the baseline)". A clean run prints nothing.
func (r *report) writeClosing(w io.Writer) {
	n := len(r.findings)
	if n == 0 {
		return
	}
	line := fmt.Sprintf("%d findings", n)
	if n == 1 {
		line = "1 finding"
	}
	if r.known > 0 {
		line += fmt.Sprintf(" (%d hidden by the baseline)", r.known)
	}
	fmt.Fprintln(w, line)
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
		r.writeGitHubErrors(bw)
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
// out. A package that does not type-check has, for each analyzer, an
// error object with the compiler's errors; an error that belongs to no
// package is under the package and analyzer "scalevet".
func (r *report) writeJSON(w io.Writer) error {
	tree := make(map[string]map[string]json.RawMessage)
	carried := make(map[string]bool) // error lines that an action carries
	if r.graph != nil {
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
		// A package that does not type-check itself carries the
		// compiler's errors on its requested analyzers instead of
		// diagnostics. One that only imports such a package keeps its
		// diagnostics (it is analysed), and the errors of a broken
		// package that is not requested are printed under "scalevet".
		for act := range r.graph.All() {
			if !act.Package.IllTyped {
				continue
			}
			act.Err = nil
			if act.IsRoot && len(act.Package.Errors) > 0 {
				own := ownErrors(r.dir, act.Package, make(map[string]bool))
				var lines []string
				for _, e := range own {
					lines = append(lines, e.String())
					carried[e.String()] = true
				}
				act.Err = errors.New(strings.Join(lines, "\n"))
			}
		}
		var buf bytes.Buffer
		if err := r.graph.PrintJSON(&buf); err != nil {
			return err
		}
		if err := json.Unmarshal(buf.Bytes(), &tree); err != nil {
			return err
		}
	}
	if r.vetTree != nil {
		keep := make(map[string]bool)
		for _, f := range r.findings {
			keep[f.String()] = true
		}
		files := newParsedFiles(make(sources))
		for id, byAnalyzer := range r.vetTree {
			for name, diags := range byAnalyzer {
				var kept []vetDiagnostic
				for _, d := range diags {
					if sp, ok := files.span(r.dir, d.Posn, d.End); ok && keep[finding{span: sp, analyzer: name, message: d.Message}.String()] {
						kept = append(kept, d)
					}
				}
				if len(kept) == 0 {
					continue
				}
				data, err := json.Marshal(kept)
				if err != nil {
					return err
				}
				if tree[id] == nil {
					tree[id] = make(map[string]json.RawMessage)
				}
				tree[id][name] = data
			}
		}
	}
	var loose []string // errors that no action carries
	for _, e := range r.errors {
		if !e.inGraph || e.load && !carried[e.String()] {
			loose = append(loose, e.String())
		}
	}
	if len(loose) > 0 {
		msg, _ := json.Marshal(map[string]string{"error": strings.Join(loose, "\n")})
		tree["scalevet"] = map[string]json.RawMessage{"scalevet": msg}
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
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
