package sqltext

import "testing"

func TestTakesLock(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"SELECT pg_try_advisory_lock($1)", true},
		{"select PG_ADVISORY_XACT_LOCK(42)", true},
		{"SELECT GET_LOCK('cleanup', 0)", true},
		{"SELECT id FROM jobs WHERE state = 'new' ORDER BY id LIMIT 10 FOR UPDATE SKIP LOCKED", true},
		{`INSERT INTO task_lock(name, until) VALUES($1, $2)
		  ON CONFLICT (name) DO UPDATE SET until = $2 WHERE task_lock.until < $3`, true},
		{"INSERT INTO leases(k, holder, until) VALUES($1, $2, $3) ON CONFLICT (k) DO UPDATE SET holder = $2, until = $3 WHERE now() >= leases.until", true},
		// not a lock: an upsert that always wins
		{"INSERT INTO counters(k, n) VALUES($1, 1) ON CONFLICT (k) DO UPDATE SET n = counters.n + 1", false},
		// not a lock: conditional upserts of ordinary rows, a state check
		// and a newer-version check
		{"INSERT INTO members(a, m, status) VALUES($1, $2, $3) ON CONFLICT (a, m) DO UPDATE SET status = $3 WHERE members.status NOT IN ($3)", false},
		{"INSERT INTO docs(id, body, v) VALUES($1, $2, $3) ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body, v = EXCLUDED.v WHERE docs.v < EXCLUDED.v", false},
		// not a lock: a plain conditional update
		{"UPDATE users SET seen = now() WHERE id = $1", false},
		// not a lock: the words inside a string or a comment
		{"SELECT 'pg_advisory_lock(1)', 'skip locked' -- pg_try_advisory_lock(2)", false},
		// not a lock: a row lock that waits, held by whichever instance comes first
		{"SELECT * FROM accounts WHERE id = $1 FOR UPDATE", false},
		{"", false},
	} {
		if got := TakesLock(tc.text); got != tc.want {
			t.Errorf("TakesLock(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
