package sqltext

import "testing"

func TestCompact(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"SELECT  id\n\tFROM t", "SELECT id FROM t"},
		{"-- name: ListAuthors :many\nSELECT id FROM authors\nORDER BY name\n", "SELECT id FROM authors ORDER BY name"},
		{"SELECT /* hint */ id FROM t -- trailing", "SELECT id FROM t"},
		{"SELECT 'a  --  b' FROM t", "SELECT 'a  --  b' FROM t"},
		{"SELECT \"odd  name\" FROM t", "SELECT \"odd  name\" FROM t"},
		{"SELECT 'unterminated  ", "SELECT 'unterminated  "},
		{"/* unterminated", ""},
		{"", ""},
	} {
		if got := Compact(tc.in); got != tc.want {
			t.Errorf("Compact(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
