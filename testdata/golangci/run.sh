#!/usr/bin/env bash
# Proves that scalevet's module plugin (plugin/golangci) builds into a real
# golangci-lint v2 and reports through it. It builds golangci-lint the way
# 'golangci-lint custom' does (golangci-lint's main plus a blank import of
# the plugin, main.go here; the plugin module replaced by this checkout in
# go.mod), then runs it with .golangci.yml on ./sample and expects the N+1
# there to be reported by the scalevet linter, and the interface calls that
# meet their implementations only in sample/ifaces/server (an N+1 and a
# query the same for every visitor). Further runs check that the
# settings reach the plugin: an analyzer turned off, a misspelt key and an
# unknown analyzer flag rejected.
#
# Slow the first time (it compiles golangci-lint and its linters), so it is
# not part of 'go test ./...'; .ci/run calls it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export GOWORK=off
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOLANGCI_LINT_CACHE="$tmp/cache"

# Work in a copy, with the plugin's module replaced by this checkout by
# absolute path, and let go build add the go.sum lines of requirements
# that scalevet's go.mod gained since go.sum here was written (-mod=mod);
# golangci-lint's own are pinned by go.sum.
cp -R "$here" "$tmp/mod"
cd "$tmp/mod"
go mod edit -replace="github.com/scalevet/scalevet=$root"

want=$(sed -n 's/^version: //p' .custom-gcl.yml)
if ! grep -q "github.com/golangci/golangci-lint/v2 $want\$" go.mod; then
	echo "FAIL: .custom-gcl.yml names golangci-lint $want; go.mod requires $(grep 'golangci-lint/v2 ' go.mod)"
	exit 1
fi

echo "building golangci-lint $want with the scalevet plugin"
go build -mod=mod -o "$tmp/golangci-lint" .
"$tmp/golangci-lint" version
"$tmp/golangci-lint" linters 2>&1 | grep -i scalevet || { echo "FAIL: scalevet is not among the linters"; exit 1; }

fail=0
lint() { # expected status (0, or 1 for "not 0"), text the output must have, config, packages...
	local expect=$1 text=$2 config=$3 status=0
	shift 3
	printf '\n-- golangci-lint run -c %s %s\n' "$config" "$*"
	"$tmp/golangci-lint" run -c "$config" "$@" >"$tmp/out" 2>&1 || status=$?
	cat "$tmp/out"
	echo "exit status $status"
	if [ "$expect" -eq 0 ] && [ "$status" -ne 0 ] || [ "$expect" -ne 0 ] && [ "$status" -eq 0 ]; then
		echo "FAIL: exit status $status"; fail=1
	fi
	if [ -n "$text" ] && ! grep -qF -- "$text" "$tmp/out"; then
		echo "FAIL: the output does not have: $text"; fail=1
	fi
}
lint 1 "sample/sample.go:28:14: requestquery: db.QueryRow runs a query once per iteration of this loop on the request path" .golangci.yml ./sample/...
grep -q "(scalevet)" "$tmp/out" || { echo "FAIL: the finding is not attributed to the scalevet linter"; fail=1; }
lint 1 "requestquery: (*pg.Authors).Name runs a query once per iteration of the loop at web/web.go:15 on the request path of web.Handler.List, through the interface call store.Authors.Name at web/web.go:16" .golangci.yml ./sample/ifaces/...
lint 1 "missingcache: the interface call store.Tags.Visible at web/tags.go:14 runs query" .golangci.yml ./sample/ifaces/...
lint 0 "0 issues." configs/disabled.yml ./sample/...
lint 1 'unknown field "disabled"' configs/typo.yml ./sample/...
lint 1 'analyzer requestquery has no flag "nosuch"' configs/badflag.yml ./sample/...

if [ "$fail" -ne 0 ]; then
	echo; echo "golangci-lint plugin: FAILED"; exit 1
fi
echo; echo "golangci-lint plugin: passed"
