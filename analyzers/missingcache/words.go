package missingcache

import (
	"fmt"
	"strings"

	"github.com/scalevet/scalevet/analyzers/internal/catalog"
)

const (
	queryWhy = "the database redoes the same work for every request and returns the same rows"
	queryFix = "cache the result (sync.OnceValue, or a TTL cache)"
	poolWhy  = "connections are not reused and the server's connection limit is exhausted under load"
	poolFix  = "open one pool at start-up and share it"
	fetchWhy = "every request waits for a round trip that returns the same response"
	fetchFix = "fetch it once and cache it with a TTL"
)

// message renders a finding for the request entry points that reach it
// (handler: "List", "List, Show and 3 more").
func (c *checker) message(handler string, op *found) string {
	if op.direct {
		switch op.Cat {
		case catQuery:
			if op.SQL != "" {
				return fmt.Sprintf("query %q does not depend on the request: %s; %s", op.SQL, queryWhy, queryFix)
			}
			return fmt.Sprintf("%s reads the same rows on every request of %s: its conditions do not depend on the request, so the database redoes the same work each time; %s", op.callee, handler, queryFix)
		case catCompile:
			if op.In == catalog.Path {
				return fmt.Sprintf("%s of %s and its decoding run on every request of %s: every request gets the same value; decode it once at start-up and share it", op.callee, c.input(op), handler)
			}
			return fmt.Sprintf("%s of %s runs on every request of %s: %s; %s", op.callee, c.input(op), handler, compileWhy(op.In), compileFix(op.In))
		case catPool:
			if op.In == catalog.Transport {
				return fmt.Sprintf("a new http.Transport is built on every request of %s: its connections are not reused and sockets pile up under load; build one http.Client at start-up and share it", handler)
			}
			return fmt.Sprintf("%s creates a new connection pool on every request of %s: %s; %s", op.callee, handler, poolWhat(op.In), poolFix)
		case catRemote:
			return fmt.Sprintf("%s of %s runs on every request of %s: %s; %s", op.callee, c.input(op), handler, fetchWhy, fetchFix)
		}
	}
	switch op.Cat {
	case catQuery:
		subject := "a query"
		if op.SQL != "" {
			subject = fmt.Sprintf("query %q", op.SQL)
		}
		return fmt.Sprintf("%s runs %s (%s) with arguments that do not depend on the request of %s: %s; %s", op.callee, subject, op.via, handler, queryWhy, queryFix)
	case catCompile:
		if op.In == catalog.Path {
			return fmt.Sprintf("%s reads and decodes the same file (%s) on every request of %s: every request gets the same value; decode it once at start-up and share it", op.callee, op.via, handler)
		}
		return fmt.Sprintf("%s runs %s of %s (%s) on every request of %s: %s; %s", op.callee, op.Callee, c.input(op), op.via, handler, compileWhy(op.In), compileFix(op.In))
	case catPool:
		return fmt.Sprintf("%s creates a new connection pool (%s) on every request of %s: %s; %s", op.callee, op.via, handler, poolWhat(op.In), poolFix)
	}
	return fmt.Sprintf("%s calls the same remote URL (%s) on every request of %s: %s; %s", op.callee, op.via, handler, fetchWhy, fetchFix)
}

// input names what compiled, parsed, read or fetched work takes.
func (c *checker) input(op *found) string {
	what := "a pattern"
	switch op.In {
	case catalog.Embedded:
		return "an embedded file"
	case catalog.TemplateText:
		what = "a template text"
	case catalog.Files, catalog.KeyPair:
		what = "files"
	case catalog.Path:
		what = "a path"
	case catalog.URL:
		what = "a URL"
	case catalog.Request:
		what = "a request"
	}
	if op.Const {
		if what == "files" {
			return "constant files"
		}
		return "a constant " + strings.TrimPrefix(what, "a ")
	}
	if what == "files" {
		return "files that do not change between requests"
	}
	return what + " that does not change between requests"
}

// compileWhy says, in plain terms, what compiling or parsing per
// request costs.
func compileWhy(in catalog.Input) string {
	switch in {
	case catalog.Pattern:
		return "the same pattern is compiled again for every request"
	case catalog.KeyPair:
		return "the same key pair is read and parsed again for every request"
	case catalog.Files:
		return "the same files are read and parsed again for every request"
	}
	return "the same text is parsed again for every request"
}

func compileFix(in catalog.Input) string {
	switch in {
	case catalog.Pattern:
		return "compile it once into a package-level variable"
	case catalog.KeyPair:
		return "load the key pair once at start-up and share it"
	}
	return "parse it once into a package-level variable"
}

// poolWhat says why a per-request pool hurts.
func poolWhat(in catalog.Input) string {
	if in == catalog.DSN {
		return "connections are not reused and the database's connection limit is exhausted under load"
	}
	return poolWhy
}
