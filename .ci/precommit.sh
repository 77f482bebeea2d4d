#!/usr/bin/env bash
# Tests .pre-commit-hooks.yaml for real: runs 'pre-commit try-repo' of
# this working tree against a small sample repository with an N+1 in a
# net/http handler, and expects both hooks to fail and print the finding;
# then against a clean one, and expects them to pass.
#
# try-repo installs the hooks from a commit (it uses HEAD), so the working
# tree, committed or not, is first copied into a temporary repository and
# committed there. Needs git, Go and pre-commit (installed from Debian's
# packages when missing; run as root).
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)

if ! command -v pre-commit >/dev/null; then
	echo "installing pre-commit from Debian's packages"
	apt-get install -y -qq pre-commit >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq pre-commit >/dev/null; }
fi
pre-commit --version

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export PRE_COMMIT_HOME="$tmp/cache"
# pre-commit's golang language sets GOPATH to the hook's environment; keep
# the usual module cache so the install reuses what is already fetched.
GOMODCACHE=$(go env GOMODCACHE)
export GOMODCACHE
commit() {
	git -C "$1" add -A
	git -C "$1" -c user.name=ci -c user.email=ci@example.com -c commit.gpgsign=false commit -q -m "$2"
}

# The hooks' repository: this working tree as it is, committed.
mkdir "$tmp/scalevet"
git -C "$src" ls-files -z --cached --others --exclude-standard |
	(cd "$src" && xargs -0 tar -cf - --ignore-failed-read 2>/dev/null) | tar -xf - -C "$tmp/scalevet"
git -C "$tmp/scalevet" init -q
commit "$tmp/scalevet" "working tree"

# The sample repository with a hazard.
mkdir "$tmp/sample"
cat > "$tmp/sample/go.mod" <<'GO'
module example.com/sample

go 1.26
GO
cat > "$tmp/sample/main.go" <<'GO'
package main

import (
	"database/sql"
	"fmt"
	"net/http"
)

func orders(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		rows, err := db.QueryContext(r.Context(), "SELECT id FROM orders WHERE user_id = $1 LIMIT 20", r.URL.Query().Get("user"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				return
			}
			var total int64
			_ = db.QueryRowContext(r.Context(), "SELECT sum(price) FROM items WHERE order_id = $1", id).Scan(&total)
			fmt.Fprintln(w, id, total)
		}
		if err := rows.Err(); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	}
}

func main() {
	var db *sql.DB
	http.Handle("/orders", orders(db))
	_ = http.ListenAndServe(":8080", nil)
}
GO
git -C "$tmp/sample" init -q
commit "$tmp/sample" "sample"

want="main.go:23:8: requestquery: db.QueryRowContext runs a query once per iteration"
wantVet="main.go:23:8: db.QueryRowContext runs a query once per iteration"
fail=0
try() { # hook, repository, expected status (0 or 1 for "not 0"), text the output must have
	local hook=$1 repo=$2 expect=$3 text=$4 status=0
	printf '\n-- pre-commit try-repo scalevet %s --all-files (in %s)\n' "$hook" "$(basename "$repo")"
	# The scalevet-vet hook runs go vet: in a build cache of this script's own
	# (see vetcache in .ci/run), never the user's.
	(cd "$repo" && GOCACHE="${SCALEVET_VET_CACHE:-$tmp/gocache}" pre-commit try-repo "$tmp/scalevet" "$hook" --all-files) >"$tmp/out" 2>&1 || status=$?
	# pre-commit's result line and the hook's output, without the banner.
	if grep -qE '\.{4}(Passed|Failed|Skipped)$' "$tmp/out"; then
		sed -nE '/\.{4}(Passed|Failed|Skipped)$/,$p' "$tmp/out"
	else
		cat "$tmp/out"
	fi
	if [ "$expect" -eq 0 ] && [ "$status" -ne 0 ]; then
		echo "FAIL: exit status $status, want 0"; cat "$tmp/out"; fail=1
	elif [ "$expect" -ne 0 ] && [ "$status" -eq 0 ]; then
		echo "FAIL: exit status 0, want the hook to fail"; fail=1
	fi
	if [ -n "$text" ] && ! grep -qF "$text" "$tmp/out"; then
		echo "FAIL: the output does not have: $text"; fail=1
	fi
	echo "exit status $status"
}
try scalevet "$tmp/sample" 1 "$want"
try scalevet-vet "$tmp/sample" 1 "$wantVet"

# The same repository with the query moved out of the loop is clean.
sed -i 's|_ = db.QueryRowContext(r.Context(), "SELECT sum(price) FROM items WHERE order_id = $1", id).Scan(\&total)|total = id|' "$tmp/sample/main.go"
grep -q 'total = id' "$tmp/sample/main.go"
commit "$tmp/sample" "no N+1"
try scalevet "$tmp/sample" 0 "Passed"
try scalevet-vet "$tmp/sample" 0 "Passed"

if [ "$fail" -ne 0 ]; then
	echo; echo "pre-commit hooks: FAILED"; exit 1
fi
echo; echo "pre-commit hooks: passed"
