package sqltext

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

const (
	noFilter    = "no WHERE, no LIMIT"
	wholeCount  = "COUNT over the whole table"
	randomOrder = "ORDER BY RANDOM()"
)

var classifyTests = []struct {
	name string
	text string
	want Info
}{
	// Verbs.
	{"empty", "", Info{}},
	{"whitespace only", " \n\t ", Info{}},
	{"comment only", "-- SELECT * FROM t", Info{}},
	{"garbage", "hello world", Info{}},
	{"format verb", "%s", Info{}},
	{"lone keyword not a verb", "WHERE id = 1", Info{}},
	{"select no from", "SELECT 1", Info{Verb: Select}},
	{"select function no from", "SELECT now()", Info{Verb: Select}},
	{"extract from is not a from clause", "SELECT extract(epoch FROM now())", Info{Verb: Select}},
	{"exists subquery without outer from", "SELECT EXISTS (SELECT 1 FROM users)", Info{Verb: Select}},
	{"insert", "INSERT INTO users (name) VALUES ($1)", Info{Verb: Insert, Write: true}},
	{"insert returning", "INSERT INTO users (name) VALUES ($1) RETURNING id", Info{Verb: Insert, Write: true}},
	{"insert on conflict stays insert", "INSERT INTO t (k, v) VALUES ($1, $2) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v", Info{Verb: Insert, Write: true}},
	{"insert select", "INSERT INTO archive SELECT * FROM orders", Info{Verb: Insert, Write: true}},
	{"update", "UPDATE users SET name = $1 WHERE id = $2", Info{Verb: Update, Write: true}},
	{"delete", "DELETE FROM sessions WHERE expires_at < now()", Info{Verb: Delete, Write: true}},
	{"merge", "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v", Info{Verb: Upsert, Write: true}},
	{"mysql replace", "REPLACE INTO kv (k, v) VALUES (?, ?)", Info{Verb: Upsert, Write: true}},
	{"cockroach upsert", "UPSERT INTO kv (k, v) VALUES ($1, $2)", Info{Verb: Upsert, Write: true}},
	{"ddl", "CREATE TABLE IF NOT EXISTS t (id bigint PRIMARY KEY)", Info{Verb: Other}},
	{"set", "SET search_path TO app", Info{Verb: Other}},
	{"begin", "BEGIN", Info{Verb: Other}},
	{"explain is not the select", "EXPLAIN SELECT * FROM t", Info{Verb: Other}},
	{"truncate", "TRUNCATE sessions", Info{Verb: Other}},
	{"mixed case", "sElEcT id FrOm users wHeRe id = $1", Info{Verb: Select}},
	{"leading comments", "-- list\n/* all */ SELECT id FROM users WHERE id = ?", Info{Verb: Select}},
	{"leading parens", "((SELECT id FROM users))", Info{Verb: Select, Unbounded: noFilter}},
	{"union of parenthesised selects", "(SELECT id FROM a) UNION (SELECT id FROM b WHERE x = 1)", Info{Verb: Select}},
	{"only first statement", "SELECT 1; DELETE FROM users", Info{Verb: Select}},

	// CTEs.
	{"cte select", "WITH recent AS (SELECT * FROM orders WHERE created_at > $1) SELECT * FROM recent", Info{Verb: Select}},
	{"cte insert", "WITH u AS (SELECT id FROM users WHERE email = $1) INSERT INTO audit (user_id) SELECT id FROM u", Info{Verb: Insert, Write: true}},
	{"cte delete is a write", "WITH gone AS (DELETE FROM jobs WHERE done RETURNING id) SELECT count(*) FROM gone", Info{Verb: Select, Write: true}},
	{"recursive cte with columns", "WITH RECURSIVE tree(id, parent) AS (SELECT id, parent FROM nodes WHERE id = $1 UNION ALL SELECT n.id, n.parent FROM nodes n JOIN tree ON n.parent = tree.id) SELECT * FROM tree", Info{Verb: Select}},
	{"two ctes materialized", "WITH a AS MATERIALIZED (SELECT 1), b AS NOT MATERIALIZED (SELECT 2) UPDATE t SET x = 1 WHERE id = 3", Info{Verb: Update, Write: true}},
	{"cte without where reads the table", "WITH x AS (SELECT * FROM posts) SELECT * FROM x", Info{Verb: Select, Unbounded: noFilter}},
	{"broken cte", "WITH x (SELECT 1) SELECT * FROM x", Info{}},

	// no WHERE, no LIMIT.
	{"select all", "SELECT id, title, body FROM posts", Info{Verb: Select, Unbounded: noFilter}},
	{"table named wherehouse", "SELECT * FROM wherehouse", Info{Verb: Select, Unbounded: noFilter}},
	{"table named limits", "select * from limits", Info{Verb: Select, Unbounded: noFilter}},
	{"where in a line comment", "SELECT * FROM t -- WHERE id = 1\n", Info{Verb: Select, Unbounded: noFilter}},
	{"where in a block comment", "SELECT * FROM t /* WHERE id = 1 LIMIT 1 */", Info{Verb: Select, Unbounded: noFilter}},
	{"where in a comment after an operator", "SELECT a+/* WHERE */b FROM t", Info{Verb: Select, Unbounded: noFilter}},
	{"where in a string", "SELECT 'WHERE id = 1 LIMIT 1' AS s FROM t", Info{Verb: Select, Unbounded: noFilter}},
	{"where in an escaped string", "SELECT 'it''s WHERE' FROM t", Info{Verb: Select, Unbounded: noFilter}},
	{"where in an E string", `SELECT E'it\'s WHERE' FROM t`, Info{Verb: Select, Unbounded: noFilter}},
	{"where in a dollar quote", "SELECT $q$ WHERE $q$ FROM t", Info{Verb: Select, Unbounded: noFilter}},
	{"quoted identifier where", `SELECT "where" FROM "limit"`, Info{Verb: Select, Unbounded: noFilter}},
	{"mysql backticks", "SELECT `id`, `where` FROM `orders`", Info{Verb: Select, Unbounded: noFilter}},
	{"mysql backticks with where", "SELECT `id` FROM `orders` WHERE `user_id` = ?", Info{Verb: Select}},
	{"distinct", "SELECT DISTINCT status FROM orders", Info{Verb: Select, Unbounded: noFilter}},
	{"join without where", "SELECT o.id, u.name FROM orders o JOIN users u ON u.id = o.user_id", Info{Verb: Select, Unbounded: noFilter}},
	{"join filtered by a parameter", "SELECT o.id FROM orders o JOIN users u ON u.id = o.user_id AND u.id = $1", Info{Verb: Select}},
	{"qualified count column", "SELECT t.count FROM t", Info{Verb: Select, Unbounded: noFilter}},
	{"for update without where", "SELECT id FROM jobs FOR UPDATE SKIP LOCKED", Info{Verb: Select, Unbounded: noFilter}},
	{"array_agg grows with the table", "SELECT array_agg(id) FROM users", Info{Verb: Select, Unbounded: noFilter}},
	{"window function is per row", "SELECT id, max(score) OVER () FROM players", Info{Verb: Select, Unbounded: noFilter}},
	{"limit all is no limit", "SELECT * FROM t LIMIT ALL", Info{Verb: Select, Unbounded: noFilter}},
	{"subquery in from", "SELECT * FROM (SELECT id FROM t) s", Info{Verb: Select, Unbounded: noFilter}},
	{"where", "SELECT * FROM posts WHERE id = $1", Info{Verb: Select}},
	{"where in a subquery counts", "SELECT * FROM posts p WHERE EXISTS (SELECT 1)", Info{Verb: Select}},
	{"where only in a subquery counts", "SELECT * FROM (SELECT * FROM posts WHERE draft = false) p", Info{Verb: Select}},
	{"limit constant", "SELECT * FROM posts ORDER BY id DESC LIMIT 20", Info{Verb: Select}},
	{"limit placeholder", "SELECT * FROM posts ORDER BY id DESC LIMIT $1", Info{Verb: Select}},
	{"mysql limit offset count", "SELECT * FROM posts LIMIT 10, ?", Info{Verb: Select}},
	{"fetch first", "SELECT * FROM posts ORDER BY id FETCH FIRST 10 ROWS ONLY", Info{Verb: Select}},
	{"offset fetch next", "SELECT * FROM posts ORDER BY id OFFSET @p1 ROWS FETCH NEXT @p2 ROWS ONLY", Info{Verb: Select}},
	{"top", "SELECT TOP 10 * FROM posts", Info{Verb: Select}},
	{"top parenthesised", "SELECT TOP (10) id FROM posts", Info{Verb: Select}},
	{"column named top", "SELECT top, bottom FROM boxes", Info{Verb: Select, Unbounded: noFilter}},
	{"group by", "SELECT status, count(*) FROM orders GROUP BY status", Info{Verb: Select}},
	{"having", "SELECT sum(total) FROM orders HAVING sum(total) > 0", Info{Verb: Select}},
	{"table function", "SELECT * FROM generate_series(1, 10)", Info{Verb: Select}},
	{"values list", "SELECT * FROM (VALUES (1), (2)) v(x)", Info{Verb: Select}},
	{"dual", "SELECT 1 FROM dual", Info{Verb: Select}},

	// Aggregates.
	{"count star", "SELECT COUNT(*) FROM orders", Info{Verb: Select, Unbounded: wholeCount}},
	{"count one lowercase", "select count(1) from orders", Info{Verb: Select, Unbounded: wholeCount}},
	{"count column", "SELECT count(id) AS n FROM orders", Info{Verb: Select, Unbounded: wholeCount}},
	{"count distinct", "SELECT count(DISTINCT user_id) FROM orders", Info{Verb: Select, Unbounded: wholeCount}},
	{"count with sum", "SELECT count(*), sum(total) FROM orders", Info{Verb: Select, Unbounded: wholeCount}},
	{"count over a join", "SELECT count(*) FROM orders o JOIN users u ON u.id = o.user_id", Info{Verb: Select, Unbounded: wholeCount}},
	{"count with where", "SELECT count(*) FROM orders WHERE user_id = $1", Info{Verb: Select}},
	{"count grouped", "SELECT count(*) FROM orders GROUP BY status", Info{Verb: Select}},
	{"count of a bounded subquery", "SELECT count(*) FROM (SELECT 1 FROM orders LIMIT 1000) s", Info{Verb: Select}},
	{"count in a table named counts", "SELECT * FROM counts", Info{Verb: Select, Unbounded: noFilter}},
	{"count window is per row", "SELECT id, count(*) OVER () FROM orders", Info{Verb: Select, Unbounded: noFilter}},
	{"count with an outer limit", "SELECT count(*) FROM orders LIMIT 1", Info{Verb: Select, Unbounded: wholeCount}},
	{"count of a limited cte", "WITH s AS (SELECT 1 FROM orders LIMIT 1000) SELECT count(*) FROM s", Info{Verb: Select}},
	{"only a window count", "SELECT count(*) OVER () FROM orders", Info{Verb: Select, Unbounded: noFilter}},
	{"max without where", "SELECT MAX(id) FROM orders", Info{Verb: Select}},
	{"aggregate expression", "SELECT coalesce(max(id), 0) + 1 FROM orders", Info{Verb: Select}},
	{"count no from", "SELECT count(*)", Info{Verb: Select}},

	// ORDER BY RANDOM().
	{"order by random", "SELECT * FROM quotes ORDER BY RANDOM() LIMIT 1", Info{Verb: Select, Unbounded: randomOrder}},
	{"order by rand mysql", "SELECT * FROM quotes ORDER BY rand() LIMIT 5", Info{Verb: Select, Unbounded: randomOrder}},
	{"order by newid", "SELECT TOP 1 * FROM quotes ORDER BY NEWID()", Info{Verb: Select, Unbounded: randomOrder}},
	{"order by random with where", "SELECT * FROM quotes WHERE lang = $1 ORDER BY random() LIMIT 1", Info{Verb: Select, Unbounded: randomOrder}},
	{"order by random placeholder limit", "SELECT * FROM quotes ORDER BY random() LIMIT $1", Info{Verb: Select, Unbounded: "ORDER BY RANDOM()"}},
	{"random in select list is not an order", "SELECT random() AS r, id FROM quotes WHERE id = 1 ORDER BY id", Info{Verb: Select}},
	{"column named random", "SELECT * FROM t WHERE x = 1 ORDER BY random", Info{Verb: Select}},
	{"order by random no from", "SELECT 1 ORDER BY random()", Info{Verb: Select}},

	// Batched.
	{"in placeholders", "SELECT * FROM items WHERE order_id IN ($1, $2, $3)", Info{Verb: Select, Batched: true}},
	{"in single question mark", "SELECT * FROM items WHERE order_id IN (?)", Info{Verb: Select, Batched: true}},
	{"in named", "SELECT * FROM items WHERE order_id IN (:ids)", Info{Verb: Select, Batched: true}},
	{"in sql server", "SELECT * FROM items WHERE order_id IN (@p1, @p2)", Info{Verb: Select, Batched: true}},
	{"in cast placeholders", "SELECT * FROM items WHERE order_id IN ($1::bigint, $2::bigint)", Info{Verb: Select, Batched: true}},
	{"in subquery", "SELECT * FROM items WHERE order_id IN (SELECT id FROM orders WHERE user_id = $1)", Info{Verb: Select}},
	{"in constants", "SELECT * FROM orders WHERE status IN ('new', 'paid')", Info{Verb: Select}},
	{"in mixed", "SELECT * FROM orders WHERE status IN ('new', $1)", Info{Verb: Select}},
	{"not in placeholders", "SELECT * FROM orders WHERE id NOT IN (?)", Info{Verb: Select}},
	{"table named in_stock", "SELECT * FROM in_stock WHERE id = ?", Info{Verb: Select}},
	{"any", "SELECT * FROM items WHERE order_id = ANY($1)", Info{Verb: Select, Batched: true}},
	{"any spaced with cast", "SELECT * FROM items WHERE order_id = ANY ($1::bigint[])", Info{Verb: Select, Batched: true}},
	{"any array", "SELECT * FROM items WHERE order_id = ANY(ARRAY[$1, $2])", Info{Verb: Select, Batched: true}},
	{"any subquery", "SELECT * FROM items WHERE order_id = ANY(SELECT id FROM orders WHERE x = 1)", Info{Verb: Select}},
	{"any constant", "SELECT * FROM items WHERE status = ANY('{new,paid}')", Info{Verb: Select}},
	{"not equal any", "SELECT * FROM items WHERE id <> ANY($1)", Info{Verb: Select}},
	{"update any", "UPDATE items SET seen = true WHERE id = ANY($1)", Info{Verb: Update, Write: true, Batched: true}},
	{"unnest parameter", "INSERT INTO tags (post_id, tag) SELECT $1, unnest($2::text[])", Info{Verb: Insert, Write: true, Batched: true}},
	{"unnest column", "SELECT id, unnest(tags) FROM posts WHERE id = $1", Info{Verb: Select}},
	{"multi-row values", "INSERT INTO items (order_id, sku) VALUES ($1, $2), ($3, $4)", Info{Verb: Insert, Write: true, Batched: true}},
	{"multi-row constant values", "INSERT INTO t VALUES (1, 'a'), (2, 'b')", Info{Verb: Insert, Write: true, Batched: true}},
	{"one-row values", "INSERT INTO items (order_id, sku) VALUES ($1, $2)", Info{Verb: Insert, Write: true}},
	{"merge using values", "MERGE INTO t USING (VALUES (1), (2)) s(id) ON t.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id)", Info{Verb: Upsert, Write: true, Batched: true}},
	{"select from values is not a write batch", "SELECT * FROM (VALUES ($1), ($2)) v(x)", Info{Verb: Select}},
	{"copy from", "COPY items (order_id, sku) FROM STDIN", Info{Verb: Other, Write: true, Batched: true}},
	{"copy to", "COPY (SELECT * FROM items) TO STDOUT", Info{Verb: Other, Batched: true}},
	{"in inside a string", "SELECT * FROM t WHERE note = 'IN (?)'", Info{Verb: Select}},
	{"jsonb question operator", "SELECT * FROM t WHERE tags ?| array['a'] AND id IN (1)", Info{Verb: Select}},

	// Unterminated text never panics and stays unflagged where unclear.
	{"unterminated string", "SELECT * FROM t WHERE name = 'x", Info{Verb: Select}},
	{"unterminated comment", "SELECT * FROM t /* WHERE", Info{Verb: Select, Unbounded: noFilter}},
	{"unbalanced parens", "SELECT ((( FROM", Info{Verb: Select}},
	{"extra close parens", "SELECT * FROM t))) WHERE", Info{Verb: Select}},
}

func TestClassify(t *testing.T) {
	for _, tt := range classifyTests {
		t.Run(tt.name, func(t *testing.T) {
			got := Classify(tt.text)
			got.Table = "" // TestTable
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Classify(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestVerbString(t *testing.T) {
	for v, want := range map[Verb]string{
		Unknown: "unknown",
		Select:  "select",
		Insert:  "insert",
		Update:  "update",
		Delete:  "delete",
		Upsert:  "upsert",
		Other:   "other",
		42:      "Verb(42)",
	} {
		if got := v.String(); got != want {
			t.Errorf("Verb(%d).String() = %q, want %q", v, got, want)
		}
	}
}

func TestClassifyDoesNotAllocate(t *testing.T) {
	query := "WITH o AS (SELECT id FROM orders WHERE user_id = $1) SELECT i.* FROM items i JOIN o ON o.id = i.order_id WHERE i.sku = ANY($2::text[]) ORDER BY i.id LIMIT 50"
	if n := testing.AllocsPerRun(100, func() { Classify(query) }); n != 0 {
		t.Errorf("Classify allocates %v times per call, want 0", n)
	}
}

// benchQueries is a mix of what services send: point lookups, pages,
// batched fetches, writes, reports and the odd unbounded read.
var benchQueries = []string{
	"SELECT id, email, created_at FROM users WHERE id = $1",
	"SELECT id, title, body FROM posts ORDER BY id DESC LIMIT $1",
	"SELECT id, order_id, sku, qty FROM items WHERE order_id = ANY($1)",
	"INSERT INTO items (order_id, sku, qty) VALUES ($1, $2, $3) RETURNING id",
	"UPDATE orders SET status = $1, updated_at = now() WHERE id = $2",
	"SELECT COUNT(*) FROM orders",
	"SELECT id, title, body FROM posts",
	"-- name: ListItems :many\nSELECT `id`, `sku` FROM `items` WHERE `order_id` IN (?) /* sqlx.In */",
	"WITH recent AS (SELECT * FROM orders WHERE created_at > now() - interval '1 day') SELECT status, count(*) FROM recent GROUP BY status",
	"DELETE FROM sessions WHERE expires_at < $1",
	"SELECT * FROM quotes ORDER BY random() LIMIT 1",
	"SELECT o.id, u.name, sum(i.qty * i.price) AS total FROM orders o JOIN users u ON u.id = o.user_id JOIN items i ON i.order_id = o.id WHERE o.created_at BETWEEN $1 AND $2 GROUP BY o.id, u.name HAVING sum(i.qty) > 0 ORDER BY total DESC FETCH FIRST 100 ROWS ONLY",
}

func BenchmarkClassify(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, q := range benchQueries {
			Classify(q)
		}
	}
}

func TestTable(t *testing.T) {
	for text, want := range map[string]string{
		"SELECT * FROM users":                                "users",
		"select id from public.Roles where id = $1":          "Roles",
		"select id from public.\"Roles\" where id = $1":      "",
		"SELECT name FROM `plans` ORDER BY rank":             "",
		"SELECT COUNT(*) FROM (SELECT 1 FROM orders) AS t":   "",
		"SELECT * FROM generate_series(1, 10)":               "",
		"SELECT now()":                                       "",
		"WITH x AS (SELECT 1 FROM a) SELECT * FROM settings": "settings",
		"UPDATE users SET x = 1":                             "",
	} {
		if got := Classify(text).Table; got != want {
			t.Errorf("Classify(%q).Table = %q, want %q", text, got, want)
		}
	}
}
