package directive

import (
	"go/ast"
	"go/token"
	"strings"
)

// Entry is one well-formed directive found in a package.
type Entry struct {
	Directive
	Pos  token.Pos
	File *token.File
	Line int
}

// Problem is a malformed or misplaced directive.
type Problem struct {
	Pos     token.Pos
	Message string
}

// Index holds the directives of one package. It is built once per
// package and only read afterwards, so analyzers running in parallel
// may share it.
type Index struct {
	ignores  map[*token.File][]*Entry // Ignore and FileIgnore, in source order
	handler  map[*ast.FuncDecl]*Entry
	expense  map[*ast.FuncDecl]*Entry
	Problems []Problem
}

// Build parses the directives of files. known lists the analyzer names
// that suppressions may name.
func Build(fset *token.FileSet, files []*ast.File, known []string) *Index {
	idx := &Index{}
	for _, f := range files {
		if !mayHaveDirective(f) {
			continue
		}
		tf := fset.File(f.FileStart)
		// Doc comments of function declarations carry handler/expensive.
		docOf := make(map[*ast.Comment]*ast.FuncDecl)
		for _, decl := range f.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok && fd.Doc != nil {
				for _, c := range fd.Doc.List {
					docOf[c] = fd
				}
			}
		}
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if spaced(c.Text) {
					verb, _, _ := strings.Cut(strings.TrimPrefix(strings.TrimLeft(c.Text[2:], " \t"), "scalevet:"), " ")
					idx.Problems = append(idx.Problems, Problem{c.Pos(), "a space between // and scalevet: makes this a plain comment that does nothing; write " + Prefix + verb})
					continue
				}
				if !strings.HasPrefix(c.Text, Prefix) {
					continue
				}
				d, _, err := Parse(c.Text, known)
				if err != nil {
					idx.Problems = append(idx.Problems, Problem{c.Pos(), err.Error()})
					continue
				}
				e := &Entry{Directive: d, Pos: c.Pos(), File: tf, Line: tf.Line(c.Pos())}
				switch d.Verb {
				case Ignore, FileIgnore:
					if idx.ignores == nil {
						idx.ignores = make(map[*token.File][]*Entry)
					}
					idx.ignores[tf] = append(idx.ignores[tf], e)
				case Handler, Expensive:
					fd := docOf[c]
					if fd == nil || fd.Body == nil {
						idx.Problems = append(idx.Problems, Problem{c.Pos(), "//scalevet:" + d.Verb.String() + " must be in the doc comment of a function declaration with a body"})
						continue
					}
					m := &idx.handler
					if d.Verb == Expensive {
						m = &idx.expense
					}
					if *m == nil {
						*m = make(map[*ast.FuncDecl]*Entry)
					}
					(*m)[fd] = e
				}
			}
		}
	}
	return idx
}

// spaced reports whether a line comment is a scalevet directive written
// with white space after the slashes, "// scalevet:ignore ...": Go's
// directives, and scalevet's, have none, so it would be silently a plain
// comment.
func spaced(text string) bool {
	rest, ok := strings.CutPrefix(text, "//")
	if !ok || rest == "" || (rest[0] != ' ' && rest[0] != '\t') {
		return false
	}
	verb, ok := strings.CutPrefix(strings.TrimLeft(rest, " \t"), "scalevet:")
	return ok && verb != "" && 'a' <= verb[0] && verb[0] <= 'z' // "// scalevet: a note" is prose
}

// mayHaveDirective is a cheap filter: most files have no directive.
func mayHaveDirective(f *ast.File) bool {
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if strings.HasPrefix(c.Text, Prefix) || spaced(c.Text) {
				return true
			}
		}
	}
	return false
}

// Ignores returns the suppression directives of the file, in source order.
func (idx *Index) Ignores(f *token.File) []*Entry { return idx.ignores[f] }

// IsHandler reports whether fd carries //scalevet:handler.
func (idx *Index) IsHandler(fd *ast.FuncDecl) bool { return idx.handler[fd] != nil }

// IsExpensive reports whether fd carries //scalevet:expensive.
func (idx *Index) IsExpensive(fd *ast.FuncDecl) bool { return idx.expense[fd] != nil }

// HasExpensive reports whether any function of the package carries //scalevet:expensive.
func (idx *Index) HasExpensive() bool { return len(idx.expense) > 0 }
