package sqltext

// The tokenizer: enough of SQL's lexical syntax to skip comments, string
// literals and quoted identifiers, so that keywords are only found where
// they are keywords.

import "strings"

// tokKind is the lexical class of a token.
type tokKind uint8

const (
	tokNone        tokKind = iota
	tokWord                // identifier or keyword
	tokQuotedIdent         // "name", `name`
	tokString              // 'text', E'text', $$text$$
	tokNumber              // 42, 1.5e3
	tokPlaceholder         // ?, $1, :name, :1, @p1
	tokLParen
	tokRParen
	tokComma
	tokEq   // =, alone rather than part of <= or >=
	tokCast // ::
	tokDot
	tokOther // any other operator or punctuation
)

// token is one lexical token: its kind, keyword, parenthesis depth and
// where its text is (only a table name is ever read back).
type token struct {
	kind       tokKind
	kw         keyword
	depth      int32 // parentheses enclosing the token; a pair sits at the outer depth
	start, end int32 // text[start:end]
}

// keyword identifies the words the classifier looks at; every other word
// is kwNone.
type keyword uint8

const (
	kwNone keyword = iota

	kwSelect
	kwInsert
	kwUpdate
	kwDelete
	kwMerge
	kwReplace
	kwUpsert
	kwCopy
	kwWith
	kwOtherVerb // a statement that is neither a query nor DML

	kwRecursive
	kwAs
	kwNot
	kwMaterialized
	kwFrom
	kwWhere
	kwGroup
	kwBy
	kwHaving
	kwOrder
	kwLimit
	kwAll
	kwFetch
	kwFirst
	kwNext
	kwTop
	kwIn
	kwAny
	kwSome
	kwValues
	kwOver
	kwDual

	kwCount
	kwAggregate // a one-row aggregate other than COUNT
	kwUnnest
	kwRandom // RANDOM, RAND, NEWID
)

var keywords = map[string]keyword{
	"select":  kwSelect,
	"insert":  kwInsert,
	"update":  kwUpdate,
	"delete":  kwDelete,
	"merge":   kwMerge,
	"replace": kwReplace,
	"upsert":  kwUpsert,
	"copy":    kwCopy,
	"with":    kwWith,

	"abort": kwOtherVerb, "alter": kwOtherVerb, "analyze": kwOtherVerb,
	"begin": kwOtherVerb, "call": kwOtherVerb, "checkpoint": kwOtherVerb,
	"close": kwOtherVerb, "cluster": kwOtherVerb, "comment": kwOtherVerb,
	"commit": kwOtherVerb, "create": kwOtherVerb, "deallocate": kwOtherVerb,
	"declare": kwOtherVerb, "describe": kwOtherVerb, "discard": kwOtherVerb,
	"do": kwOtherVerb, "drop": kwOtherVerb, "end": kwOtherVerb,
	"exec": kwOtherVerb, "execute": kwOtherVerb, "explain": kwOtherVerb,
	"grant": kwOtherVerb, "listen": kwOtherVerb, "lock": kwOtherVerb,
	"move": kwOtherVerb, "notify": kwOtherVerb, "pragma": kwOtherVerb,
	"prepare": kwOtherVerb, "refresh": kwOtherVerb, "reindex": kwOtherVerb,
	"release": kwOtherVerb, "rename": kwOtherVerb, "reset": kwOtherVerb,
	"revoke": kwOtherVerb, "rollback": kwOtherVerb, "savepoint": kwOtherVerb,
	"set": kwOtherVerb, "show": kwOtherVerb, "start": kwOtherVerb,
	"table": kwOtherVerb, "truncate": kwOtherVerb, "unlisten": kwOtherVerb,
	"use": kwOtherVerb, "vacuum": kwOtherVerb,

	"recursive":    kwRecursive,
	"as":           kwAs,
	"not":          kwNot,
	"materialized": kwMaterialized,
	"from":         kwFrom,
	"where":        kwWhere,
	"group":        kwGroup,
	"by":           kwBy,
	"having":       kwHaving,
	"order":        kwOrder,
	"limit":        kwLimit,
	"all":          kwAll,
	"fetch":        kwFetch,
	"first":        kwFirst,
	"next":         kwNext,
	"top":          kwTop,
	"in":           kwIn,
	"any":          kwAny,
	"some":         kwSome,
	"values":       kwValues,
	"over":         kwOver,
	"dual":         kwDual,

	"count": kwCount, "count_big": kwCount,
	"max": kwAggregate, "min": kwAggregate, "sum": kwAggregate,
	"avg": kwAggregate, "bool_and": kwAggregate, "bool_or": kwAggregate,
	"every": kwAggregate, "bit_and": kwAggregate, "bit_or": kwAggregate,
	"stddev": kwAggregate, "variance": kwAggregate,
	"percentile_cont": kwAggregate, "percentile_disc": kwAggregate,
	"unnest": kwUnnest,
	"random": kwRandom, "rand": kwRandom, "newid": kwRandom,
}

// maxKeywordLen is the length of the longest key of keywords.
const maxKeywordLen = len("percentile_cont")

// lookupKeyword returns the keyword spelled word in any case.
func lookupKeyword(word string) keyword {
	if len(word) > maxKeywordLen {
		return kwNone
	}
	var lower [maxKeywordLen]byte
	for i := 0; i < len(word); i++ {
		c := word[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	return keywords[string(lower[:len(word)])] // does not allocate
}

// lex appends the tokens of the first statement of text to toks. It
// stops at the first semicolon outside parentheses.
func lex(text string, toks []token) []token {
	var depth int32
	start := 0
	i := 0
	emit := func(kind tokKind, kw keyword) {
		toks = append(toks, token{kind: kind, kw: kw, depth: depth, start: int32(start), end: int32(i)})
	}
	for i < len(text) {
		start = i
		c := text[i]
		next := byte(0)
		if i+1 < len(text) {
			next = text[i+1]
		}
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
		case c == '-' && next == '-':
			end := strings.IndexByte(text[i:], '\n')
			if end < 0 {
				return toks
			}
			i += end + 1
		case c == '/' && next == '*':
			end := strings.Index(text[i+2:], "*/")
			if end < 0 {
				return toks
			}
			i += 2 + end + 2
		case c == '\'':
			i = pastQuoted(text, i, '\'', false)
			emit(tokString, kwNone)
		case c == '"' || c == '`':
			i = pastQuoted(text, i, c, false)
			emit(tokQuotedIdent, kwNone)
		case c == '$':
			switch {
			case isDigit(next):
				i = pastDigits(text, i+1)
				emit(tokPlaceholder, kwNone)
			case next == '$' || isWordStart(next):
				if end := pastDollarQuoted(text, i); end > i {
					i = end
					emit(tokString, kwNone)
					break
				}
				i++
				emit(tokOther, kwNone)
			default:
				i++
				emit(tokOther, kwNone)
			}
		case c == '?':
			if next == '|' || next == '&' { // jsonb ?| and ?&
				i += 2
				emit(tokOther, kwNone)
				break
			}
			i++
			emit(tokPlaceholder, kwNone)
		case c == ':':
			switch {
			case next == ':':
				i += 2
				emit(tokCast, kwNone)
			case isWordStart(next) || isDigit(next): // :name, :1 (Oracle)
				i = pastWord(text, i+1)
				emit(tokPlaceholder, kwNone)
			default:
				i++
				emit(tokOther, kwNone)
			}
		case c == '@':
			switch {
			case next == '@': // @@version, a system variable
				i = pastWord(text, i+2)
				emit(tokWord, kwNone)
			case isWordStart(next):
				i = pastWord(text, i+1)
				emit(tokPlaceholder, kwNone)
			default:
				i++
				emit(tokOther, kwNone)
			}
		case isDigit(c) || c == '.' && isDigit(next):
			i = pastWord(text, i+1) // digits, '.', exponents, 0x1F
			emit(tokNumber, kwNone)
		case isWordStart(c):
			end := pastWord(text, i)
			if end == i+1 && (c == 'e' || c == 'E') && end < len(text) && text[end] == '\'' {
				i = pastQuoted(text, end, '\'', true) // E'it\'s'
				emit(tokString, kwNone)
				break
			}
			kw := kwNone
			if len(toks) == 0 || toks[len(toks)-1].kind != tokDot {
				kw = lookupKeyword(text[i:end]) // t.count is a column
			}
			i = end
			emit(tokWord, kw)
		case c == '(':
			i++
			emit(tokLParen, kwNone)
			depth++
		case c == ')':
			i++
			depth--
			emit(tokRParen, kwNone)
		case c == ',':
			i++
			emit(tokComma, kwNone)
		case c == '.':
			i++
			emit(tokDot, kwNone)
		case c == ';':
			if depth <= 0 {
				return toks
			}
			i++
			emit(tokOther, kwNone)
		case isOperator(c):
			end := i + 1
			for end < len(text) && isOperator(text[end]) && !startsComment(text, end) {
				end++
			}
			kind := tokOther
			if text[i:end] == "=" || text[i:end] == "==" {
				kind = tokEq
			}
			i = end
			emit(kind, kwNone)
		default:
			i++
			emit(tokOther, kwNone)
		}
	}
	return toks
}

// pastQuoted returns the index just past the quoted text that starts with
// the quote at text[i]. A doubled quote stands for itself; so does a
// backslash-escaped one when backslash is set. Unterminated text runs to
// the end.
func pastQuoted(text string, i int, quote byte, backslash bool) int {
	for j := i + 1; j < len(text); j++ {
		switch text[j] {
		case '\\':
			if backslash {
				j++
			}
		case quote:
			if j+1 < len(text) && text[j+1] == quote {
				j++
				continue
			}
			return j + 1
		}
	}
	return len(text)
}

// pastDollarQuoted returns the index just past the PostgreSQL dollar-quoted
// string ($$...$$ or $tag$...$tag$) starting at text[i], or i when text[i]
// does not start one. Unterminated text runs to the end.
func pastDollarQuoted(text string, i int) int {
	j := i + 1
	for j < len(text) && text[j] != '$' {
		if !isWordStart(text[j]) && !isDigit(text[j]) {
			return i
		}
		j++
	}
	if j >= len(text) {
		return i
	}
	tag := text[i : j+1]
	end := strings.Index(text[j+1:], tag)
	if end < 0 {
		return len(text)
	}
	return j + 1 + end + len(tag)
}

// pastWord returns the index just past the identifier characters
// starting at text[i].
func pastWord(text string, i int) int {
	for i < len(text) && (isWordStart(text[i]) || isDigit(text[i]) || text[i] == '$') {
		i++
	}
	return i
}

// pastDigits returns the index just past the digits starting at text[i].
func pastDigits(text string, i int) int {
	for i < len(text) && isDigit(text[i]) {
		i++
	}
	return i
}

// startsComment reports whether a comment starts at text[i]; it ends a
// run of operator characters, as in a+/* note */b.
func startsComment(text string, i int) bool {
	return i+1 < len(text) && (text[i] == '-' && text[i+1] == '-' || text[i] == '/' && text[i+1] == '*')
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isWordStart reports whether c can start an identifier. Bytes of
// multi-byte UTF-8 sequences count, so non-ASCII names stay one word.
func isWordStart(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || c >= 0x80
}

// isOperator reports whether c belongs to a run of operator characters
// such as <=, <> or ||; '=' alone is told apart from them.
func isOperator(c byte) bool {
	switch c {
	case '<', '>', '=', '!', '~', '|', '&', '^', '%', '#', '+', '*', '/', '-':
		return true
	}
	return false
}
