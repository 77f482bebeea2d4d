package requestquery

import (
	"flag"
	"fmt"
	"strings"
	"unicode"

	"github.com/scalevet/scalevet/analyzers/internal/summary"
)

// tables is a list of tables small by nature (roles, settings, plans),
// the value of -requestquery.small: a read of the whole of one of them
// is not an unbounded read. Names match a table as its SQL names it or
// an ORM model type, in any case, with or without underscores and a
// plural s: "user_roles" matches UserRole.
type tables map[string]bool

// small is the flag's value: the scalevet.toml key small_tables sets it.
var small = tables{}

func flags() flag.FlagSet {
	var fs flag.FlagSet
	fs.Var(&small, "small", "comma-separated `tables` small by nature, whose whole-table reads are not reported: roles,settings,plans")
	return fs
}

// String returns the names, comma-separated.
func (t *tables) String() string {
	var names []string
	for n := range *t {
		names = append(names, n)
	}
	return strings.Join(names, ",")
}

// Set replaces the list with the comma-separated names of s.
func (t *tables) Set(s string) error {
	out := tables{}
	for name := range strings.SplitSeq(s, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		for _, r := range name {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
				return fmt.Errorf("%q is not a table name (letters, digits and underscores)", name)
			}
		}
		out[tableKey(name)] = true
	}
	*t = out
	return nil
}

// has reports whether op reads one of the small tables.
func (t tables) has(op summary.Op) bool {
	return op.Table != "" && t[tableKey(op.Table)]
}

// tableKey folds a table or model name for matching: lower case, no
// underscores, singular (a final s, es after s/x/ch/sh, ies → y).
func tableKey(name string) string {
	k := strings.ToLower(strings.ReplaceAll(name, "_", ""))
	switch {
	case strings.HasSuffix(k, "ies"):
		return k[:len(k)-3] + "y"
	case strings.HasSuffix(k, "sses"), strings.HasSuffix(k, "xes"), strings.HasSuffix(k, "ches"), strings.HasSuffix(k, "shes"):
		return k[:len(k)-2]
	case strings.HasSuffix(k, "ss"):
		return k
	case strings.HasSuffix(k, "s"):
		return k[:len(k)-1]
	}
	return k
}
