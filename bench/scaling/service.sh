#!/usr/bin/env bash
# service.sh [N...]: how scalevet's cost grows with the number of
# packages. For each N (default 125 250 500 1000) it generates a service
# of N packages (bench/scaling/service) and measures, with /usr/bin/time:
#
#   loaded   scalevet ./...: the whole program in one process
#   cold     scalevet -cache ./...: a package at a time through go vet,
#            with a new cache key (an analyzer flag value that names no
#            table) so that nothing analysed before is reused; the
#            service's export data is compiled beforehand (go build),
#            as it is for every run
#   repeat   the same -cache command again on unchanged code
#   leaf     after a new function in one web package, which only main
#            imports
#   store    after a new function in one store package, which two web
#            packages and main import: they are analysed again, the
#            other packages are not
#
# Each row checks that every run printed the same number of findings
# (2 per web package). Prints a Markdown table: wall s, CPU s, peak RSS
# MiB per run. The machine's other load shows as wall above CPU; compare
# the columns of one row, which ran back to back.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(125 250 500 1000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/scalevet" ./cmd/scalevet
go build -o "$work/service" ./bench/scaling/service

# measure NAME DIR ARGS...: runs scalevet ARGS in DIR; prints "wall cpu rss findings".
measure() {
	local dir=$1
	shift
	(cd "$dir" && /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$work/scalevet" "$@" ./... >"$work/out" 2>"$work/err") || true
	if grep -q '^panic:\|^scalevet: ' "$work/err"; then
		cat "$work/err" >&2
		exit 1
	fi
	# The last line: time writes "Command exited with non-zero status
	# 3" before it when there are findings.
	tail -n 1 "$work/time" | awk -v n="$(wc -l <"$work/out")" '{ printf "%.2f %.2f %.0f %d", $1, $2 + $3, $4 / 1024, n }'
}

echo "| packages | findings | loaded | cold (-cache) | repeat | one web package changed | one store package changed |"
echo "|---:|---:|---|---|---|---|---|"
for n in "${sizes[@]}"; do
	dir=$work/s$n
	"$work/service" -n "$n" "$dir"
	(cd "$dir" && go build ./...)
	key="-requestquery.small=scaling$n$RANDOM"
	declare -a cells=()
	findings=""
	for step in loaded cold repeat leaf store; do
		case $step in
		loaded) r=$(measure "$dir") ;;
		cold | repeat) r=$(measure "$dir" -cache "$key") ;;
		leaf)
			printf '\n// Changed is new: the package and its facts change.\nfunc Changed() {}\n' >>"$dir/web/w0/web.go"
			(cd "$dir" && go build ./...)
			r=$(measure "$dir" -cache "$key")
			;;
		store)
			printf '\n// Changed is new: the package and its facts change.\nfunc Changed() {}\n' >>"$dir/store/s1/store.go"
			(cd "$dir" && go build ./...)
			r=$(measure "$dir" -cache "$key")
			;;
		esac
		read -r wall cpu rss found <<<"$r"
		if [ -n "$findings" ] && [ "$found" != "$findings" ]; then
			echo "$n packages: $step printed $found findings, the loaded run $findings" >&2
			exit 1
		fi
		findings=$found
		cells+=("$wall s, $cpu s CPU, $rss MiB")
	done
	echo "| $n | $findings | ${cells[0]} | ${cells[1]} | ${cells[2]} | ${cells[3]} | ${cells[4]} |"
done
