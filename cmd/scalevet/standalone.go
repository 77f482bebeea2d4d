package main

import (
	"cmp"
	"fmt"
	"go/token"
	"io"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Exit statuses of standalone runs.
const (
	exitClean    = 0 // nothing to report
	exitError    = 1 // bad usage, a package that does not load, a failed analyzer
	exitFindings = 3 // findings printed
)

// loadMode is what checker.Analyze needs: typed syntax for every package,
// dependencies included, since an analyzer with facts runs on those too.
const loadMode = packages.LoadAllSyntax | packages.NeedModule

// options are the standalone flags that shape a run.
type options struct {
	format        string // text, json, sarif or github
	output        string // file for the report; the text then goes to stdout
	fix           bool   // apply suggested fixes
	tests         bool   // load test files too
	baseline      string // file of known findings, not reported
	baselineWrite bool   // write the findings to baseline instead of reporting
	stepSummary   string // GITHUB_STEP_SUMMARY, for -format=github
}

// A span is a range of source text. End.Line is 0 when the range is a
// position only.
type span struct {
	posn, end       token.Position // Filename relative to the working directory when under it
	abs             string         // absolute file name
	col16, endCol16 int            // columns in UTF-16 code units, as SARIF counts them
}

// A finding is one diagnostic of a root action, as printed.
type finding struct {
	span
	analyzer string
	category string
	message  string
	related  []related
	fix      *fix // first suggested fix, if any

	// What the fingerprint is made of: see fingerprint.go.
	pkgPath     string
	function    string // enclosing function, "" at package level
	text        string // normalised source text of the diagnostic's range
	fingerprint string
}

// related is a Diagnostic.Related: the loop, the handler, the callee.
type related struct {
	span
	message string
}

func (f finding) String() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", f.posn.Filename, f.posn.Line, f.posn.Column, f.analyzer, f.message)
}

// analyze loads the packages that match patterns (relative to dir), runs
// the analyzers on them, prints the results and returns the exit status.
func analyze(stdout, stderr io.Writer, dir string, patterns []string, analyzers []*analysis.Analyzer, opts options) int {
	// A broken baseline is reported before the slow part.
	var base *baseline
	if opts.baseline != "" && !opts.baselineWrite {
		var err error
		if base, err = readBaseline(opts.baseline); err != nil {
			fmt.Fprintf(stderr, "scalevet: %v\n", err)
			return exitError
		}
	}
	cfg := &packages.Config{Mode: loadMode, Dir: dir, Tests: opts.tests}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		fmt.Fprintf(stderr, "scalevet: %v\n", err)
		return exitError
	}
	if len(pkgs) == 0 {
		fmt.Fprintf(stderr, "scalevet: no packages match %s\n", strings.Join(patterns, " "))
		return exitError
	}
	// Analyzers see no types in a package that does not type-check, and
	// findings in the rest would hide the error: fix the build first.
	if printLoadErrors(stderr, dir, pkgs) {
		return exitError
	}

	graph, err := checker.Analyze(guard(analyzers), pkgs, nil)
	if err != nil {
		fmt.Fprintf(stderr, "scalevet: %v\n", err)
		return exitError
	}
	status := exitClean
	if printFailures(stderr, graph) {
		status = exitError
	}
	findings := collect(graph, dir)
	if opts.baselineWrite {
		if status != exitClean {
			// The findings are incomplete: writing them would drop entries.
			fmt.Fprintf(stderr, "scalevet: baseline %s not written because of the errors above\n", opts.baseline)
			return status
		}
		if err := writeBaseline(opts.baseline, root(dir), findings); err != nil {
			fmt.Fprintf(stderr, "scalevet: %v\n", err)
			return exitError
		}
		fmt.Fprintf(stderr, "scalevet: wrote %d findings to baseline %s\n", len(findings), opts.baseline)
		return exitClean
	}
	known := 0
	if base != nil {
		findings, known = base.filter(findings)
	}
	if opts.fix {
		if findings, err = applyFixes(stderr, dir, findings); err != nil {
			fmt.Fprintf(stderr, "scalevet: %v\n", err)
			status = exitError
		}
	}
	rep := &report{
		findings:  findings,
		analyzers: analyzers,
		root:      root(dir),
		graph:     graph,
		dir:       dir,
		failed:    status == exitError,
		known:     known,
	}
	if err := rep.write(stdout, opts); err != nil {
		fmt.Fprintf(stderr, "scalevet: %v\n", err)
		return exitError
	}
	if status == exitClean && len(findings) > 0 {
		status = exitFindings
	}
	return status
}

// printLoadErrors prints each error of the packages and their dependencies
// once, and reports whether there were any.
func printLoadErrors(w io.Writer, dir string, pkgs []*packages.Package) bool {
	seen := make(map[string]bool)
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			msg := e.Msg
			if e.Pos != "" && e.Pos != "-" {
				msg = relPos(dir, e.Pos) + ": " + msg
			}
			line := fmt.Sprintf("scalevet: package %s: %s", cmp.Or(p.PkgPath, p.ID), msg)
			if !seen[line] {
				seen[line] = true
				fmt.Fprintln(w, line)
			}
		}
	})
	return len(seen) > 0
}

// printFailures prints each action that failed and reports whether any
// did. An action fails too when one it depends on failed; only the first
// failure is printed.
func printFailures(w io.Writer, g *checker.Graph) bool {
	failed := false
	for act := range g.All() {
		if act.Err == nil || slices.ContainsFunc(act.Deps, func(dep *checker.Action) bool { return dep.Err != nil }) {
			continue
		}
		fmt.Fprintf(w, "scalevet: %s failed on %s: %v\n", act.Analyzer.Name, act.Package.ID, act.Err)
		failed = true
	}
	return failed
}

// collect returns the diagnostics of the root actions, sorted, each once:
// a file that belongs to a package and to its test variant is analyzed
// twice. Each finding gets its fingerprint.
func collect(g *checker.Graph, dir string) []finding {
	var findings []finding
	seen := make(map[string]bool)
	src := make(sources)
	for _, act := range g.Roots {
		pkg := act.Package
		for _, d := range act.Diagnostics {
			f := finding{
				span:     src.span(pkg.Fset, dir, d.Pos, d.End),
				analyzer: act.Analyzer.Name,
				category: d.Category,
				message:  d.Message,
			}
			if key := f.String(); !seen[key] {
				seen[key] = true
				if len(d.SuggestedFixes) > 0 {
					f.fix = newFix(pkg.Fset, d.SuggestedFixes[0])
				}
				for _, r := range d.Related {
					if !r.Pos.IsValid() {
						continue // SARIF needs a line
					}
					f.related = append(f.related, related{src.span(pkg.Fset, dir, r.Pos, r.End), r.Message})
				}
				f.pkgPath = cmp.Or(pkg.PkgPath, pkg.ID)
				f.function, f.text = src.subject(pkg, d.Pos, d.End)
				findings = append(findings, f)
			}
		}
	}
	slices.SortFunc(findings, func(x, y finding) int {
		return cmp.Or(
			cmp.Compare(x.posn.Filename, y.posn.Filename),
			cmp.Compare(x.posn.Line, y.posn.Line),
			cmp.Compare(x.posn.Column, y.posn.Column),
			cmp.Compare(x.analyzer, y.analyzer),
			cmp.Compare(x.message, y.message),
		)
	})
	setFingerprints(findings)
	return findings
}

// guard returns copies of the analyzers, and of all they require, whose
// Run turns a panic into an error. checker runs analyzers on goroutines of
// its own, so without this one analyzer's bug on one package would crash
// the whole run instead of being reported as a failure on that package.
func guard(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
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
		c.Run = func(pass *analysis.Pass) (result any, err error) {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("%s panicked at %s: %v", a.Name, panicSite(), r)
				}
			}()
			// The analyzer looks up its prerequisites' results by their
			// original pointers, and may compare pass.Analyzer with itself.
			orig := *pass
			orig.Analyzer = a
			orig.ResultOf = make(map[*analysis.Analyzer]any, len(a.Requires))
			for _, req := range a.Requires {
				orig.ResultOf[req] = pass.ResultOf[copies[req]]
			}
			return a.Run(&orig)
		}
		return c
	}
	var guarded []*analysis.Analyzer
	for _, a := range analyzers {
		guarded = append(guarded, copyOf(a))
	}
	return guarded
}

// panicSite returns "file.go:line" of the function that panicked, for a
// deferred function that recovers: the first frame past the runtime's
// own (gopanic, sigpanic and the like). The stack itself is not printed:
// the site is enough to find the bug, and one line per failure keeps the
// output readable when a bug hits many packages.
func panicSite() string {
	pcs := make([]uintptr, 32)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(3, pcs)])
	for {
		f, more := frames.Next()
		if !strings.HasPrefix(f.Function, "runtime.") {
			return filepath.Join(filepath.Base(filepath.Dir(f.File)), filepath.Base(f.File)) + ":" + strconv.Itoa(f.Line)
		}
		if !more {
			return "unknown position"
		}
	}
}

// rel returns filename relative to dir if it is under dir, else unchanged.
func rel(dir, filename string) string {
	if r, err := filepath.Rel(dir, filename); err == nil && filepath.IsLocal(r) {
		return r
	}
	return filename
}

// relPos applies rel to the file name of a "file:line:col" position.
func relPos(dir, pos string) string {
	file, suffix := pos, ""
	for range 2 { // ":col", then ":line"
		i := strings.LastIndexByte(file, ':')
		if i < 0 {
			break
		}
		if _, err := strconv.Atoi(file[i+1:]); err != nil {
			break
		}
		file, suffix = file[:i], file[i:]+suffix
	}
	return rel(dir, file) + suffix
}
