package main

// scalevet -cache: the analysis a package at a time, through go vet.
//
// Without -cache, scalevet loads every package of the program, its
// dependencies included, from source into one process and analyses
// them there: the whole program is in memory at once, and a second run
// on unchanged code costs as much as the first. With -cache it runs
//
//	go vet -vettool=<itself> -json -cachedriver <the analyzer flags> patterns
//
// go vet type-checks each package from its dependencies' export data,
// runs scalevet on it in a process of its own with the facts of its
// dependencies, and keeps every result (facts, and the JSON of the
// findings) in the go build cache under a key made of the package's
// content, its dependencies' results, the tool's build ID and the flags.
// A repeat run on unchanged code runs no analysis at all, a change
// re-analyses the packages that depend on it, and a shared cache
// (GOCACHEPROG) serves other machines. This process then builds the
// same report as without -cache from the JSON: the -cachedriver
// analyzer adds, for each finding, the cause keys and entry points that
// the whole-program steps (mergeCauses, the scale report's entries)
// read from the analyzers' results in process.
//
// Everything that decides a result must be in the cache key, so the
// vet tool in driver mode does not read scalevet.toml (its content is
// not in the key): this process reads it and passes its choices as
// flags, and applies its exclusions to the findings itself.

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"

	"golang.org/x/tools/go/analysis"

	"github.com/scalevet/scalevet/analyzers"
)

// A vetFailure is runCached's error when go vet fails: a package does
// not build, a C library is missing, a module cannot be had. The caller
// analyses the program loaded from source instead.
type vetFailure struct{ first string } // the first line go vet printed

func (e *vetFailure) Error() string { return "go vet failed: " + e.first }

// vetFailed returns the vetFailure of go vet's standard error.
func vetFailed(stderr string) *vetFailure {
	for line := range strings.Lines(stderr) {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "# ") && !strings.HasPrefix(line, "go: downloading ") {
			return &vetFailure{line}
		}
	}
	return &vetFailure{"no message"}
}

// cacheDriverName is the name, and the vet flag, of the analyzer that
// reports the cause keys of the findings to scalevet -cache.
const cacheDriverName = "cachedriver"

// A causeLister is the result of an analyzer that reports one finding
// per cause (analyzers/internal/report.Causes).
type causeLister interface {
	causeCarrier
	entryCarrier
	EachCause(f func(pos token.Pos, category, message string))
}

// A causeRecord is the message of a cachedriver diagnostic: what
// scalevet -cache cannot read from go vet's JSON about one finding.
type causeRecord struct {
	Analyzer string   `json:"analyzer"`
	Category string   `json:"category,omitempty"`
	Message  string   `json:"message"`
	Keys     []string `json:"keys,omitempty"`
	Entries  []string `json:"entries,omitempty"`
}

// cacheDriverAnalyzer returns the analyzer that, for each finding of the
// analyzers in as that report causes, reports a diagnostic at the same
// position whose message is its causeRecord. It runs only when scalevet
// -cache asks for it with -cachedriver.
func cacheDriverAnalyzer(as []*analysis.Analyzer) *analysis.Analyzer {
	var requires []*analysis.Analyzer
	lister := reflect.TypeFor[causeLister]()
	for _, a := range as {
		if a.ResultType != nil && a.ResultType.Implements(lister) {
			requires = append(requires, a)
		}
	}
	return &analysis.Analyzer{
		Name:     cacheDriverName,
		Doc:      "report the cause keys of the findings to scalevet -cache (not for direct use)",
		Requires: requires,
		Run: func(pass *analysis.Pass) (any, error) {
			// A record with no analyzer says that the package was
			// analysed: go vet caches a package's facts before its
			// findings, and a run interrupted between the two leaves
			// a result that prints nothing, which runCached tells
			// from a package without findings by this record.
			if len(pass.Files) > 0 {
				pass.Report(analysis.Diagnostic{Pos: pass.Files[0].Package, Message: "{}"})
			}
			for _, a := range requires {
				cl, ok := pass.ResultOf[a].(causeLister)
				if !ok {
					continue
				}
				type posRecord struct {
					pos token.Pos
					rec causeRecord
				}
				var recs []posRecord
				cl.EachCause(func(pos token.Pos, category, message string) {
					recs = append(recs, posRecord{pos, causeRecord{
						Analyzer: a.Name,
						Category: category,
						Message:  message,
						Keys:     cl.CauseKeys(pos, category, message),
						Entries:  cl.CauseEntries(pos, category, message),
					}})
				})
				slices.SortFunc(recs, func(x, y posRecord) int {
					return cmp.Or(cmp.Compare(x.pos, y.pos), cmp.Compare(x.rec.Category, y.rec.Category), cmp.Compare(x.rec.Message, y.rec.Message))
				})
				for _, r := range recs {
					data, err := json.Marshal(r.rec)
					if err != nil {
						return nil, err
					}
					pass.Report(analysis.Diagnostic{Pos: r.pos, Message: string(data)})
				}
			}
			return nil, nil
		},
	}
}

// cacheDriverOn reports whether go vet runs the vet tool for scalevet
// -cache.
func cacheDriverOn(args []string) bool {
	for _, arg := range args {
		name, value, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if strings.HasPrefix(arg, "-") && name == cacheDriverName {
			on, err := strconv.ParseBool(cmp.Or(value, "true"))
			return err == nil && on
		}
	}
	return false
}

// cacheVetFlags returns the go vet flags that make the vet tool run what
// this run selected: every analyzer on or off, every analyzer flag that
// is not at its default (scalevet.toml sets some), and the vet suite.
func cacheVetFlags(entries []analyzers.Entry, selected []*analysis.Analyzer, vetSuite bool) []string {
	flags := []string{"-" + cacheDriverName, "-" + vetSuiteFlag + "=" + strconv.FormatBool(vetSuite)}
	for _, e := range entries {
		a := e.Analyzer
		on := slices.ContainsFunc(selected, func(s *analysis.Analyzer) bool { return s.Name == a.Name })
		flags = append(flags, fmt.Sprintf("-%s=%t", a.Name, on))
		a.Flags.VisitAll(func(f *flag.Flag) {
			if v := f.Value.String(); v != f.DefValue {
				flags = append(flags, fmt.Sprintf("-%s.%s=%s", a.Name, f.Name, v))
			}
		})
	}
	return flags
}

// A vetDiagnostic is a diagnostic as go vet -json prints it.
type vetDiagnostic struct {
	Category       string `json:"category,omitempty"`
	Posn           string `json:"posn"`
	End            string `json:"end"`
	Message        string `json:"message"`
	SuggestedFixes []struct {
		Message string `json:"message"`
		Edits   []struct {
			Filename string `json:"filename"`
			Start    int    `json:"start"`
			End      int    `json:"end"`
			New      string `json:"new"`
		} `json:"edits"`
	} `json:"suggested_fixes,omitempty"`
	Related []struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	} `json:"related,omitempty"`
}

// runCached runs the analysis through go vet (see the top of this file)
// and returns the findings of the packages that match patterns. Errors
// of the run go to rep.errors; the error returned is one that stops it.
func runCached(rep *report, stderr io.Writer, dir string, patterns []string, opts options) ([]finding, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	listed, err := goList(dir, opts.tags, patterns)
	if err != nil {
		return nil, err
	}
	args := []string{"vet", "-vettool=" + exe, "-json"}
	if opts.tags != "" {
		args = append(args, "-tags="+opts.tags)
	}
	if !opts.tests {
		// go vet analyses a package that has tests with its test
		// files, and builds them: an overlay that deletes them makes
		// it analyse (and build) the packages as they are built.
		overlay, err := withoutTests(listed)
		if err != nil {
			return nil, err
		}
		if overlay != "" {
			defer os.Remove(overlay)
			args = append(args, "-overlay="+overlay)
		}
	}
	args = append(args, opts.vetFlags...)
	args = append(args, patterns...)
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	prog := newProgress(stderr)
	prog.loading()
	runErr := cmd.Run()
	prog.done()
	if runErr != nil {
		if exit := (*exec.ExitError)(nil); !errors.As(runErr, &exit) {
			return nil, fmt.Errorf("go vet: %v", runErr)
		}
		// go vet analyses no package that does not build, nor any
		// that imports one; the loaded run analyses them all. When go
		// vet succeeds, its standard error holds only what the C
		// compiler says while cgo packages build, which the loaded
		// run never prints.
		return nil, vetFailed(errOut.String())
	}

	trees, err := decodeVetJSON(out.Bytes())
	if err != nil {
		return nil, fmt.Errorf("go vet -json: %v", err)
	}
	rep.vetTree = make(map[string]map[string][]vetDiagnostic)
	analysed := make(map[string]bool) // package IDs with a cachedriver record
	var findings []finding
	seen := make(map[string]bool)
	files := newParsedFiles(make(sources))
	for _, tree := range trees {
		for id, byAnalyzer := range tree {
			pkgPath, _, _ := strings.Cut(id, " [")
			records := make(map[string]causeRecord) // by posn and message
			if raw, ok := byAnalyzer[cacheDriverName]; ok {
				analysed[id] = true
				var diags []vetDiagnostic
				if json.Unmarshal(raw, &diags) == nil {
					for _, d := range diags {
						var rec causeRecord
						if json.Unmarshal([]byte(d.Message), &rec) == nil && rec.Analyzer != "" {
							records[rec.Analyzer+"\x00"+d.Posn+"\x00"+rec.Category+"\x00"+rec.Message] = rec
						}
					}
				}
			}
			for _, name := range slices.Sorted(maps.Keys(byAnalyzer)) {
				if name == cacheDriverName {
					continue
				}
				raw := byAnalyzer[name]
				var diags []vetDiagnostic
				if err := json.Unmarshal(raw, &diags); err != nil {
					var failed struct {
						Error string `json:"error"`
					}
					if json.Unmarshal(raw, &failed) == nil && failed.Error != "" {
						rep.errors = append(rep.errors, runError{message: fmt.Sprintf("%s failed on %s: %s", name, id, failed.Error)})
					}
					continue
				}
				for _, d := range diags {
					for i, r := range d.Related {
						d.Related[i].Posn, d.Related[i].End = files.declName(r.Posn), files.declName(r.End)
					}
					f, ok := files.finding(dir, name, pkgPath, d)
					if !ok || opts.drop != nil && opts.drop(name, d.Category, f.abs) ||
						!opts.tests && strings.HasSuffix(f.abs, "_test.go") {
						continue
					}
					key := f.String()
					if seen[key] {
						continue
					}
					seen[key] = true
					if rec, ok := records[name+"\x00"+d.Posn+"\x00"+d.Category+"\x00"+d.Message]; ok {
						f.causes = rec.Keys
						for _, e := range rec.Entries {
							f.entries = append(f.entries, pkgPath+"\x00"+e)
						}
					}
					findings = append(findings, f)
					if rep.vetTree[id] == nil {
						rep.vetTree[id] = make(map[string][]vetDiagnostic)
					}
					rep.vetTree[id][name] = append(rep.vetTree[id][name], d)
				}
			}
		}
	}
	// Every package go vet analysed has printed its record.
	for _, p := range listed {
		// unsafe and builtin are not packages go vet analyses.
		if id := p.ImportPath; (len(p.GoFiles) > 0 || len(p.CgoFiles) > 0) && id != "unsafe" && id != "builtin" && !analysed[id] {
			rep.errors = append(rep.errors, runError{message: fmt.Sprintf("go vet printed no result for %s: its entry in the go build cache is incomplete (a run interrupted while go vet stored it); go clean -cache removes it", id)})
		}
	}
	slices.SortFunc(rep.errors, func(x, y runError) int { return cmp.Compare(x.String(), y.String()) })
	rep.errors = slices.CompactFunc(rep.errors, func(x, y runError) bool { return x.String() == y.String() })
	return settle(findings), nil
}

// decodeVetJSON decodes the JSON objects that go vet -json prints, one
// per package analysed.
func decodeVetJSON(data []byte) ([]map[string]map[string]json.RawMessage, error) {
	var trees []map[string]map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(data))
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err == io.EOF {
			return trees, nil
		} else if err != nil {
			return nil, err
		}
		trees = append(trees, tree)
	}
}

// A listedPackage is what runCached needs to know of a package before
// go vet runs.
type listedPackage struct {
	ImportPath                string
	Dir                       string
	GoFiles, CgoFiles         []string
	TestGoFiles, XTestGoFiles []string
}

// goList returns the packages that match patterns.
func goList(dir, tags string, patterns []string) ([]listedPackage, error) {
	args := []string{"list", "-e", "-find", "-json=ImportPath,Dir,GoFiles,CgoFiles,TestGoFiles,XTestGoFiles"}
	if tags != "" {
		args = append(args, "-tags="+tags)
	}
	cmd := exec.Command("go", append(args, patterns...)...)
	cmd.Dir = dir
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list: %v: %s", err, strings.TrimSpace(errOut.String()))
	}
	var pkgs []listedPackage
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listedPackage
		if err := dec.Decode(&p); err == io.EOF {
			return pkgs, nil
		} else if err != nil {
			return nil, fmt.Errorf("go list: %v", err)
		}
		pkgs = append(pkgs, p)
	}
}

// goEnv returns the value of go env NAME, or "".
func goEnv(name string) string {
	out, err := exec.Command("go", "env", name).Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// withoutTests writes an overlay that deletes the test files of pkgs,
// added to the overlay of GOFLAGS if it has one, and returns its name,
// or "" when no package has tests.
func withoutTests(pkgs []listedPackage) (string, error) {
	replace := make(map[string]string)
	// go refuses an overlay of the module cache: a dependency's
	// tests, under "all", stay, and runCached drops what is found in
	// them.
	modcache := goEnv("GOMODCACHE")
	for _, p := range pkgs {
		if modcache != "" && strings.HasPrefix(p.Dir, modcache+string(filepath.Separator)) {
			continue
		}
		for _, f := range slices.Concat(p.TestGoFiles, p.XTestGoFiles) {
			replace[filepath.Join(p.Dir, f)] = ""
		}
	}
	if len(replace) == 0 {
		return "", nil
	}
	for f := range strings.FieldsSeq(os.Getenv("GOFLAGS")) {
		name, ok := strings.CutPrefix(strings.TrimLeft(f, "-"), "overlay=")
		if !ok {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return "", fmt.Errorf("GOFLAGS -overlay: %v", err)
		}
		var user struct{ Replace map[string]string }
		if err := json.Unmarshal(data, &user); err != nil {
			return "", fmt.Errorf("GOFLAGS -overlay %s: %v", name, err)
		}
		// Relative paths are the go command's working directory's,
		// which is this process's.
		for from, to := range user.Replace {
			if from, err = filepath.Abs(from); err != nil {
				return "", err
			}
			if to != "" {
				if to, err = filepath.Abs(to); err != nil {
					return "", err
				}
			}
			if _, ours := replace[from]; !ours {
				replace[from] = to
			}
		}
	}
	data, err := json.Marshal(struct{ Replace map[string]string }{replace})
	if err != nil {
		return "", err
	}
	f, err := os.CreateTemp("", "scalevet-overlay-*.json")
	if err != nil {
		return "", err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), f.Close()
}

// parsedFiles parses the files that findings are in, for their
// fingerprints (the enclosing function and the source text), which go
// vet's JSON does not carry.
type parsedFiles struct {
	src   sources
	fset  *token.FileSet
	files map[string]*ast.File // nil when the file does not parse
}

func newParsedFiles(src sources) *parsedFiles {
	return &parsedFiles{src: src, fset: token.NewFileSet(), files: make(map[string]*ast.File)}
}

// file returns the syntax of the file named abs and its token.File.
func (p *parsedFiles) file(abs string) (*ast.File, *token.File) {
	f, ok := p.files[abs]
	if !ok {
		if b := p.src.content(abs); b != nil {
			f, _ = parser.ParseFile(p.fset, abs, b, parser.SkipObjectResolution)
		}
		p.files[abs] = f
	}
	if f == nil {
		return nil, nil
	}
	return f, p.fset.File(f.FileStart)
}

// span returns the span of a go vet position pair ("file:line:col"),
// and false when posn does not parse.
func (p *parsedFiles) span(dir, posn, end string) (span, bool) {
	start, ok := parsePos(posn)
	if !ok {
		return span{}, false
	}
	var sp span
	sp.abs = start.Filename
	sp.posn = start
	sp.posn.Filename = rel(dir, sp.abs)
	sp.col16 = p.col16(sp.abs, start.Line, start.Column)
	if e, ok := parsePos(end); ok && e.Filename == start.Filename &&
		(e.Line > start.Line || e.Line == start.Line && e.Column > start.Column) {
		sp.end = e
		sp.end.Filename = sp.posn.Filename
		sp.endCol16 = p.col16(sp.abs, e.Line, e.Column)
	}
	return sp, true
}

// declName returns posn, "file:line:col", moved to the name declared on
// its line when its column is 1. go vet analyses a package with its
// imports from export data, which keeps the line of a declaration but
// not its column; the related positions that name a function or type
// of another package then point at the start of its line, where
// scalevet without -cache, which has the imports' syntax, points at the
// name.
func (p *parsedFiles) declName(posn string) string {
	at, ok := parsePos(posn)
	if !ok || at.Column != 1 {
		return posn
	}
	file, tf := p.file(at.Filename)
	if file == nil {
		return posn
	}
	var name *ast.Ident
	for _, d := range file.Decls {
		if tf.Line(d.Pos()) > at.Line {
			break
		}
		switch d := d.(type) {
		case *ast.FuncDecl:
			if tf.Line(d.Pos()) == at.Line {
				name = d.Name
			}
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				switch spec := spec.(type) {
				case *ast.TypeSpec:
					if tf.Line(spec.Pos()) == at.Line {
						name = spec.Name
					}
				case *ast.ValueSpec:
					if tf.Line(spec.Pos()) == at.Line {
						name = spec.Names[0]
					}
				}
			}
		}
	}
	if name == nil {
		return posn
	}
	return fmt.Sprintf("%s:%d:%d", at.Filename, at.Line, tf.Position(name.Pos()).Column)
}

// pos returns the token.Pos of line and byte column col in tf, or NoPos.
func pos(tf *token.File, line, col int) token.Pos {
	if tf == nil || line < 1 || line > tf.LineCount() || col < 1 {
		return token.NoPos
	}
	start := tf.LineStart(line)
	if off := tf.Offset(start) + col - 1; off > tf.Size() {
		return token.NoPos
	}
	return start + token.Pos(col-1)
}

// col16 returns byte column col of line in the file named abs in UTF-16
// code units, or col when the file cannot be read.
func (p *parsedFiles) col16(abs string, line, col int) int {
	n := 0
	for l := range bytes.Lines(p.src.content(abs)) {
		if n++; n < line {
			continue
		}
		if col-1 > len(l) {
			return col
		}
		units := 1
		for _, r := range string(l[:col-1]) {
			units += utf16.RuneLen(r)
		}
		return units
	}
	return col
}

// finding returns the finding of analyzer in package pkgPath for the
// go vet diagnostic d.
func (p *parsedFiles) finding(dir, analyzer, pkgPath string, d vetDiagnostic) (finding, bool) {
	sp, ok := p.span(dir, d.Posn, d.End)
	if !ok {
		return finding{}, false
	}
	f := finding{span: sp, analyzer: analyzer, category: d.Category, message: d.Message, pkgPath: pkgPath}
	for _, r := range d.Related {
		if rs, ok := p.span(dir, r.Posn, r.End); ok {
			f.related = append(f.related, related{rs, r.Message})
		}
	}
	if len(d.SuggestedFixes) > 0 {
		sf := d.SuggestedFixes[0]
		f.fix = &fix{message: sf.Message}
		for _, e := range sf.Edits {
			f.fix.edits = append(f.fix.edits, edit{e.Filename, e.Start, e.End, e.New})
		}
	}
	if file, tf := p.file(sp.abs); file != nil {
		start := pos(tf, sp.posn.Line, sp.posn.Column)
		end := token.NoPos
		if sp.end.Line > 0 {
			end = pos(tf, sp.end.Line, sp.end.Column)
		}
		if start.IsValid() {
			f.function, f.text = p.src.subjectIn(file, tf, start, end)
		}
	}
	return f, true
}
