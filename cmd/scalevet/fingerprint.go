package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"go/ast"
	"go/token"
	"os"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf16"

	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/packages"
)

// A finding's fingerprint identifies it across edits that do not touch
// it, so that a baseline (and GitHub code scanning, through SARIF's
// partialFingerprints) still recognises it when lines above it move, the
// file is reformatted, or the function is moved within its package. It
// hashes:
//
//   - the analyzer and the diagnostic's category;
//   - the package path;
//   - the enclosing function, as Name or Recv.Name (a function literal
//     counts as part of the function it is written in);
//   - the source text of the diagnostic's range, the call or variable it
//     names, with white space removed;
//   - an ordinal among the findings with all of the above equal, in
//     source order, so that two identical calls in one function are two
//     entries.
//
// Never a line number, a column or a file name: the message is left out
// too, as it may quote the position of a loop in another file.
//
// A finding of one cause (report.Causes: a variable that handlers
// write, the work one function of the user's does) is reported at the
// first of its places, which moves when a handler is added before it or
// the first one is removed. When its cause has a key that names no
// position (a variable, a function), the fingerprint hashes that key
// instead of the package, function and text, so it stays the same; so
// does a key that names a loop of another file by file and line, hashed
// without the line (an N+1 in a helper package, reported at the first
// call that reaches it).
//
// Editing the reported call itself, renaming the function, or moving it
// to another package makes the finding new. A new identical call placed
// before a known one in the same function takes the known one's ordinal:
// the count of reported findings is right but the older line is shown.

// fingerprintVersion is hashed in, so that a change to the recipe makes
// old baselines fail to match visibly rather than match the wrong things.
const fingerprintVersion = "scalevet-fingerprint-v1"

// setFingerprints computes the fingerprint of each finding. findings are
// in source order within a file, which gives the ordinals.
func setFingerprints(findings []finding) {
	type key struct{ analyzer, category, pkg, function, text string }
	seen := make(map[key]int)
	for i := range findings {
		f := &findings[i]
		k := key{f.analyzer, f.category, f.pkgPath, f.function, f.text}
		if c := stableCause(f.causes); c != "" {
			k = key{f.analyzer, f.category, "", "", "cause " + c}
		}
		ordinal := seen[k]
		seen[k]++
		h := sha256.New()
		for _, s := range []string{fingerprintVersion, k.analyzer, k.category, k.pkg, k.function, k.text, fmt.Sprint(ordinal)} {
			h.Write([]byte(s))
			h.Write([]byte{0})
		}
		f.fingerprint = hex.EncodeToString(h.Sum(nil)[:16])
	}
}

// positional matches a cause key that names a place in the source: one
// position ("site@pos:/src/orders.go:24:8", or a token.Pos, "site@1234",
// in keys of earlier versions) or a file and line ("loop@orders.go:40").
var positional = regexp.MustCompile(`@\d|@pos:|\.go:\d`)

// tokenPos matches a cause key that names one position, which moves
// with every edit above it (and holds the absolute file name);
// lineNumber matches the line of a file and line.
var (
	tokenPos   = regexp.MustCompile(`@\d|@pos:`)
	lineNumber = regexp.MustCompile(`(\.go):\d+`)
)

// stableCause returns the first of a finding's cause keys that names no
// position; else the first that names a place by file and line
// ("repeat|loop@orders.go:40", a loop in another package that the
// finding's call reaches), without its line, so that the fingerprint
// survives lines moving in that file and the finding moving to another
// call when a handler is added before it (two such loops in one file
// differ by the ordinal); else "".
func stableCause(keys []string) string {
	sorted := slices.Sorted(slices.Values(keys))
	for _, k := range sorted {
		if !positional.MatchString(k) {
			return k
		}
	}
	for _, k := range sorted {
		if !tokenPos.MatchString(k) && lineNumber.MatchString(k) {
			return lineNumber.ReplaceAllString(k, "$1")
		}
	}
	return ""
}

// sources caches the contents of source files by absolute name; a file
// that cannot be read is cached as nil.
type sources map[string][]byte

func (s sources) content(name string) []byte {
	if b, ok := s[name]; ok {
		return b
	}
	b, err := os.ReadFile(name)
	if err != nil {
		b = nil
	}
	s[name] = b
	return b
}

// span returns the span of [pos, end); end may be NoPos.
func (s sources) span(fset *token.FileSet, dir string, pos, end token.Pos) span {
	var sp span
	sp.posn = fset.Position(pos)
	sp.abs = sp.posn.Filename
	sp.posn.Filename = rel(dir, sp.posn.Filename)
	sp.col16 = s.col16(fset, pos, sp.posn.Column)
	if end.IsValid() && end > pos && fset.File(end) == fset.File(pos) {
		sp.end = fset.Position(end)
		sp.end.Filename = sp.posn.Filename
		sp.endCol16 = s.col16(fset, end, sp.end.Column)
	}
	return sp
}

// col16 returns the column of pos in UTF-16 code units, or col, the byte
// column, when the file cannot be read or a //line directive moved pos.
func (s sources) col16(fset *token.FileSet, pos token.Pos, col int) int {
	tf := fset.File(pos)
	if tf == nil {
		return col
	}
	raw := tf.PositionFor(pos, false)
	if raw.Column != col {
		return col
	}
	b := s.content(tf.Name())
	start := raw.Offset - (raw.Column - 1)
	if b == nil || start < 0 || raw.Offset > len(b) {
		return col
	}
	n := 1
	for _, r := range string(b[start:raw.Offset]) {
		n += utf16.RuneLen(r) // an invalid byte is one U+FFFD, one unit
	}
	return n
}

// subject returns the name of the function that encloses pos and the
// normalised source text of the first line of [pos, end), or, without
// end, of the innermost node at pos (the whole call for a diagnostic at
// its parenthesis). One line is enough to name the call
// or variable, and keeps edits to the arguments below it out.
func (s sources) subject(pkg *packages.Package, pos, end token.Pos) (function, text string) {
	var file *ast.File
	for _, f := range pkg.Syntax {
		if f.FileStart <= pos && pos <= f.FileEnd {
			file = f
			break
		}
	}
	tf := pkg.Fset.File(pos)
	if file == nil || tf == nil {
		return "", ""
	}
	return s.subjectIn(file, tf, pos, end)
}

// subjectIn is subject in a file already found: file, whose token.File
// is tf.
func (s sources) subjectIn(file *ast.File, tf *token.File, pos, end token.Pos) (function, text string) {
	if !end.IsValid() || end < pos || end > file.FileEnd {
		end = pos
	}
	path, _ := astutil.PathEnclosingInterval(file, pos, end)
	function = enclosingFunc(path)
	if end == pos && len(path) > 0 {
		if _, isFile := path[0].(*ast.File); isFile {
			end = file.FileEnd // a comment, say: the rest of its line
		} else {
			pos, end = path[0].Pos(), path[0].End()
		}
	}
	b := s.content(tf.Name())
	from, to := tf.Offset(pos), tf.Offset(end)
	if b == nil || from > to || to > len(b) {
		return function, ""
	}
	src, _, _ := strings.Cut(string(b[from:to]), "\n")
	return function, normalise(src)
}

// enclosingFunc returns the name of the outermost function declaration
// in path (innermost node first), or of the package-level variable whose
// initialiser holds the position.
func enclosingFunc(path []ast.Node) string {
	for i := len(path) - 1; i >= 0; i-- {
		switch n := path[i].(type) {
		case *ast.FuncDecl:
			if n.Recv != nil && len(n.Recv.List) == 1 {
				return recvName(n.Recv.List[0].Type) + "." + n.Name.Name
			}
			return n.Name.Name
		case *ast.ValueSpec:
			var names []string
			for _, id := range n.Names {
				names = append(names, id.Name)
			}
			return strings.Join(names, ",")
		}
	}
	return ""
}

// recvName returns the type name of a receiver: T for T, *T, T[P], *T[P].
func recvName(x ast.Expr) string {
	for {
		switch t := x.(type) {
		case *ast.StarExpr:
			x = t.X
		case *ast.ParenExpr:
			x = t.X
		case *ast.IndexExpr:
			x = t.X
		case *ast.IndexListExpr:
			x = t.X
		case *ast.Ident:
			return t.Name
		default:
			return "?"
		}
	}
}

// normalise removes white space, so that reformatting and re-indenting
// keep the text.
func normalise(src string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, src)
}
