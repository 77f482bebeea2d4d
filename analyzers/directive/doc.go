// Package directive defines an Analyzer that checks scalevet's comment
// directives and indexes them for the other analyzers.
//
// # Analyzer directive
//
// directive: check //scalevet: comment directives
//
// scalevet's suppressions are part of the code base: a reader should
// learn from each one why a hazard is accepted, and a suppression that
// no longer suppresses anything should go. This analyzer reports
// directives that are malformed: an unknown verb, an ignore without
// analyzer names or without a reason after "--", an unknown analyzer
// name, and //scalevet:handler or //scalevet:expensive outside the doc
// comment of a function declaration, and a directive written with a
// space after the slashes ("// scalevet:ignore ..."), which Go reads as
// a plain comment. A malformed directive suppresses nothing.
//
// The -directive.handlers and -directive.expensive flags declare
// functions by qualified name (example.com/shop/queue.(*Consumer).Handle)
// as if their doc comments had //scalevet:handler or //scalevet:expensive;
// the handlers and expensive keys of scalevet.toml set them. Stale suppressions (well-formed ones that suppress nothing)
// are reported by the analyzer they name, which alone knows.
//
// The directives are:
//
//	//scalevet:ignore requestquery[,other] -- reason   (this line or the next)
//	//scalevet:file-ignore requestquery -- reason      (the whole file)
//	//scalevet:handler                                 (a request entry point)
//	//scalevet:expensive                               (an expensive operation)
//
// # Examples
//
//	//scalevet:ignore requestquery // want: //scalevet:ignore requestquery needs a reason after --, as in //scalevet:ignore requestquery -- single instance by design
package directive
