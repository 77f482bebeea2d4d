package sqltext

import "strings"

// TakesLock reports whether text takes a lock that every instance of a
// service shares, so that a job running on each instance does its work
// in one place at a time: an advisory lock (pg_advisory_lock and its
// try and xact forms, MySQL's GET_LOCK),
// rows claimed with FOR UPDATE SKIP LOCKED (each instance takes other
// rows), or a lock row claimed by an upsert whose DO UPDATE takes the
// row only when its lease has run out (INSERT ... ON CONFLICT ... DO
// UPDATE ... WHERE lock.until < $1: an ordering comparison, not one
// against EXCLUDED, which is a version check of ordinary data). It
// never panics and does no I/O.
func TakesLock(text string) bool {
	var buf [64]token
	toks := lex(text, buf[:0])
	word := func(t token) string {
		if t.kind != tokWord {
			return ""
		}
		return strings.ToLower(text[t.start:t.end])
	}
	conflict, doUpdate := false, false
	for i, t := range toks {
		switch w := word(t); w {
		case "pg_advisory_lock", "pg_try_advisory_lock", "pg_advisory_xact_lock", "pg_try_advisory_xact_lock", "get_lock":
			return i+1 < len(toks) && toks[i+1].kind == tokLParen
		case "skip":
			if i+1 < len(toks) && word(toks[i+1]) == "locked" {
				return true
			}
		case "conflict":
			conflict = i > 0 && word(toks[i-1]) == "on"
		case "update":
			doUpdate = doUpdate || conflict && i > 0 && word(toks[i-1]) == "do"
		case "where":
			if doUpdate && t.depth == 0 {
				return leaseExpired(text, toks[i+1:])
			}
		}
	}
	return false
}

// leaseExpired reports whether where, the tokens after an upsert's DO
// UPDATE ... WHERE, is an ordering comparison (<, <=, >, >=) that does
// not involve the proposed row (EXCLUDED): the row is taken when its
// lease is older than a value the statement gives.
func leaseExpired(text string, where []token) bool {
	ordered := false
	for _, t := range where {
		switch op := text[t.start:t.end]; {
		case t.kind == tokWord && strings.EqualFold(op, "excluded"):
			return false
		case t.kind == tokOther && (op == "<" || op == "<=" || op == ">" || op == ">="):
			ordered = true
		}
	}
	return ordered
}
