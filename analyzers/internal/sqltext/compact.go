package sqltext

import "strings"

// Compact returns text as a diagnostic should quote it: comments
// removed and runs of white space outside string literals folded to one
// space. sqlc, for one, starts every query with a "-- name:" comment.
func Compact(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	space := false
	for i := 0; i < len(text); {
		c := text[i]
		next := byte(0)
		if i+1 < len(text) {
			next = text[i+1]
		}
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			space = true
			i++
			continue
		case c == '-' && next == '-':
			end := strings.IndexByte(text[i:], '\n')
			if end < 0 {
				i = len(text)
			} else {
				i += end + 1
			}
			space = true
			continue
		case c == '/' && next == '*':
			end := strings.Index(text[i+2:], "*/")
			if end < 0 {
				i = len(text)
			} else {
				i += 2 + end + 2
			}
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		start := i
		if c == '\'' || c == '"' || c == '`' {
			i = pastQuoted(text, i, c, false)
		} else {
			i++
		}
		b.WriteString(text[start:i])
	}
	return b.String()
}
