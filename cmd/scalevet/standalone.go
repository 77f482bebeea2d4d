package main

import (
	"cmp"
	"errors"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/scalevet/scalevet/internal/config"
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
	tags          string // -tags, as go build and go vet have it
	closing       bool   // end text output with a count of the findings on stderr
	baseline      string // file of known findings, not reported
	baselineWrite bool   // write the findings to baseline instead of reporting
	stepSummary   string // GITHUB_STEP_SUMMARY, for -format=github
	scale         bool   // print the scale report (scalevet report), not the findings

	// cache runs the analysis through go vet (runCached): vetFlags are
	// the flags that select the analyzers and set theirs, and drop is
	// the selection's filter, applied here.
	cache    bool
	vetFlags []string
	drop     func(analyzer, category, file string) bool
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

	causes  []string // the analyzer's keys of the cause it reports (mergeCauses)
	entries []string // the entry points its cause names, "pkgpath\x00name" (scale report)
}

// related is a Diagnostic.Related: the loop, the handler, the callee.
type related struct {
	span
	message string
}

func (f finding) String() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", f.posn.Filename, f.posn.Line, f.posn.Column, f.analyzer, f.message)
}

// A runError is an error of the run that is not a finding: a package
// that does not load or type-check, an analyzer that failed, a bad
// baseline. posn.Line is 0 when the error has no position.
type runError struct {
	posn    token.Position // Filename relative to the working directory when under it
	abs     string         // absolute file name, "" without a position
	message string
	inGraph bool // the JSON tree of the checker's graph carries it
	load    bool // an error of a package that did not load or type-check
}

// String returns the error as a compiler or go vet prints it,
// "file:line:col: message", so that editors and problem matchers jump to
// it, or "scalevet: message" when it has no position.
func (e runError) String() string {
	if e.posn.Line == 0 {
		return "scalevet: " + e.message
	}
	if e.posn.Column == 0 {
		return fmt.Sprintf("%s:%d: %s", e.posn.Filename, e.posn.Line, e.message)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.posn.Filename, e.posn.Line, e.posn.Column, e.message)
}

// analyze loads the packages that match patterns (relative to dir), runs
// the analyzers on them, prints the results and returns the exit status.
//
// An error does not hide findings: a package that does not load or
// type-check is reported as an error, as are the analyses it makes
// impossible (its importers'), and every other package is analysed and
// its findings printed, as go vet does. The exit status is then 1. Every
// format carries the errors its own way (see report.writeErrors), and
// the -o file is opened first and always written.
func analyze(stdout, stderr io.Writer, dir string, patterns []string, analyzers []*analysis.Analyzer, opts options) int {
	if opts.scale {
		analyzers = append(slices.Clip(analyzers), scaleAnalyzer())
	}
	rep := &report{analyzers: analyzers, root: root(dir), dir: dir}
	var out *os.File
	if opts.output != "" {
		// A bad -o path fails before the slow part, not after it.
		var err error
		if out, err = os.Create(opts.output); err != nil {
			fmt.Fprintf(stderr, "scalevet: -o: %v\n", err)
			return exitError
		}
	}
	finish := func() int {
		if opts.scale {
			return writeScale(stdout, stderr, out, rep, opts)
		}
		if err := rep.write(stdout, stderr, out, opts); err != nil {
			fmt.Fprintf(stderr, "scalevet: %v\n", err)
			return exitError
		}
		switch {
		case len(rep.errors) > 0:
			return exitError
		case len(rep.findings) > 0:
			return exitFindings
		}
		return exitClean
	}
	fail := func(err error) int {
		rep.errors = append(rep.errors, runError{message: err.Error()})
		return finish()
	}

	// A broken baseline is reported before the slow part.
	var base *baseline
	if opts.baseline != "" && !opts.baselineWrite {
		var err error
		if base, err = readBaseline(opts.baseline); err != nil {
			return fail(err)
		}
	}
	var findings []finding
	var err error
	if opts.cache {
		findings, err = runCached(rep, stderr, dir, patterns, opts)
		if vf := (*vetFailure)(nil); errors.As(err, &vf) {
			// What go vet cannot build it does not analyse, nor what
			// imports it: the loaded run reports the errors and
			// analyses every other package.
			fmt.Fprintf(stderr, "scalevet: go vet could not build every package (%s); analysing from source instead, as without -cache\n", vf.first)
			*rep = report{analyzers: rep.analyzers, root: rep.root, dir: rep.dir}
			findings, err = runLoaded(rep, stderr, dir, patterns, analyzers, opts)
		}
	} else {
		findings, err = runLoaded(rep, stderr, dir, patterns, analyzers, opts)
	}
	if err != nil {
		return fail(err)
	}
	rep.failed = len(rep.errors) > 0
	if opts.baselineWrite {
		if rep.failed {
			// The findings are incomplete: writing them would drop entries.
			return fail(fmt.Errorf("baseline %s not written because of the errors above", opts.baseline))
		}
		if err := writeBaseline(opts.baseline, root(dir), findings); err != nil {
			return fail(err)
		}
		fmt.Fprintf(stderr, "scalevet: wrote %d findings to baseline %s\n", len(findings), opts.baseline)
		return finish()
	}
	if base != nil {
		findings, rep.known = base.filter(findings)
	}
	if opts.fix {
		if findings, err = applyFixes(stderr, dir, findings); err != nil {
			rep.errors = append(rep.errors, runError{message: err.Error()})
		}
	}
	rep.findings = findings
	return finish()
}

// runLoaded loads the packages that match patterns, with their
// dependencies, from source, runs the analyzers on them in this process,
// and returns the findings of the root packages. Errors of the run go to
// rep.errors; the error returned is one that stops it.
func runLoaded(rep *report, stderr io.Writer, dir string, patterns []string, analyzers []*analysis.Analyzer, opts options) ([]finding, error) {
	cfg := &packages.Config{Mode: loadMode, Dir: dir, Tests: opts.tests}
	if opts.tags != "" {
		cfg.BuildFlags = []string{"-tags=" + opts.tags}
	}
	prog := newProgress(stderr)
	prog.loading()
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		prog.done()
		return nil, err
	}
	if len(pkgs) == 0 {
		prog.done()
		return nil, fmt.Errorf("no packages match %s", strings.Join(patterns, " "))
	}
	rep.errors = loadErrors(dir, pkgs)

	prog.analyzing(pkgs)
	graph, err := checker.Analyze(guard(analyzers), pkgs, nil)
	prog.done()
	if err != nil {
		return nil, err
	}
	rep.graph = graph
	rep.errors = append(rep.errors, failures(graph)...)
	return collect(graph, dir), nil
}

// loadErrors returns each error of the packages and their dependencies
// once, at its position when it has one.
func loadErrors(dir string, pkgs []*packages.Package) []runError {
	var errs []runError
	seen := make(map[string]bool)
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		errs = append(errs, ownErrors(dir, p, seen)...)
	})
	return errs
}

// ownErrors returns the errors of p itself (not of its imports) that
// are not in seen, and adds them to seen.
func ownErrors(dir string, p *packages.Package, seen map[string]bool) []runError {
	var errs []runError
	{
		for _, e := range p.Errors {
			re := runError{message: e.Msg, inGraph: true, load: true}
			if posn, ok := parsePos(e.Pos); ok {
				re.abs = posn.Filename
				if !filepath.IsAbs(re.abs) {
					re.abs = filepath.Join(dir, re.abs)
				}
				posn.Filename = rel(dir, re.abs)
				re.posn = posn
			} else {
				re.message = fmt.Sprintf("package %s: %s", cmp.Or(p.PkgPath, p.ID), e.Msg)
			}
			if line := re.String(); !seen[line] {
				seen[line] = true
				errs = append(errs, re)
			}
		}
	}
	return errs
}

// parsePos parses the "file:line:col" or "file:line" of a
// packages.Error.
func parsePos(pos string) (token.Position, bool) {
	if pos == "" || pos == "-" {
		return token.Position{}, false
	}
	var nums []int
	file := pos
	for range 2 { // ":col", then ":line"
		i := strings.LastIndexByte(file, ':')
		if i < 0 {
			break
		}
		n, err := strconv.Atoi(file[i+1:])
		if err != nil {
			break
		}
		file, nums = file[:i], append([]int{n}, nums...)
	}
	switch len(nums) {
	case 1:
		return token.Position{Filename: file, Line: nums[0]}, file != ""
	case 2:
		return token.Position{Filename: file, Line: nums[0], Column: nums[1]}, file != ""
	}
	return token.Position{}, false
}

// failures returns an error for each action that failed at its own
// cause: not for one whose prerequisite failed, and not for one skipped
// because its package, or one it imports, does not type-check, which
// loadErrors has reported.
func failures(g *checker.Graph) []runError {
	var errs []runError
	for act := range g.All() {
		if act.Err == nil || act.Package.IllTyped || slices.ContainsFunc(act.Deps, func(dep *checker.Action) bool { return dep.Err != nil }) {
			continue
		}
		errs = append(errs, runError{message: fmt.Sprintf("%s failed on %s: %v", act.Analyzer.Name, act.Package.ID, act.Err), inGraph: true})
	}
	slices.SortFunc(errs, func(x, y runError) int { return cmp.Compare(x.message, y.message) })
	return errs
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
		carrier, _ := act.Result.(causeCarrier)
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
				if carrier != nil {
					f.causes = carrier.CauseKeys(d.Pos, d.Category, d.Message)
				}
				if ec, ok := act.Result.(entryCarrier); ok {
					for _, e := range ec.CauseEntries(d.Pos, d.Category, d.Message) {
						f.entries = append(f.entries, f.pkgPath+"\x00"+e)
					}
				}
				findings = append(findings, f)
			}
		}
	}
	return settle(findings)
}

// settle sorts the findings of a run, merges those of one cause and
// gives each its fingerprint.
func settle(findings []finding) []finding {
	slices.SortFunc(findings, func(x, y finding) int {
		return cmp.Or(
			cmp.Compare(x.posn.Filename, y.posn.Filename),
			cmp.Compare(x.posn.Line, y.posn.Line),
			cmp.Compare(x.posn.Column, y.posn.Column),
			cmp.Compare(x.analyzer, y.analyzer),
			cmp.Compare(x.message, y.message),
		)
	})
	findings = mergeCauses(findings)
	setFingerprints(findings)
	return findings
}

// A causeCarrier is the result of an analyzer that reports one finding
// per cause (see analyzers/internal/report.Causes): it gives the keys of
// the cause of each finding it reported.
type causeCarrier interface {
	CauseKeys(pos token.Pos, category, message string) []string
}

// An entryCarrier is the result of an analyzer that reports one finding
// per cause: it gives the entry points that reach each finding's cause.
type entryCarrier interface {
	CauseEntries(pos token.Pos, category, message string) []string
}

// mergeCauses keeps one finding per cause in the whole program. An
// analyzer reports a cause once per package (a query in a helper that
// handlers of three packages reach is three findings, one in each), as
// it must under go vet, which analyses a package at a time; here the
// whole program is in view, so findings of one analyzer that share a
// cause key become one: the first in source order, with the others as
// related positions. findings are sorted.
func mergeCauses(findings []finding) []finding {
	parent := make([]int, len(findings))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	owner := make(map[string]int) // analyzer and key -> a finding with it
	for i, f := range findings {
		for _, k := range f.causes {
			k = f.analyzer + "\x00" + k
			j, ok := owner[k]
			if !ok {
				owner[k] = i
				continue
			}
			// Union towards the smaller index: the first in source
			// order represents the group.
			a, b := find(i), find(j)
			if a > b {
				a, b = b, a
			}
			parent[b] = a
		}
	}
	const maxRelated = 8
	merged := make(map[int]int) // representative -> related positions added
	for i, o := range findings {
		if r := find(i); r != i && merged[r] < maxRelated {
			merged[r]++
			findings[r].related = append(findings[r].related, related{o.span, "the same cause, also reported in package " + o.pkgPath})
		}
		if r := find(i); r != i {
			findings[r].entries = append(findings[r].entries, o.entries...)
		}
	}
	out := make([]finding, 0, len(findings))
	for i, f := range findings {
		if find(i) == i {
			out = append(out, f)
		}
	}
	return out
}

// guard returns copies of the analyzers, and of all they require, whose
// Run turns a panic into an error. checker runs analyzers on goroutines of
// its own, so without this one analyzer's bug on one package would crash
// the whole run instead of being reported as a failure on that package.
func guard(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	// A package that does not type-check (a cgo library whose headers
	// are missing, a module the proxy refuses) is reported as an error
	// by loadErrors; it is still analysed, for its facts, so that its
	// importers are not lost with it, but what it would report on
	// partial types is dropped.
	despiteErrors := func(c *analysis.Analyzer) { c.RunDespiteErrors = true }
	return config.Wrap(analyzers, despiteErrors, func(a *analysis.Analyzer, orig *analysis.Pass) (result any, err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("%s panicked at %s: %v", a.Name, panicSite(), r)
			}
		}()
		if len(orig.TypeErrors) > 0 {
			orig.Report = func(analysis.Diagnostic) {}
		}
		return a.Run(orig)
	})
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
