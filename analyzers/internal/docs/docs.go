// Package docs takes an analyzer's documentation from its doc.go, so
// that the package comment is the single source of the user docs, the
// Analyzer.Doc string, `scalevet help NAME` and SARIF rule text.
package docs

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// Extract returns the section of the package comment in src (the text
// of a doc.go file) that starts with the heading "# Analyzer NAME" and
// ends before the next "# " heading other than "# Examples". The
// section's first paragraph must be "NAME: title". Extract panics if
// it is missing: that is a bug in scalevet, caught by every test.
func Extract(src, name string) string {
	doc, err := extract(src, name)
	if err != nil {
		panic(err)
	}
	return doc
}

func extract(src, name string) (string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", src, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		return "", err
	}
	if f.Doc == nil {
		return "", fmt.Errorf("doc.go of %s has no package comment", name)
	}
	text := f.Doc.Text()
	heading := "# Analyzer " + name
	_, after, found := strings.Cut(text, heading+"\n")
	if !found {
		return "", fmt.Errorf("doc.go of %s has no %q heading", name, heading)
	}
	var b strings.Builder
	for line := range strings.Lines(after) {
		if strings.HasPrefix(line, "# ") && !strings.HasPrefix(line, "# Examples") {
			break
		}
		b.WriteString(line)
	}
	doc := strings.TrimSpace(b.String())
	if !strings.HasPrefix(doc, name+": ") {
		return "", fmt.Errorf("doc.go of %s: section must start with %q", name, name+": ")
	}
	return doc, nil
}
