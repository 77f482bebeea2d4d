package summary

import "testing"

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
