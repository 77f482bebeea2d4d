// Package sqltext classifies the text of a SQL query without parsing it
// fully: the statement kind, whether it writes, whether it fetches or
// writes many keys at once, and whether its result grows with the table.
//
// The analyzers call Classify on constant query strings found at database
// call sites, so it must be cheap, must never panic on arbitrary text, and
// must err towards "bounded" and "not batched" when the text is unclear:
// a missed hazard costs less than a false report.
//
// Classify tokenizes the text (skipping comments, string literals and
// quoted identifiers) so that a table named wherehouse, or a WHERE inside
// a string, is not mistaken for a keyword. Only the first statement of a
// multi-statement text is classified.
package sqltext

import (
	"slices"
	"strconv"
	"strings"
)

// Verb is the statement kind of a query text.
type Verb uint8

// The statement kinds. Upsert is MERGE, REPLACE and CockroachDB's UPSERT;
// INSERT ... ON CONFLICT stays Insert. Other is everything recognised as
// SQL that is neither a query nor DML: DDL, SET, BEGIN, COPY, EXPLAIN, ...
const (
	Unknown Verb = iota
	Select
	Insert
	Update
	Delete
	Upsert // MERGE, REPLACE, UPSERT
	Other  // DDL, SET, BEGIN, COPY, EXPLAIN, ...
)

var verbNames = [...]string{
	Unknown: "unknown",
	Select:  "select",
	Insert:  "insert",
	Update:  "update",
	Delete:  "delete",
	Upsert:  "upsert",
	Other:   "other",
}

// String returns the lowercase name of v, such as "select".
func (v Verb) String() string {
	if int(v) < len(verbNames) {
		return verbNames[v]
	}
	return "Verb(" + strconv.Itoa(int(v)) + ")"
}

// The reasons Info.Unbounded can hold. They are part of the diagnostics
// the analyzers print, so they are short and fixed.
const (
	reasonRandomOrder = "ORDER BY RANDOM()"
	reasonWholeCount  = "COUNT over the whole table"
	reasonNoFilter    = "no WHERE, no LIMIT"
)

// Info is what Classify learned about one query text.
type Info struct {
	Verb Verb

	// Write reports an Insert, Update, Delete or Upsert, a Select whose
	// WITH clause holds an INSERT, UPDATE, DELETE or MERGE, or a COPY ... FROM.
	Write bool

	// Batched reports a statement that fetches or writes many keys at once:
	// IN over placeholders (IN (?) included, since sqlx.In expands it),
	// = ANY($1), unnest($1), an INSERT with several VALUES tuples, or COPY.
	Batched bool

	// Table is the first table a Select reads (its FROM at the
	// statement's own level), without its schema, as written: "users"
	// for SELECT * FROM public.users; "" when not known or quoted.
	Table string

	// Unbounded is "" when the result is bounded or the text is unclear;
	// otherwise the reason the result grows with the table, one of
	// "ORDER BY RANDOM()", "COUNT over the whole table" and
	// "no WHERE, no LIMIT".
	Unbounded string
}

// Classify inspects text. It never panics and does no I/O.
func Classify(text string) Info {
	// Most queries fit in the buffer, so tokens stay on the stack.
	var buf [256]token
	toks := lex(text, buf[:0])

	verb, main, cteWrite := mainVerb(toks)
	if verb == Unknown {
		return Info{}
	}
	info := Info{Verb: verb}
	switch verb {
	case Insert, Update, Delete, Upsert:
		info.Write = true
	case Select:
		info.Write = cteWrite
		info.Unbounded = unbounded(toks, main)
		info.Table = mainTable(text, toks, main)
	case Other:
		if toks[main].kw == kwCopy {
			// COPY moves a whole data set in one statement; COPY t FROM
			// loads it, COPY ... TO exports it.
			info.Batched = true
			info.Write = hasKeywordAt(toks, main+1, kwFrom, toks[main].depth)
			return info
		}
	}
	info.Batched = batched(toks, verb)
	return info
}

// mainVerb returns the kind of the statement, the index of its verb
// keyword in toks, and whether a CTE of its WITH clause modifies data.
// Leading parentheses and the WITH clause are skipped to reach the verb.
func mainVerb(toks []token) (verb Verb, main int, cteWrite bool) {
	i := skipOpenParens(toks, 0)
	if i < len(toks) && toks[i].kw == kwWith {
		var ok bool
		i, cteWrite, ok = skipCTEs(toks, i+1)
		if !ok {
			return Unknown, 0, false
		}
		i = skipOpenParens(toks, i)
	}
	if i >= len(toks) || toks[i].kind != tokWord {
		return Unknown, 0, false
	}
	switch toks[i].kw {
	case kwSelect:
		verb = Select
	case kwInsert:
		verb = Insert
	case kwUpdate:
		verb = Update
	case kwDelete:
		verb = Delete
	case kwMerge, kwReplace, kwUpsert:
		verb = Upsert
	case kwCopy, kwValues, kwFetch, kwOtherVerb:
		verb = Other
	default:
		return Unknown, 0, false
	}
	return verb, i, cteWrite
}

// skipCTEs skips the common table expressions of a WITH clause, starting
// just after WITH, and returns the index of the main statement. It
// reports ok=false when the clause does not have the expected shape.
func skipCTEs(toks []token, i int) (next int, cteWrite, ok bool) {
	if i < len(toks) && toks[i].kw == kwRecursive {
		i++
	}
	for {
		if i >= len(toks) || (toks[i].kind != tokWord && toks[i].kind != tokQuotedIdent) {
			return 0, false, false
		}
		i++
		if i < len(toks) && toks[i].kind == tokLParen { // column list
			i = pastGroup(toks, i)
		}
		if i >= len(toks) || toks[i].kw != kwAs {
			return 0, false, false
		}
		i++
		if i < len(toks) && toks[i].kw == kwNot {
			i++
		}
		if i < len(toks) && toks[i].kw == kwMaterialized {
			i++
		}
		if i >= len(toks) || toks[i].kind != tokLParen {
			return 0, false, false
		}
		if body := skipOpenParens(toks, i); body < len(toks) {
			switch toks[body].kw {
			case kwInsert, kwUpdate, kwDelete, kwMerge:
				cteWrite = true
			}
		}
		i = pastGroup(toks, i)
		if i < len(toks) && toks[i].kind == tokComma {
			i++
			continue
		}
		return i, cteWrite, true
	}
}

// unbounded returns the reason why the SELECT whose verb is toks[main]
// reads a result that grows with the table, or "".
func unbounded(toks []token, main int) string {
	depth := toks[main].depth
	from := mainFrom(toks, main)
	if from < 0 {
		return "" // SELECT 1, SELECT now(), SELECT EXISTS (...)
	}

	var (
		limited          bool // LIMIT, FETCH FIRST/NEXT or TOP somewhere
		limitedInside    bool // ... in a subquery or CTE
		placeholderLimit bool // ... whose row count is a bind parameter
		filtered         bool // WHERE, GROUP BY or HAVING somewhere
		placeholder      bool // a bind parameter somewhere
		randomOrder      bool
	)
	for j, t := range toks {
		switch t.kind {
		case tokPlaceholder:
			placeholder = true
			continue
		case tokWord:
		default:
			continue
		}
		switch t.kw {
		case kwWhere, kwHaving:
			filtered = true
		case kwGroup:
			if kwAt(toks, j+1) == kwBy {
				filtered = true
			}
		case kwLimit:
			if kwAt(toks, j+1) == kwAll {
				break // LIMIT ALL is no limit
			}
			limited = true
			limitedInside = limitedInside || t.depth > depth
			// LIMIT $1, LIMIT ($1), LIMIT 10, $1 (MySQL offset, count)
			k := skipOpenParens(toks, j+1)
			if k+1 < len(toks) && toks[k].kind == tokNumber && toks[k+1].kind == tokComma {
				k += 2
			}
			placeholderLimit = placeholderLimit || kindAt(toks, k) == tokPlaceholder
		case kwFetch:
			if kw := kwAt(toks, j+1); kw == kwFirst || kw == kwNext {
				limited = true
				limitedInside = limitedInside || t.depth > depth
				placeholderLimit = placeholderLimit || kindAt(toks, skipOpenParens(toks, j+2)) == tokPlaceholder
			}
		case kwTop:
			// TOP 10, TOP (10), TOP (@n): a column named top is followed
			// by none of these.
			switch kindAt(toks, j+1) {
			case tokNumber, tokPlaceholder, tokLParen:
				limited = true
				limitedInside = limitedInside || t.depth > depth
				placeholderLimit = placeholderLimit || kindAt(toks, skipOpenParens(toks, j+1)) == tokPlaceholder
			}
		case kwOrder:
			if kwAt(toks, j+1) == kwBy && ordersByRandom(toks, j+2) {
				randomOrder = true
			}
		}
	}

	switch {
	case randomOrder:
		// The database sorts every candidate row, whatever the LIMIT.
		return reasonRandomOrder
	case placeholderLimit:
		// The caller pages through the result; the page size is its choice.
		return ""
	case filtered:
		// A WHERE at any depth, even in a subquery, may bound the result;
		// GROUP BY and HAVING are reports whose size we cannot judge.
		return ""
	case placeholder:
		// A bind parameter outside WHERE (JOIN ... ON u.id = $1,
		// unnest($1)) filters or sizes the result by the caller's input.
		return ""
	case !readsTable(toks, from):
		return ""
	}
	aggregates, count := aggregateList(toks, main+1, from)
	if aggregates {
		// One row, but COUNT visits every row, whatever the outer LIMIT,
		// unless it counts a limited subquery; MAX(id) reads an index.
		if count && !limitedInside {
			return reasonWholeCount
		}
		return ""
	}
	if !limited {
		return reasonNoFilter
	}
	return ""
}

// ordersByRandom reports whether the ORDER BY list starting at toks[i]
// calls RANDOM(), RAND() or NEWID().
func ordersByRandom(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	depth := toks[i].depth
	for j := i; j < len(toks) && toks[j].depth >= depth; j++ {
		if toks[j].kw == kwRandom && kindAt(toks, j+1) == tokLParen {
			return true
		}
	}
	return false
}

// mainFrom returns the index of the FROM of the statement at
// toks[main], at its own parenthesis depth, or -1.
func mainFrom(toks []token, main int) int {
	depth := toks[main].depth
	for j := main + 1; j < len(toks); j++ {
		if toks[j].kw == kwFrom && toks[j].depth == depth {
			return j
		}
	}
	return -1
}

// mainTable returns the name of the first table the FROM clause of
// the statement at toks[main] reads: the last part of a dotted name,
// unquoted; "" for a subquery, a function or no FROM.
func mainTable(text string, toks []token, main int) string {
	from := mainFrom(toks, main)
	if from < 0 || !readsTable(toks, from) {
		return ""
	}
	// Plain words only: a quoted identifier may run on past the
	// statement when it is not closed, and what follows the statement
	// must not change what Classify says.
	name := ""
	for j := from + 1; j < len(toks); j += 2 {
		if kindAt(toks, j) != tokWord {
			return ""
		}
		name = text[toks[j].start:toks[j].end]
		if kindAt(toks, j+1) != tokDot {
			break
		}
	}
	return name
}

// readsTable reports whether the FROM clause at toks[from] reads a table
// rather than a table function (generate_series(...)), a VALUES list or
// the one-row DUAL.
func readsTable(toks []token, from int) bool {
	switch kindAt(toks, from+1) {
	case tokWord:
		if toks[from+1].kw == kwDual {
			return false
		}
		return kindAt(toks, from+2) != tokLParen
	case tokLParen:
		return kwAt(toks, skipOpenParens(toks, from+1)) != kwValues
	}
	return true
}

// Aggregates reports, for a select or a select list alone (gorm's
// Select("max(id) as id")), whether every item of the list is a one-row
// aggregate other than COUNT (one: one row, as Classify judges a select
// of aggregates), and whether every item is MIN or MAX with no GROUP BY
// (minmax: one row that an index on the column answers without reading
// the table, cheap whatever the table's size). An alias after an
// aggregate is part of its item.
func Aggregates(text string) (one, minmax bool) {
	var buf [64]token
	toks := lex(text, buf[:0])
	start, end, grouped := 0, len(toks), false
	if verb, main, _ := mainVerb(toks); verb == Select {
		start, end = main+1, mainFrom(toks, main)
		if end < 0 {
			// SELECT (SELECT max(id) FROM t) - (SELECT 100): one row,
			// when every table it reads is read by MIN or MAX.
			ok := scalarMinMax(text, toks, main)
			return ok, ok
		}
		for _, t := range toks {
			grouped = grouped || t.kw == kwGroup || t.kw == kwHaving
		}
	} else if verb != Unknown {
		return false, false
	}
	if start >= end {
		return false, false
	}
	all, count := aggregateList(toks, start, end)
	return all && !count, all && !count && !grouped && minMaxItems(text, toks[start:end])
}

// scalarMinMax reports whether the select at toks[main], which has no
// FROM of its own, reads tables only through scalar subqueries that
// select MIN or MAX (or constants): at least one such subquery, and
// every subquery one of them.
func scalarMinMax(text string, toks []token, main int) bool {
	depth := toks[main].depth
	found := false
	for j := main + 1; j < len(toks); j++ {
		t := toks[j]
		if t.depth != depth || t.kind != tokLParen || kwAt(toks, j+1) != kwSelect {
			continue
		}
		k := j + 1
		for k < len(toks) && !(toks[k].kind == tokRParen && toks[k].depth == depth) {
			k++
		}
		if k == len(toks) {
			return false
		}
		sub := text[t.end:toks[k].start]
		if _, minmax := Aggregates(sub); minmax {
			found = true
		} else if slices.ContainsFunc(toks[j+1:k], func(t token) bool { return t.kw == kwFrom }) {
			return false // a subquery that reads rows
		}
		j = k
	}
	return found
}

// minMaxItems reports whether each item of a select list of aggregates
// starts with MIN( or MAX(.
func minMaxItems(text string, toks []token) bool {
	depth, item := toks[0].depth, false
	for j, t := range toks {
		switch {
		case t.kind == tokComma && t.depth == depth:
			item = false
		case t.depth == depth && t.kind == tokWord && !item:
			w := strings.ToLower(text[t.start:t.end])
			if (w != "max" && w != "min") || kindAt(toks, j+1) != tokLParen {
				return false
			}
			item = true
		}
	}
	return item
}

// aggregateList reports whether every item of the select list toks[i:end]
// is a one-row aggregate (MAX(id), COUNT(*) + 1, COALESCE(SUM(x), 0)), and
// whether one of them counts. Window functions (COUNT(*) OVER ()) return a
// row per input row, and collecting aggregates (array_agg, json_agg)
// return one value that grows with the table, so neither is one.
func aggregateList(toks []token, i, end int) (all, count bool) {
	if i >= end {
		return false, false // SELECT FROM t
	}
	depth := toks[i].depth
	item := false // the current item has an aggregate
	for j := i; j < end; j++ {
		t := toks[j]
		switch {
		case t.kind == tokComma && t.depth == depth:
			if !item {
				return false, false
			}
			item = false
		case (t.kw == kwCount || t.kw == kwAggregate) && kindAt(toks, j+1) == tokLParen:
			if kwAt(toks, pastGroup(toks, j+1)) == kwOver {
				continue
			}
			item = true
			count = count || t.kw == kwCount
		}
	}
	return item, count
}

// batched reports whether the statement reads or writes many keys at once.
func batched(toks []token, verb Verb) bool {
	for j, t := range toks {
		switch t.kw {
		case kwIn:
			if kwAt(toks, j-1) != kwNot && placeholderList(toks, j+1) {
				return true
			}
		case kwAny, kwSome:
			// = ANY($1::int[]), = ANY(ARRAY[$1, $2]); not = ANY(SELECT ...),
			// and not a constant array, which is a fixed filter.
			if kindAt(toks, j-1) == tokEq && kindAt(toks, j+1) == tokLParen {
				switch kwAt(toks, j+2) {
				case kwSelect, kwWith, kwValues:
				default:
					if groupHasPlaceholder(toks, j+1) {
						return true
					}
				}
			}
		case kwUnnest:
			// unnest($1) expands a parameter; unnest(tags) expands a column.
			if kindAt(toks, j+1) == tokLParen && groupHasPlaceholder(toks, j+1) {
				return true
			}
		case kwValues:
			// VALUES (...), (...)
			if (verb == Insert || verb == Upsert) && kindAt(toks, j+1) == tokLParen {
				k := pastGroup(toks, j+1)
				if kindAt(toks, k) == tokComma && kindAt(toks, k+1) == tokLParen {
					return true
				}
			}
		}
	}
	return false
}

// placeholderList reports whether toks[i] opens a parenthesised list of
// bind parameters, such as ($1, $2), (?) or (:ids), each optionally cast.
func placeholderList(toks []token, i int) bool {
	if kindAt(toks, i) != tokLParen {
		return false
	}
	for j := i + 1; j < len(toks); {
		if toks[j].kind != tokPlaceholder {
			return false
		}
		j++
		if kindAt(toks, j) == tokCast { // $1::int, $1::int[]
			j += 2
			for kindAt(toks, j) == tokOther {
				j++
			}
		}
		switch kindAt(toks, j) {
		case tokComma:
			j++
		case tokRParen:
			return true
		default:
			return false
		}
	}
	return false
}

// groupHasPlaceholder reports whether the parenthesised group opened at
// toks[i] contains a bind parameter.
func groupHasPlaceholder(toks []token, i int) bool {
	end := pastGroup(toks, i)
	for j := i + 1; j < end; j++ {
		if toks[j].kind == tokPlaceholder {
			return true
		}
	}
	return false
}

// hasKeywordAt reports whether kw occurs at the given depth in toks[i:].
func hasKeywordAt(toks []token, i int, kw keyword, depth int32) bool {
	for ; i < len(toks); i++ {
		if toks[i].kw == kw && toks[i].depth == depth {
			return true
		}
	}
	return false
}

// skipOpenParens returns the index of the first token at or after i that
// is not an opening parenthesis.
func skipOpenParens(toks []token, i int) int {
	for i < len(toks) && toks[i].kind == tokLParen {
		i++
	}
	return i
}

// pastGroup returns the index just past the parenthesis that closes the
// one at toks[i], or len(toks) when it is never closed.
func pastGroup(toks []token, i int) int {
	depth := toks[i].depth
	for j := i + 1; j < len(toks); j++ {
		if toks[j].kind == tokRParen && toks[j].depth == depth {
			return j + 1
		}
	}
	return len(toks)
}

// kwAt returns the keyword of toks[i], or kwNone when i is out of range.
func kwAt(toks []token, i int) keyword {
	if i < 0 || i >= len(toks) {
		return kwNone
	}
	return toks[i].kw
}

// kindAt returns the kind of toks[i], or tokNone when i is out of range.
func kindAt(toks []token, i int) tokKind {
	if i < 0 || i >= len(toks) {
		return tokNone
	}
	return toks[i].kind
}
