package summary

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestStatementNamed(t *testing.T) {
	const file = `-- Statements by name.

-- name: get-user :one
SELECT id FROM users
WHERE id = $1;

--name: list-users
SELECT id FROM users;
-- Name: empty
-- name: count-users
SELECT count(*) FROM users
`
	for _, tc := range []struct {
		name, want string
		ok         bool
	}{
		{"get-user", "SELECT id FROM users\nWHERE id = $1", true},
		{"list-users", "SELECT id FROM users", true},
		{"count-users", "SELECT count(*) FROM users", true},
		{"empty", "", false},   // a name with no statement
		{"missing", "", false}, // no such name
		{"get", "", false},     // a prefix of a name is not the name
	} {
		got, ok := statementNamed(file, tc.name)
		if got != tc.want || ok != tc.ok {
			t.Errorf("statementNamed(%q) = %q, %v; want %q, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}

func TestEmbedMatches(t *testing.T) {
	for _, tc := range []struct {
		patterns []string
		file     string
		want     bool
	}{
		{[]string{"queries"}, "queries/users.sql", true},
		{[]string{"queries"}, "queries/sub/users.sql", true},
		{[]string{"queries/*.sql"}, "queries/users.sql", true},
		{[]string{"*.sql"}, "users.sql", true},
		{[]string{"queries"}, "other/users.sql", false},
		{[]string{"*.sql"}, "queries/users.sql", false},
	} {
		if got := embedMatches(tc.patterns, tc.file); got != tc.want {
			t.Errorf("embedMatches(%q, %q) = %v, want %v", tc.patterns, tc.file, got, tc.want)
		}
	}
}

// TestEmbeddedFactRoundTrip checks that the fact survives gob encoding,
// encodes to the same bytes every time, and stays near its budget.
func TestEmbeddedFactRoundTrip(t *testing.T) {
	fact := &EmbeddedFact{}
	for i := range 64 {
		fact.Names = append(fact.Names, fmt.Sprintf("statement-%02d", i))
		fact.Stmts = append(fact.Stmts, strings.Repeat("x", maxFactText/64))
	}
	enc := func() []byte {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(fact); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	b1, b2 := enc(), enc()
	if !bytes.Equal(b1, b2) {
		t.Error("fact encoding is not deterministic")
	}
	var got EmbeddedFact
	if err := gob.NewDecoder(bytes.NewReader(b1)).Decode(&got); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.Names, fact.Names) || !slices.Equal(got.Stmts, fact.Stmts) {
		t.Error("round trip changed the fact")
	}
	if budget := maxFactText + 2<<10; len(b1) > budget {
		t.Errorf("largest fact encodes to %d bytes, budget %d", len(b1), budget)
	}
}
