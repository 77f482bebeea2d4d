package sqltext

import "testing"

func TestMinMaxOnly(t *testing.T) {
	for text, want := range map[string]bool{
		"SELECT max(id) FROM posts":                      true,
		"select MIN(created_at), max(created_at) from t": true,
		"max(id) as id":                                  true,
		"max(id) id":                                     true,
		"SELECT max(id) FROM posts GROUP BY author":      false,
		"SELECT count(*) FROM posts":                     false,
		"SELECT sum(amount) FROM orders":                 false,
		"SELECT max(id), name FROM posts":                false,
		"SELECT id FROM posts":                           false,
		"id, name":                                       false,
		"UPDATE posts SET n = 1":                         false,
		"SELECT max(id) FROM posts WHERE author = $1":    true,
		"SELECT (SELECT max(id) FROM a) FROM b":          false,
	} {
		if got := MinMaxOnly(text); got != want {
			t.Errorf("MinMaxOnly(%q) = %v, want %v", text, got, want)
		}
	}
}
