package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// The tests in this file check the output formats and fingerprints on
// findings made by hand, without loading packages.

func TestWorkflowCommandEscaping(t *testing.T) {
	// The expected strings apply escapeData and escapeProperty of
	// actions/toolkit packages/core/src/command.ts by hand.
	props := [][2]string{
		{"file", "dir,with:odd%chars/a.go"},
		{"line", "7"},
		{"col", ""}, // empty values are left out, as the toolkit does
		{"title", "scalevet/x"},
	}
	got := workflowCommand("warning", props, "100% sure: a, b\r\nnext line")
	want := "::warning file=dir%2Cwith%3Aodd%25chars/a.go,line=7,title=scalevet/x::100%25 sure: a, b%0D%0Anext line"
	if got != want {
		t.Errorf("workflowCommand:\n got %s\nwant %s", got, want)
	}
	if got := workflowCommand("notice", nil, "m"); got != "::notice::m" {
		t.Errorf("workflowCommand without properties: %s", got)
	}
}

// handmade returns a finding of analyzer/category at line:col of file.
func handmade(analyzer, category, file string, line, col int, message string) finding {
	f := finding{analyzer: analyzer, category: category, message: message}
	f.posn = token.Position{Filename: file, Line: line, Column: col}
	f.abs = filepath.Join("/repo", file)
	f.col16 = col
	return f
}

func TestGitHubOrder(t *testing.T) {
	r := &report{root: "/repo", findings: []finding{
		handmade("globalstate", "", "a.go", 1, 1, "a warning"),
		handmade("directive", "malformed", "a.go", 2, 1, "a note"),
		handmade("requestquery", "unbounded", "a.go", 3, 1, "another warning"),
		handmade("requestquery", "nplusone", "b.go", 4, 1, "an error"),
		handmade("sessionmap", "", "c.go", 5, 1, "another error"),
	}}
	var b strings.Builder
	r.writeGitHub(&b)
	var got []string
	for line := range strings.Lines(b.String()) {
		line = strings.TrimSuffix(line, "\n")
		level, _, _ := strings.Cut(strings.TrimPrefix(line, "::"), " ")
		got = append(got, level+": "+line[strings.LastIndex(line, "::")+2:])
	}
	want := []string{
		"error: an error",
		"error: another error",
		"warning: a warning",
		"warning: another warning",
		"notice: a note",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("-format=github order (-want +got):\n%s", diff)
	}
	// A range over lines sends endLine and no columns.
	f := handmade("requestquery", "nplusone", "m.go", 10, 4, "multi-line")
	f.end = token.Position{Filename: "m.go", Line: 12, Column: 2}
	b.Reset()
	(&report{root: "/repo", findings: []finding{f}}).writeGitHub(&b)
	if want := "::error file=m.go,line=10,endLine=12,title=scalevet/requestquery::multi-line\n"; b.String() != want {
		t.Errorf("multi-line range:\n got %s\nwant %s", b.String(), want)
	}
}

func TestSummary(t *testing.T) {
	r := &report{root: "/repo", known: 2, findings: []finding{
		handmade("requestquery", "nplusone", "a.go", 1, 2, "x | y <b>"),
		handmade("globalstate", "", "b.go", 3, 4, "z"),
	}}
	var b strings.Builder
	r.writeSummary(&b)
	want := "## scalevet\n\n" +
		"2 findings.\n\n| Analyzer | Level | Findings |\n| --- | --- | ---: |\n" +
		"| globalstate | warning | 1 |\n| requestquery | error | 1 |\n\n" +
		"### globalstate\n\n| Location | Rule | Level | Message |\n| --- | --- | --- | --- |\n" +
		"| `b.go:3:4` | globalstate | warning | z |\n\n" +
		"### requestquery\n\n| Location | Rule | Level | Message |\n| --- | --- | --- | --- |\n" +
		"| `a.go:1:2` | requestquery/nplusone | error | x \\| y &lt;b&gt; |\n\n" +
		"2 known findings are in the baseline and not shown.\n\n"
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("summary (-want +got):\n%s", diff)
	}
	b.Reset()
	(&report{}).writeSummary(&b)
	if got := b.String(); got != "## scalevet\n\nNo findings.\n\n" {
		t.Errorf("summary of a clean run: %q", got)
	}
}

func TestLevel(t *testing.T) {
	for _, test := range []struct{ analyzer, category, want string }{
		{"requestquery", "nplusone", "error"},
		{"requestquery", "writeloop", "error"},
		{"requestquery", "unbounded", "warning"},
		{"sessionmap", "anything", "error"},
		{"globalstate", "", "warning"},
		{"missingcache", "stale-directive", "note"},
		{"directive", "malformed", "note"},
	} {
		if got := level(test.analyzer, test.category); got != test.want {
			t.Errorf("level(%s, %s) = %s, want %s", test.analyzer, test.category, got, test.want)
		}
	}
}

func TestCategories(t *testing.T) {
	a := &analysis.Analyzer{Name: "x", Doc: `x: report things

Some text with - dashes: not a list.

It reports, with these categories:

  - one: the first kind,
    on two lines;
  - two-words: the second kind.

  - later: not in the list
`}
	want := []category{{"one", "the first kind, on two lines"}, {"two-words", "the second kind"}}
	if diff := cmp.Diff(want, categories(a), cmp.AllowUnexported(category{})); diff != "" {
		t.Errorf("categories (-want +got):\n%s", diff)
	}
	if got := categories(&analysis.Analyzer{Name: "y", Doc: "y: no list\n\n  - a: b\n"}); got != nil {
		t.Errorf("categories of a doc without a list: %v", got)
	}
}

const subjectSrc = `package p

var handler = func() { db.Query("a") }

type T[P any] struct{}

func (t *T[P]) M() {
	for range 3 {
		db.Query("b",
			1)
	}
	go func() { db.Query("c") }()
}

func F() { db.Query ( "d" ) }
`

// subjects parses src as a file of a package and returns the function
// and text of the call of db.Query with argument arg.
func subjects(t *testing.T, src string) map[string][2]string {
	t.Helper()
	dir := t.TempDir()
	name := filepath.Join(dir, "p.go")
	if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg := &packages.Package{Fset: fset, Syntax: []*ast.File{f}}
	got := make(map[string][2]string)
	s := make(sources)
	ast.Inspect(f, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && len(call.Args) > 0 {
			if lit, ok := call.Args[0].(*ast.BasicLit); ok {
				fn, text := s.subject(pkg, call.Pos(), call.End())
				got[lit.Value] = [2]string{fn, text}
				_, noEnd := s.subject(pkg, call.Lparen, token.NoPos)
				got[lit.Value+" at ("] = [2]string{fn, noEnd}
			}
		}
		return true
	})
	return got
}

func TestSubject(t *testing.T) {
	want := map[string][2]string{
		`"a"`:      {"handler", `db.Query("a")`},
		`"a" at (`: {"handler", `db.Query("a")`}, // the innermost node at ( is the call
		`"b"`:      {"T.M", `db.Query("b",`},     // the first line only
		`"b" at (`: {"T.M", `db.Query("b",`},
		`"c"`:      {"T.M", `db.Query("c")`}, // a literal is part of its function
		`"c" at (`: {"T.M", `db.Query("c")`},
		`"d"`:      {"F", `db.Query("d")`}, // white space removed
		`"d" at (`: {"F", `db.Query("d")`},
	}
	if diff := cmp.Diff(want, subjects(t, subjectSrc)); diff != "" {
		t.Errorf("subjects (-want +got):\n%s", diff)
	}
}

func TestFingerprints(t *testing.T) {
	base := func(line int) finding {
		f := handmade("requestquery", "nplusone", "a.go", line, 3, "message at a.go:"+string(rune('0'+line)))
		f.pkgPath, f.function, f.text = "example.com/p", "F", `db.Query("x")`
		return f
	}
	fs := []finding{base(1), base(2)}
	setFingerprints(fs)
	if fs[0].fingerprint == fs[1].fingerprint {
		t.Errorf("two equal calls in one function share a fingerprint")
	}
	// Lines and messages do not count; the ordinal does.
	moved := []finding{base(5), base(9)}
	setFingerprints(moved)
	if moved[0].fingerprint != fs[0].fingerprint || moved[1].fingerprint != fs[1].fingerprint {
		t.Errorf("fingerprints changed when the lines moved")
	}
	// A cause named by a key without a position (a variable) keeps its
	// fingerprint wherever it is reported: a handler added before the
	// first place that reaches it moves the finding, not the fingerprint.
	cause := func(line int, function, text string, keys ...string) finding {
		f := base(line)
		f.function, f.text, f.causes = function, text, keys
		return f
	}
	first := []finding{cause(10, "Save", "hits++", "example.com/p hits")}
	later := []finding{cause(4, "Reset", "hits = 0", "example.com/p hits", "writer@p.bump")}
	setFingerprints(first)
	setFingerprints(later)
	if first[0].fingerprint != later[0].fingerprint {
		t.Errorf("a cause moved to another place changed its fingerprint")
	}
	// A loop in another file, named by file and line: the line moving
	// and the finding moving to another call keep the fingerprint.
	positional := []finding{cause(10, "Save", "hits++", "repeat|loop@shop.go:9")}
	other := []finding{cause(4, "List", "items(db)", "repeat|loop@shop.go:12")}
	setFingerprints(positional)
	setFingerprints(other)
	if positional[0].fingerprint != other[0].fingerprint || positional[0].fingerprint == first[0].fingerprint {
		t.Errorf("a loop named by file and line: fingerprints %s and %s, want equal", positional[0].fingerprint, other[0].fingerprint)
	}
	// Another file's loop is another finding.
	elsewhere := []finding{cause(10, "Save", "hits++", "repeat|loop@cart.go:9")}
	setFingerprints(elsewhere)
	if elsewhere[0].fingerprint == positional[0].fingerprint {
		t.Errorf("loops of two files share a fingerprint")
	}
	// A key with a token.Pos, valid in one run only, leaves the recipe
	// as it was: the site's function and text.
	site := []finding{cause(10, "Save", "hits++", "nplusone|site@1234")}
	site2 := []finding{cause(12, "Save", "hits++", "nplusone|site@1290")}
	moved2 := []finding{cause(12, "List", "hits++", "nplusone|site@1234")}
	setFingerprints(site)
	setFingerprints(site2)
	setFingerprints(moved2)
	if site[0].fingerprint != site2[0].fingerprint || site[0].fingerprint == moved2[0].fingerprint {
		t.Errorf("keys with a token.Pos should leave the recipe as it was")
	}
	// Every part of the key counts.
	for _, change := range []func(*finding){
		func(f *finding) { f.analyzer = "other" },
		func(f *finding) { f.category = "writeloop" },
		func(f *finding) { f.pkgPath = "example.com/q" },
		func(f *finding) { f.function = "G" },
		func(f *finding) { f.text = `db.Query("y")` },
	} {
		f := []finding{base(1)}
		change(&f[0])
		setFingerprints(f)
		if f[0].fingerprint == fs[0].fingerprint {
			t.Errorf("changed finding %+v kept the fingerprint", f[0])
		}
	}
}

func TestCol16(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "u.go")
	src := "package u\n\nvar s = \"é😀\" + x\n"
	if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, 0)
	if err != nil {
		t.Fatal(err)
	}
	x := f.Decls[0].(*ast.GenDecl).Specs[0].(*ast.ValueSpec).Values[0].(*ast.BinaryExpr).Y
	sp := make(sources).span(fset, dir, x.Pos(), x.End())
	// "var s = " is 8 units, the literal 1+1+2+1 (é is one UTF-16 unit,
	// 😀 two), " + " 3: x is at unit 17, where its byte column is 20.
	if sp.posn.Column != 20 || sp.col16 != 17 || sp.endCol16 != 18 || sp.posn.Filename != "u.go" {
		t.Errorf("span of x: %+v; want byte column 20, UTF-16 columns 17 to 18", sp)
	}
}
