package sqltext

import (
	"strings"
	"testing"
)

// FuzzClassify checks the properties every caller relies on, whatever
// the text: Classify does not panic, is deterministic, reports only the
// documented reasons and only for SELECTs, and ignores comments and case.
func FuzzClassify(f *testing.F) {
	for _, tt := range classifyTests {
		f.Add(tt.text)
	}
	for _, q := range benchQueries {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := Classify(text)
		if again := Classify(text); again != got {
			t.Fatalf("Classify(%q) is not deterministic: %+v, then %+v", text, got, again)
		}

		if got.Verb > Other {
			t.Errorf("Classify(%q).Verb = %d, not a Verb", text, got.Verb)
		}
		if got.Verb == Unknown && got != (Info{}) {
			t.Errorf("Classify(%q) = %+v, want the zero Info for an unknown verb", text, got)
		}
		switch got.Unbounded {
		case "":
		case reasonRandomOrder, reasonWholeCount, reasonNoFilter:
			if got.Verb != Select {
				t.Errorf("Classify(%q) = %+v: Unbounded set on a %v", text, got, got.Verb)
			}
		default:
			t.Errorf("Classify(%q).Unbounded = %q, not a documented reason", text, got.Unbounded)
		}
		switch got.Verb {
		case Insert, Update, Delete, Upsert:
			if !got.Write {
				t.Errorf("Classify(%q) = %+v: a %v that does not write", text, got, got.Verb)
			}
		case Select:
			if got.Write && !strings.Contains(strings.ToLower(text), "with") {
				t.Errorf("Classify(%q) = %+v: a SELECT that writes without a WITH clause", text, got)
			}
		}

		// Comments around the statement change nothing.
		if wrapped := Classify("/* x */ \n" + text + "\n-- WHERE id = 1 LIMIT 1"); wrapped != got {
			t.Errorf("Classify(%q) = %+v, but %+v once wrapped in comments", text, got, wrapped)
		}

		// Keywords are case-insensitive. Dollar-quote tags are not, and
		// non-ASCII case mappings can produce ASCII letters, so those
		// texts are left out.
		if isASCII(text) && !strings.Contains(text, "$") {
			// The table's name is kept as written.
			upper, lower := Classify(strings.ToUpper(text)), Classify(strings.ToLower(text))
			if !strings.EqualFold(upper.Table, lower.Table) {
				t.Errorf("Classify(%q): upper case reads table %q, lower case %q", text, upper.Table, lower.Table)
			}
			upper.Table, lower.Table = "", ""
			if upper != lower {
				t.Errorf("Classify(%q): upper case gives %+v, lower case %+v", text, upper, lower)
			}
		}
	})
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
