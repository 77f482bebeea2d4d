package summary

import (
	"fmt"
	"strings"
	"unicode"
)

// Tables is a set of tables small by nature (roles, settings, plans),
// the value of an analyzer's -small flag: a read of the whole of one of
// them is configuration, not an unbounded read. Names match a table as
// its SQL names it or an ORM model type, in any case, with or without
// underscores and a plural s: "user_roles" matches UserRole.
type Tables map[string]bool

// String returns the names, comma-separated.
func (t *Tables) String() string {
	var names []string
	for n := range *t {
		names = append(names, n)
	}
	return strings.Join(names, ",")
}

// Set replaces the set with the comma-separated names of s.
func (t *Tables) Set(s string) error {
	out := Tables{}
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

// Has reports whether op reads one of the tables.
func (t Tables) Has(op Op) bool { return t.HasTable(op.Table) }

// HasTable reports whether the table or model name is one of the tables.
func (t Tables) HasTable(name string) bool { return name != "" && t[tableKey(name)] }

// SameTable reports whether two table or model names name one table
// ("site_info", "SiteInfo"); false when either is not known.
func SameTable(a, b string) bool { return a != "" && b != "" && tableKey(a) == tableKey(b) }

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
