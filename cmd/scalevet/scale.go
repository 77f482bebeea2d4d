package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/scalevet/scalevet/analyzers"
)

// scaleFormats are the values of -format for scalevet report.
var scaleFormats = []string{"text", "markdown", "json", "html"}

// writeScale prints the scale report of a run, in opts.format, to out
// (-o) or stdout, and the run's errors to stderr; it closes out and
// returns the exit status: 0, or 1 when anything failed (the report is
// written all the same, from what was analysed).
func writeScale(stdout, stderr io.Writer, out *os.File, rep *report, opts options) int {
	status := exitClean
	for _, e := range rep.errors {
		fmt.Fprintln(stderr, e.String())
		status = exitError
	}
	var pkgs []analyzers.ScalePackage
	if rep.graph != nil {
		for _, act := range rep.graph.Roots {
			if act.Analyzer.Name == analyzers.ScaleAnalyzer.Name && act.Err == nil {
				pkgs = append(pkgs, analyzers.ScalePackage{Result: act.Result, Fset: act.Package.Fset})
			}
		}
	}
	findings := make([]analyzers.ScaleFinding, 0, len(rep.findings))
	for _, f := range rep.findings {
		sf := analyzers.ScaleFinding{
			Analyzer: f.analyzer, Category: f.category, Message: f.message,
			Position: fmt.Sprintf("%s:%d", f.posn.Filename, f.posn.Line),
			Entries:  f.entries,
		}
		for _, r := range f.related {
			sf.Related = append(sf.Related, analyzers.ScaleRelated{Position: fmt.Sprintf("%s:%d", r.posn.Filename, r.posn.Line), Message: r.message})
		}
		findings = append(findings, sf)
	}
	sr := analyzers.BuildScaleReport(pkgs, rep.dir, findings)
	var w io.Writer = stdout
	if out != nil {
		w = out
	}
	bw := bufio.NewWriter(w)
	var err error
	switch opts.format {
	case "markdown":
		err = writeScaleMarkdown(bw, sr)
	case "json":
		enc := json.NewEncoder(bw)
		enc.SetIndent("", "  ")
		err = enc.Encode(sr)
	case "html":
		err = writeScaleHTML(bw, sr)
	default:
		err = writeScaleText(bw, sr)
	}
	if err == nil {
		err = bw.Flush()
	}
	if out != nil {
		if cerr := out.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "scalevet: %v\n", err)
		return exitError
	}
	return status
}

// The widths of the text table's columns: with the gaps and a few
// notes the table fits 100 columns when costs are short. A cost column
// is as wide as its longest cost, within colCost and maxCost.
const (
	colRoute   = 30
	colHandler = 26
	colCost    = 8
	maxCost    = 16
)

// writeScaleText prints the report for a terminal: the verdict, the
// ranked table, then what each growing endpoint loops over, what blocks
// a second instance and what could be cheaper.
func writeScaleText(w io.Writer, r *analyzers.ScaleReport) error {
	fmt.Fprintf(w, "scale report: %s, %d growing with the data\n", counted(len(r.Endpoints), "endpoint"), r.Growing)
	fmt.Fprintf(w, "%s\n\n", wrap("verdict: "+r.Verdict, 100))
	remote := false // the REMOTE column only when some endpoint calls out
	for _, e := range r.Endpoints {
		remote = remote || e.Remote.At(1) > 0
	}
	wr, ww, wc := colCost, colCost, colCost
	for _, e := range r.Endpoints {
		wr = min(max(wr, len([]rune(e.Reads.String()))+1), maxCost)
		ww = min(max(ww, len([]rune(e.Writes.String()))+1), maxCost)
		wc = min(max(wc, len([]rune(e.Remote.String()))+1), maxCost)
	}
	row := func(rank, route, handler, reads, writes, calls, notes string) {
		line := fmt.Sprintf("%3s  %-*s %-*s %-*s %-*s ", rank, colRoute, clip(route, colRoute), colHandler, clip(handler, colHandler), wr, clip(reads, wr), ww, clip(writes, ww))
		if remote {
			line += fmt.Sprintf("%-*s ", wc, clip(calls, wc))
		}
		fmt.Fprintln(w, strings.TrimRight(line+notes, " "))
	}
	row("#", "ROUTE", "HANDLER", "READS", "WRITES", "REMOTE", "NOTES")
	for _, e := range r.Endpoints {
		row(fmt.Sprint(e.Rank), routeText(e), e.Handler, e.Reads.String(), e.Writes.String(), e.Remote.String(), notes(e))
	}
	fmt.Fprint(w, "\nround trips per request; N, M: the elements of the loops below. notes: table = reads a\n"+
		"whole table, blocks = blocks a second instance, cache = the same work for every request,\n"+
		"replica = reads only (read-replica candidate), unresolved = calls with no known implementation\n")
	for _, l := range []struct {
		title string
		items []string
	}{
		{"What grows with the data", grows(r)},
		{"What blocks a second instance", blockers(r)},
		{"What could be cheaper", cheaper(r)},
	} {
		if len(l.items) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s:\n", l.title)
		for _, it := range l.items {
			fmt.Fprintln(w, item(it))
		}
	}
	return nil
}

// routeText names an endpoint's route, or says that none is visible.
func routeText(e analyzers.ScaleEndpoint) string {
	if e.NoRoute {
		return "(no route visible)"
	}
	return e.Route()
}

// notes is the NOTES column: whole-table reads (loops show in the
// costs), and the marks.
func notes(e analyzers.ScaleEndpoint) string {
	var n []string
	if len(e.WholeTable) > 0 {
		n = append(n, "table")
	}
	if len(e.Blocks) > 0 {
		n = append(n, "blocks")
	}
	if len(e.Cacheable) > 0 {
		n = append(n, "cache")
	}
	if e.ReadOnly {
		n = append(n, "replica")
	}
	if e.Unresolved > 0 {
		n = append(n, "unresolved")
	}
	if e.NotAnalysed {
		n = append(n, "not-analysed")
	}
	return strings.Join(n, " ")
}

// growthText says what an endpoint's work grows with: its loops and
// its whole-table reads.
func growthText(e analyzers.ScaleEndpoint) string {
	var parts []string
	for _, l := range e.Loops {
		what := "a loop"
		if l.Over != "" {
			what = "the elements of " + l.Over
		}
		sym := "N"
		if l.Depth > 1 {
			sym = "N·M"
		}
		parts = append(parts, fmt.Sprintf("%s = %s (%s)", sym, what, l.At))
	}
	for _, t := range e.WholeTable {
		parts = append(parts, "reads all of "+t)
	}
	return strings.Join(parts, "; ")
}

// grows lists, per endpoint whose work grows, its loops and whole-table
// reads.
func grows(r *analyzers.ScaleReport) []string {
	var out []string
	for _, e := range r.Endpoints {
		if len(e.Loops) > 0 || len(e.WholeTable) > 0 {
			out = append(out, fmt.Sprintf("%d. %s: %s", e.Rank, routeText(e), growthText(e)))
		}
	}
	return out
}

// blockers lists, per endpoint, the findings that block a second
// instance, then those of the whole service.
func blockers(r *analyzers.ScaleReport) []string {
	var out []string
	for _, e := range r.Endpoints {
		for _, b := range e.Blocks {
			out = append(out, fmt.Sprintf("%s: %s: %s: %s", routeText(e), b.Position, b.Analyzer, b.Message))
		}
	}
	for _, f := range r.ServiceWide {
		out = append(out, fmt.Sprintf("service-wide: %s: %s: %s", f.Position, f.Analyzer, f.Message))
	}
	return out
}

// cheaper lists cacheable work and read-replica candidates.
func cheaper(r *analyzers.ScaleReport) []string {
	var out, replica []string
	for _, e := range r.Endpoints {
		for _, c := range e.Cacheable {
			out = append(out, fmt.Sprintf("cache: %s: %s: %s", routeText(e), c.Position, c.Message))
		}
		if e.ReadOnly {
			replica = append(replica, routeText(e))
		}
	}
	if len(replica) > 0 {
		out = append(out, "read replica (reads only, writes nothing): "+strings.Join(replica, ", "))
	}
	return out
}

// clip cuts s to n columns, marking the cut with "…".
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// counted says "1 endpoint" or "3 endpoints".
func counted(n int, what string) string {
	return fmt.Sprintf("%d %s", n, plural(n, what, what+"s"))
}

// writeScaleMarkdown prints the report for a pull-request comment or a
// GitHub job summary.
func writeScaleMarkdown(w io.Writer, r *analyzers.ScaleReport) error {
	fmt.Fprintf(w, "## scalevet scale report\n\n**Verdict:** %s\n\n", mdEscape(r.Verdict))
	fmt.Fprintf(w, "%s, %d growing with the data.\n\n", counted(len(r.Endpoints), "endpoint"), r.Growing)
	fmt.Fprint(w, "| # | route | handler | reads | writes | remote | grows | notes |\n|---:|---|---|---|---|---|---|---|\n")
	for _, e := range r.Endpoints {
		fmt.Fprintf(w, "| %d | `%s` | `%s` | %s | %s | %s | %s | %s |\n", e.Rank, mdCode(routeText(e)), mdCode(e.Handler),
			e.Reads.String(), e.Writes.String(), e.Remote.String(), e.Growth, mdEscape(notes(e)))
	}
	list := func(title string, items []string) {
		if len(items) == 0 {
			return
		}
		fmt.Fprintf(w, "\n### %s\n\n", title)
		for _, it := range items {
			fmt.Fprintf(w, "- %s\n", mdEscape(it))
		}
	}
	list("What grows with the data", grows(r))
	list("What blocks a second instance", blockers(r))
	list("What could be cheaper", cheaper(r))
	return nil
}

// mdEscape escapes the characters Markdown would read as markup or as
// a table's cell separator.
func mdEscape(s string) string {
	return strings.NewReplacer("|", `\|`, "*", `\*`, "_", `\_`, "<", "&lt;", ">", "&gt;", "`", "'").Replace(s)
}

// mdCode makes s safe inside a code span of a table cell.
func mdCode(s string) string {
	return strings.NewReplacer("|", `\|`, "`", "'").Replace(s)
}

// item renders an entry of a list under a heading: indented, wrapped
// at 100 columns with a hanging indent.
func item(s string) string {
	return "  " + strings.ReplaceAll(wrap(s, 96), "\n", "\n    ")
}

// wrap breaks s into lines of at most width columns at spaces.
func wrap(s string, width int) string {
	var b strings.Builder
	n := 0
	for i, word := range strings.Fields(s) {
		if i > 0 && n+1+len([]rune(word)) > width {
			b.WriteByte('\n')
			n = 0
		} else if i > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(word)
		n += len([]rune(word))
	}
	return b.String()
}

// scaleAnalyzer is the analyzer that gathers what the scale report
// needs, run with the reporting analyzers by scalevet report.
func scaleAnalyzer() *analysis.Analyzer { return analyzers.ScaleAnalyzer }
