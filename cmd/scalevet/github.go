package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
)

// GitHub Actions output: one workflow command per finding, which the
// runner turns into an annotation on the pull request, and a Markdown
// summary for the job's summary page.
// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands

// githubLevel returns the workflow command of a level.
func githubLevel(level string) string {
	if level == levelNote {
		return "notice"
	}
	return level // error, warning
}

// writeGitHub prints a workflow command per finding:
//
//	::error file=web/h.go,line=27,endLine=27,col=11,endColumn=70,title=scalevet/requestquery::message
//
// GitHub shows at most 10 annotations of each level per step, so the most
// severe come first, then by file and line. Columns are sent only for a
// range on one line, as the toolkit requires.
func (r *report) writeGitHub(w io.Writer) {
	findings := slices.Clone(r.findings)
	slices.SortStableFunc(findings, func(x, y finding) int {
		return cmp.Compare(levelRank(level(x.analyzer, x.category)), levelRank(level(y.analyzer, y.category)))
	})
	for _, f := range findings {
		props := [][2]string{{"file", repoPath(r.root, f.abs)}, {"line", fmt.Sprint(f.posn.Line)}}
		switch {
		case f.end.Line == f.posn.Line:
			props = append(props, [2]string{"endLine", fmt.Sprint(f.end.Line)},
				[2]string{"col", fmt.Sprint(f.posn.Column)}, [2]string{"endColumn", fmt.Sprint(f.end.Column)})
		case f.end.Line > f.posn.Line:
			props = append(props, [2]string{"endLine", fmt.Sprint(f.end.Line)})
		default:
			props = append(props, [2]string{"col", fmt.Sprint(f.posn.Column)})
		}
		props = append(props, [2]string{"title", "scalevet/" + f.analyzer})
		fmt.Fprintln(w, workflowCommand(githubLevel(level(f.analyzer, f.category)), props, f.message))
	}
}

// writeGitHubErrors prints an ::error command per error of the run,
// before the findings: at its file and position when it has one, so that
// a syntax error is annotated where it is.
func (r *report) writeGitHubErrors(w io.Writer) {
	for _, e := range r.errors {
		var props [][2]string
		if e.posn.Line > 0 {
			props = append(props, [2]string{"file", repoPath(r.root, e.abs)}, [2]string{"line", fmt.Sprint(e.posn.Line)})
			if e.posn.Column > 0 {
				props = append(props, [2]string{"col", fmt.Sprint(e.posn.Column)})
			}
		}
		props = append(props, [2]string{"title", "scalevet"})
		fmt.Fprintln(w, workflowCommand("error", props, e.message))
	}
}

// workflowCommand formats a workflow command as @actions/core does:
// "::name key=value,key=value::message", leaving out empty values.
func workflowCommand(name string, props [][2]string, message string) string {
	var b strings.Builder
	b.WriteString("::" + name)
	sep := " "
	for _, p := range props {
		if p[1] == "" {
			continue
		}
		b.WriteString(sep + p[0] + "=" + escapeProperty(p[1]))
		sep = ","
	}
	b.WriteString("::" + escapeData(message))
	return b.String()
}

// escapeData and escapeProperty escape as the Actions toolkit does, in
// escapeData and escapeProperty of packages/core/src/command.ts
// (github.com/actions/toolkit): % first, then CR and LF, and, in
// properties, the : and , that delimit them.
var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func escapeData(s string) string     { return dataEscaper.Replace(s) }
func escapeProperty(s string) string { return propertyEscaper.Replace(s) }

// writeSummary writes the Markdown job summary: a count per analyzer and
// level, then a table of all findings per analyzer (the annotations stop
// at 10 per level).
func (r *report) writeSummary(w io.Writer) {
	fmt.Fprint(w, "## scalevet\n\n")
	if r.known > 0 {
		defer fmt.Fprintf(w, "%d known findings are in the baseline and not shown.\n\n", r.known)
	}
	if r.failed {
		defer fmt.Fprint(w, "Errors stopped part of the analysis: the findings may be incomplete; see the log.\n\n")
	}
	if len(r.findings) == 0 {
		fmt.Fprint(w, "No findings.\n\n")
		return
	}
	type count struct {
		analyzer, level string
		n               int
	}
	var counts []count
	byAnalyzer := make(map[string][]finding)
	var names []string
	for _, f := range r.findings {
		if byAnalyzer[f.analyzer] == nil {
			names = append(names, f.analyzer)
		}
		byAnalyzer[f.analyzer] = append(byAnalyzer[f.analyzer], f)
		lv := level(f.analyzer, f.category)
		if i := slices.IndexFunc(counts, func(c count) bool { return c.analyzer == f.analyzer && c.level == lv }); i >= 0 {
			counts[i].n++
		} else {
			counts = append(counts, count{f.analyzer, lv, 1})
		}
	}
	slices.Sort(names)
	slices.SortFunc(counts, func(x, y count) int {
		return cmp.Or(cmp.Compare(x.analyzer, y.analyzer), cmp.Compare(levelRank(x.level), levelRank(y.level)))
	})
	fmt.Fprintf(w, "%d findings.\n\n| Analyzer | Level | Findings |\n| --- | --- | ---: |\n", len(r.findings))
	for _, c := range counts {
		fmt.Fprintf(w, "| %s | %s | %d |\n", c.analyzer, c.level, c.n)
	}
	fmt.Fprintln(w)
	for _, name := range names {
		fmt.Fprintf(w, "### %s\n\n| Location | Rule | Level | Message |\n| --- | --- | --- | --- |\n", name)
		for _, f := range byAnalyzer[name] {
			fmt.Fprintf(w, "| `%s:%d:%d` | %s | %s | %s |\n", repoPath(r.root, f.abs), f.posn.Line, f.posn.Column,
				ruleID(f.analyzer, f.category), level(f.analyzer, f.category), markdownCell(f.message))
		}
		fmt.Fprintln(w)
	}
}

// markdownCell escapes text for a cell of a Markdown table.
var markdownCell = strings.NewReplacer("|", `\|`, "\r", " ", "\n", " ", "<", "&lt;", ">", "&gt;").Replace
