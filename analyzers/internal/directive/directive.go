// Package directive parses scalevet's comment directives:
//
//	//scalevet:ignore requestquery[,other] -- reason
//	//scalevet:file-ignore requestquery -- reason
//	//scalevet:handler
//	//scalevet:expensive
//
// The syntax follows Go's own directives: no space between // and the
// name. Suppressions must carry a reason after "--" so that a reader of
// the code learns why the hazard is accepted; one without a reason is
// malformed and suppresses nothing.
package directive

import (
	"fmt"
	"slices"
	"strings"
)

// Prefix starts every scalevet directive.
const Prefix = "//scalevet:"

// Verb is what a directive asks for.
type Verb uint8

// The directive verbs.
const (
	Ignore     Verb = iota + 1 // suppress findings on this line or the next
	FileIgnore                 // suppress findings in the whole file
	Handler                    // mark a function declaration as a request entry point
	Expensive                  // mark a function declaration as an expensive operation
)

func (v Verb) String() string {
	switch v {
	case Ignore:
		return "ignore"
	case FileIgnore:
		return "file-ignore"
	case Handler:
		return "handler"
	case Expensive:
		return "expensive"
	}
	return "unknown"
}

// Directive is one parsed directive comment.
type Directive struct {
	Verb      Verb
	Analyzers []string // for Ignore and FileIgnore: the analyzers named
	Reason    string   // the text after "--"
}

// Names reports whether d names the analyzer.
func (d Directive) Names(analyzer string) bool {
	return slices.Contains(d.Analyzers, analyzer)
}

// Parse parses the text of one comment. It returns ok=false when the
// comment is not a scalevet directive, and an error when it is one but
// is malformed. known lists the analyzer names an ignore may name.
func Parse(text string, known []string) (d Directive, ok bool, err error) {
	rest, found := strings.CutPrefix(text, Prefix)
	if !found {
		return Directive{}, false, nil
	}
	body, reason, hasReason := strings.Cut(rest, "--")
	if !hasReason {
		// A trailing comment is not part of the directive:
		// //scalevet:handler // queue consumer
		body, _, _ = strings.Cut(body, " //")
	}
	reason = strings.TrimSpace(reason)
	fields := strings.Fields(body)
	if len(fields) == 0 {
		return Directive{}, true, fmt.Errorf("empty scalevet directive; want one of ignore, file-ignore, handler, expensive")
	}
	d.Reason = reason
	switch fields[0] {
	case "ignore":
		d.Verb = Ignore
	case "file-ignore":
		d.Verb = FileIgnore
	case "handler":
		d.Verb = Handler
	case "expensive":
		d.Verb = Expensive
	default:
		return Directive{}, true, fmt.Errorf("unknown scalevet directive %q; want one of ignore, file-ignore, handler, expensive", fields[0])
	}
	args := fields[1:]
	switch d.Verb {
	case Handler, Expensive:
		if len(args) > 0 {
			return Directive{}, true, fmt.Errorf("//scalevet:%s takes no arguments (a reason may follow --)", d.Verb)
		}
		return d, true, nil
	}
	if len(args) == 0 {
		return Directive{}, true, fmt.Errorf("//scalevet:%s needs the analyzers to suppress, as in //scalevet:%s requestquery -- reason", d.Verb, d.Verb)
	}
	for _, arg := range args {
		for name := range strings.SplitSeq(arg, ",") {
			if name == "" {
				continue
			}
			if !slices.Contains(known, name) {
				return Directive{}, true, fmt.Errorf("//scalevet:%s names unknown analyzer %q; known analyzers: %s", d.Verb, name, strings.Join(known, ", "))
			}
			if !slices.Contains(d.Analyzers, name) {
				d.Analyzers = append(d.Analyzers, name)
			}
		}
	}
	if len(d.Analyzers) == 0 {
		return Directive{}, true, fmt.Errorf("//scalevet:%s needs the analyzers to suppress", d.Verb)
	}
	if !hasReason || reason == "" {
		return Directive{}, true, fmt.Errorf("//scalevet:%s %s needs a reason after --, as in //scalevet:%s %s -- single instance by design", d.Verb, strings.Join(d.Analyzers, ","), d.Verb, strings.Join(d.Analyzers, ","))
	}
	return d, true, nil
}
