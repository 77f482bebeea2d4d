package sqltext

import "testing"

// TestAggregates checks which select lists are one row (aggregates
// other than COUNT) and which of those an index answers (MIN, MAX).
func TestAggregates(t *testing.T) {
	for text, want := range map[string][2]bool{
		"SELECT max(id) FROM posts":                      {true, true},
		"select MIN(created_at), max(created_at) from t": {true, true},
		"max(id) as id":                                  {true, true},
		"max(id) id":                                     {true, true},
		"sum(amount) as total":                           {true, false},
		"SELECT max(id) FROM posts GROUP BY author":      {true, false},
		"SELECT count(*) FROM posts":                     {false, false},
		"sum(x), count(*)":                               {false, false},
		"SELECT sum(amount) FROM orders":                 {true, false},
		"SELECT max(id), name FROM posts":                {false, false},
		"SELECT id FROM posts":                           {false, false},
		"id, name":                                       {false, false},
		"UPDATE posts SET n = 1":                         {false, false},
		"SELECT max(id) FROM posts WHERE author = $1":    {true, true},
		// No FROM of its own: scalar subqueries.
		"select (select max(id) from files) - (select 9522438)":     {true, true},
		"SELECT (SELECT max(id) FROM a), (SELECT min(id) FROM b)":   {true, true},
		"SELECT (SELECT max(id) FROM a) - (SELECT count(*) FROM b)": {false, false},
		"SELECT (SELECT id FROM a LIMIT 1)":                         {false, false},
		"SELECT 1":                                                  {false, false},
		"SELECT (SELECT max(id) FROM a":                             {false, false},
	} {
		if one, minmax := Aggregates(text); one != want[0] || minmax != want[1] {
			t.Errorf("Aggregates(%q) = %v, %v; want %v, %v", text, one, minmax, want[0], want[1])
		}
	}
}
