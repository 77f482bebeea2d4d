#!/usr/bin/env bash
# Sweep scalevet over real code: the whole standard library and every
# package of the end-to-end module's dependency graph (gin, echo, gorm,
# pgx, mongo-driver, grpc and what they import), standalone and under
# go vet, and the standard library with scalevet -cache. Fails (exit 1) on any panic, analyzer error or package that does
# not load, and on a finding outside the e2e module's own code that is not
# in .ci/sweep-reviewed.txt (docs/real-world.md reviews each of them);
# the e2e module's own findings are planted, and TestE2E checks them.
#
# Usage: .ci/sweep.sh [path/to/scalevet]   (builds ./cmd/scalevet if omitted)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=${1:-}
if [ -z "$bin" ]; then
	bin=$work/scalevet
	go build -o "$bin" ./cmd/scalevet
fi
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")

# go vet runs in a build cache of its own, never the user's: cmd/go
# caches a vet result's facts before its findings, so a sweep interrupted
# in between would leave the user's go vet -vettool=scalevet printing
# nothing for that package until go clean -cache. .ci/run shares one such
# cache between its steps (SCALEVET_VET_CACHE), so std compiles once.
vetcache=${SCALEVET_VET_CACHE:-$work/gocache}

failed=0
total=0
modcache=$(go env GOMODCACHE)
goroot=$(go env GOROOT)
reviewed=$root/.ci/sweep-reviewed.txt
: >"$work/outside"

# outside: the findings on stdin that are not in the e2e module's own code
# (which prints paths relative to it), as "path:line:col: analyzer" with
# the module cache and GOROOT left out of the path.
outside() {
	grep '^/' | sed -e "s|^$modcache/||" -e "s|^$goroot/src/||" |
		sed -E 's/^([^ ]+:[0-9]+:[0-9]+: [a-z]+):.*/\1/' || true
}

# standalone NAME DIR PATTERN: scalevet exits 0 (clean) or 3 (findings) and
# writes nothing to standard error.
# benign drops what the go command says while it fetches modules on a
# machine with an empty module cache: go vet of "all" also vets the
# dependencies' test files, whose imports go mod download does not fetch.
benign() {
	# Module downloads, and the closing count of text output
	# ("53 findings", "2 findings (1 hidden by the baseline)").
	{ grep -Ev '^go: downloading |^[0-9]+ findings?( \(.*\))?$' "$1" || true; } >"$1.kept"
	mv "$1.kept" "$1"
}

standalone() {
	local name=$1 dir=$2 pattern=$3 status=0
	printf '\n-- %s: scalevet %s (in %s)\n' "$name" "$pattern" "$dir"
	(cd "$dir" && "$bin" "$pattern") >"$work/out" 2>"$work/err" || status=$?
	benign "$work/err"
	cat "$work/out"
	outside <"$work/out" >>"$work/outside"
	local n
	n=$(wc -l <"$work/out")
	total=$((total + n))
	if [ "$status" -ne 0 ] && [ "$status" -ne 3 ] || [ -s "$work/err" ]; then
		echo "FAIL: exit status $status; standard error:"
		cat "$work/err"
		failed=1
	else
		echo "ok: exit status $status, $n findings"
	fi
}

# vet NAME DIR PATTERN: under go vet, findings make the exit status 1, so
# an error is recognised by its output instead: every line of standard
# error must be a "# package" header or a "file.go:line:col: " finding
# (or a "file.s:line:col: " one: the vet suite's asmdecl checks the
# assembly of dependencies, such as xxhash's).
vet() {
	local name=$1 dir=$2 pattern=$3 status=0
	printf '\n-- %s: go vet -vettool=scalevet %s (in %s)\n' "$name" "$pattern" "$dir"
	(cd "$dir" && GOCACHE="$vetcache" go vet -vettool="$bin" "$pattern") >"$work/out" 2>"$work/err" || status=$?
	benign "$work/err"
	local n
	n=$(grep -cE '^[^ ]+\.(go|s):[0-9]+:[0-9]+: ' "$work/err" || true)
	if grep -vE '^(# |[^ ]+\.(go|s):[0-9]+:[0-9]+: )' "$work/err" >"$work/bad" || [ -s "$work/out" ]; then
		echo "FAIL: exit status $status; unexpected output:"
		cat "$work/bad" "$work/out"
		failed=1
	else
		grep -E '^[^ ]+\.(go|s):[0-9]+:[0-9]+: ' "$work/err" || true
		echo "ok: exit status $status, $n findings"
	fi
}

# cached NAME DIR PATTERN: scalevet -cache prints what the standalone run
# of the same input printed (saved by standalone in $work/standalone),
# with nothing on standard error: no fallback to the loaded run.
cached() {
	local name=$1 dir=$2 pattern=$3 status=0
	printf '\n-- %s: scalevet -cache %s (in %s)\n' "$name" "$pattern" "$dir"
	(cd "$dir" && GOCACHE="$vetcache" "$bin" -cache "$pattern") >"$work/out" 2>"$work/err" || status=$?
	benign "$work/err"
	if [ "$status" -ne 0 ] && [ "$status" -ne 3 ] || [ -s "$work/err" ] || ! cmp -s "$work/out" "$work/standalone"; then
		echo "FAIL: exit status $status; standard error:"
		cat "$work/err"
		diff "$work/standalone" "$work/out" || true
		failed=1
	else
		echo "ok: exit status $status, the same $(wc -l <"$work/out") findings as without -cache"
	fi
}

standalone "standard library" "$root" std
cp "$work/out" "$work/standalone"
cached "standard library" "$root" std
standalone "e2e dependency graph" "$root/testdata/e2e" all
vet "standard library" "$root" std
vet "e2e dependency graph" "$root/testdata/e2e" all

# Every finding on code nobody wrote for scalevet has been reviewed:
# docs/real-world.md says why each one in .ci/sweep-reviewed.txt stays.
# A new one fails the sweep until it is reviewed (a true hazard is added
# to both files; a false positive is fixed).
sort -u "$work/outside" >"$work/found"
{ grep -v '^#' "$reviewed" || true; } | sort -u >"$work/known" # the list may be empty
new=$(comm -23 "$work/found" "$work/known")
gone=$(comm -13 "$work/found" "$work/known")
printf '\n-- findings outside the e2e module: %d (reviewed in %s)\n' "$(wc -l <"$work/found")" "${reviewed#"$root"/}"
if [ -n "$new" ]; then
	echo "FAIL: not reviewed yet (see docs/real-world.md):"
	echo "$new"
	failed=1
fi
if [ -n "$gone" ]; then
	echo "note: reviewed findings no longer reported (remove them from ${reviewed#"$root"/} and docs/real-world.md):"
	echo "$gone"
fi

echo
if [ "$failed" -ne 0 ]; then
	echo "sweep FAILED: a panic, an analyzer error, a package that did not load, or an unreviewed finding (above)"
	exit 1
fi
echo "sweep passed: no panic, no analyzer error ($total standalone findings)"
