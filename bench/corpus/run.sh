#!/usr/bin/env bash
# run.sh SCALEVET OUTDIR [NAME...]: runs the scalevet binary SCALEVET on
# every service of services.tsv (or only the NAMEs given), one at a time,
# over the checkouts that checkout.sh made under $CORPUS (default
# /tmp/corpus). For each service it writes to OUTDIR:
#
#   NAME.txt     the findings as text, file:line:col: analyzer: message,
#                paths relative to the service's module dir
#   NAME.sarif   the same findings as SARIF (rule analyzer/category, paths
#                relative to the repository root, %SRCROOT%)
#   NAME.tsv     one finding a line: location (as in NAME.txt), analyzer/category,
#                message, and the other locations of its cause: calls of its
#                package that reach it, and findings of other packages merged
#                into it (comma-separated); the first two
#                are the key that bench/corpus/triage/*/NAME.tsv joins on
#   NAME.stderr  load errors, type errors and analyzer errors
#   NAME.time    /usr/bin/time -v (wall time, peak RSS)
#
# and OUTDIR/summary.tsv: name, exit status (0 clean, 3 findings, 1 errors,
# 124 timeout), wall seconds, peak RSS in MiB, findings, lines on stderr.
# Per-service environment, VAR=value lines exported for that service only,
# in this order (a later file overrides an earlier one):
#   bench/corpus/env/NAME.env  committed: what the service's own build
#                              needs (navidrome's build tags)
#   $CORPUS/NAME.env           local workaround, not committed (GOWORK or
#                              GOFLAGS=-overlay=..., to stand in for a
#                              dependency the module proxy no longer serves
#                              or a C library the machine lacks;
#                              docs/real-world.md says which services still
#                              need one). LOCALENV=0 skips it.
# GOWORK is off unless one of them sets it. $SCALEVET_FLAGS (words) go
# before the other flags: SCALEVET_FLAGS=-cache compares the run through
# go vet with the loaded one.
# A service that fails to load is recorded, not fatal. $TIMEOUT (seconds,
# default 1800) bounds each service. Run services one at a time: the
# numbers are only comparable on an otherwise quiet machine.
set -u
scalevet=${1:?usage: run.sh SCALEVET OUTDIR [NAME...]}
out=${2:?usage: run.sh SCALEVET OUTDIR [NAME...]}
shift 2
corpus=${CORPUS:-/tmp/corpus}
limit=${TIMEOUT:-1800}
here=$(cd "$(dirname "$0")" && pwd)
case $scalevet in /*) ;; *) scalevet=$PWD/$scalevet ;; esac
mkdir -p "$out"
out=$(cd "$out" && pwd)
summary=$out/summary.tsv
[ -f "$summary" ] || printf 'name\texit\twall_s\tmaxrss_mib\tfindings\tstderr_lines\n' >"$summary"
{
	echo "scalevet: $scalevet ($("$scalevet" -version 2>&1 | head -1))"
	echo "go: $(go version)"
	echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
} >"$out/env.txt"

wanted() { # wanted NAME: true when NAME was asked for (or nothing was)
	[ "$#" -ge 1 ] || return 1
	local n=$1
	shift
	[ "$#" -eq 0 ] && return 0
	for w in "$@"; do [ "$w" = "$n" ] && return 0; done
	return 1
}

grep -v '^#' "$here/services.tsv" | while IFS=$'\t' read -r name _ commit sub _; do
	[ -n "$name" ] || continue
	wanted "$name" "$@" || continue
	dir=$corpus/$name/$sub
	dir=${dir%/.}
	if [ ! -f "$dir/go.mod" ]; then
		echo "$name: no checkout at $dir (run checkout.sh)" >&2
		awk -F'\t' -v n="$name" '$1 != n' "$summary" >"$summary.tmp" && mv "$summary.tmp" "$summary"
		printf '%s\tnocheckout\t\t\t\t\n' "$name" >>"$summary"
		continue
	fi
	head=$(git -C "$corpus/$name" rev-parse HEAD 2>/dev/null)
	[ "$head" = "$commit" ] || echo "$name: checkout at $head, services.tsv pins $commit" >&2
	echo "== $name ($dir)" >&2
	(
		export GOWORK=off
		envs=$here/env/$name.env
		[ "${LOCALENV:-1}" = 0 ] || envs="$envs $corpus/$name.env"
		for f in $envs; do
			[ -f "$f" ] || continue
			while IFS= read -r kv; do
				case $kv in [A-Z]*=*) export "$kv" && echo "   $kv ($f)" >&2 ;; esac
			done <"$f"
		done
		exec /usr/bin/time -v -o "$out/$name.time" timeout "$limit" \
			"$scalevet" ${SCALEVET_FLAGS:-} -C "$dir" -format=sarif -o "$out/$name.sarif" ./... \
			>"$out/$name.txt" 2>"$out/$name.stderr" </dev/null
	)
	rc=$?
	# /usr/bin/time exits with the command's status; "Command exited with
	# non-zero status N" is its own line in NAME.time.
	wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.1f", s}' "$out/$name.time")
	rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$out/$name.time")
	# SARIF, not the -json tree: the JSON tree (package → analyzer →
	# diagnostics or error) puts an error object in place of the findings of
	# every package that imports one that does not type-check, which the
	# text output (and SARIF) still report. Paths are made relative to the
	# module dir, as the text output prints them.
	if [ -s "$out/$name.sarif" ] && jq -e . "$out/$name.sarif" >/dev/null 2>&1; then
		jq -r --arg dir "file://$dir/" '
			.runs[] | (.originalUriBaseIds["%SRCROOT%"].uri // "") as $root
			| .results[]? | .locations[0].physicalLocation as $p
			| [((($root + $p.artifactLocation.uri) | ltrimstr($dir))
			    + ":" + ($p.region.startLine | tostring) + ":" + ($p.region.startColumn | tostring)),
			   .ruleId, (.message.text | gsub("[\t\n]"; " ")),
			   ([.relatedLocations[]? | select(.message.text | startswith("the same cause, also"))
			     | .physicalLocation as $r
			     | ((($root + $r.artifactLocation.uri) | ltrimstr($dir))
			        + ":" + ($r.region.startLine | tostring) + ":" + ($r.region.startColumn | tostring))] | join(","))]
			| @tsv' "$out/$name.sarif" | LC_ALL=C sort -t: -k1,1 -k2,2n -k3,3n | awk '!seen[$0]++' >"$out/$name.tsv"
	else
		: >"$out/$name.tsv"
	fi
	n=$(wc -l <"$out/$name.tsv")
	e=$(wc -l <"$out/$name.stderr")
	# A re-run of one service replaces its line.
	awk -F'\t' -v n="$name" '$1 != n' "$summary" >"$summary.tmp" && mv "$summary.tmp" "$summary"
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$rc" "$wall" "$rss" "$n" "$e" >>"$summary"
	echo "   exit $rc, ${wall}s, ${rss} MiB, $n findings, $e lines on stderr" >&2
done
