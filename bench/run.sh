#!/usr/bin/env bash
# Measure scalevet against the baselines a Go user already pays for, in one
# run on one machine, and write docs/benchmarks.md.
#
# Tools (all standalone, all without test files, all analysing the matched
# packages and, for facts, their dependencies):
#   scalevet    ./cmd/scalevet, every analyzer on by default, the whole
#               program loaded from source into one process
#   scalevet-cache        scalevet -cache: a package at a time through go
#               vet, from export data, results in the go build cache;
#               cold: a flag value that names no table
#               (-requestquery.small=benchN, new for each run) gives every
#               package a new cache key, so nothing analysed before is
#               reused while the compiled export data stays warm, as it
#               is for every tool
#   scalevet-cache-repeat the same command again on unchanged code
#   staticcheck-repeat    staticcheck again with the STATICCHECK_CACHE of
#               the run before it
#   vet-suite   ./bench/vetsuite: x/tools' go/analysis/suite/vet (what go
#               vet runs) as a multichecker, the same driver as scalevet
#   staticcheck honnef.co/go/tools/cmd/staticcheck at $STATICCHECK_VERSION,
#               installed with go install, STATICCHECK_CACHE fresh each run
# Inputs: the standard library (std), and the end-to-end module
# (testdata/e2e ./..., with gin, echo, gorm, pgx, mongo-driver, grpc and
# their dependencies).
#
# Each tool runs $BENCH_RUNS times per input (default 3), interleaved
# (a, b, c, a, b, c, ...) so that load from elsewhere on the machine hits
# every tool alike; /usr/bin/time -v gives wall time, CPU time (user+sys)
# and peak RSS. The median run is reported, with the spread of wall time.
#
# Usage: bench/run.sh            (writes docs/benchmarks.md)
#        BENCH_RUNS=1 bench/run.sh
#        BENCH_FROM=runs.txt bench/run.sh   (re-render earlier "All runs" lines)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${BENCH_RUNS:-3}
STATICCHECK_VERSION=${STATICCHECK_VERSION:-v0.8.2}
out=${BENCH_OUT:-$root/docs/benchmarks.md}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "building scalevet, vet-suite; installing staticcheck@$STATICCHECK_VERSION" >&2
go build -o "$work/scalevet" ./cmd/scalevet
go build -o "$work/vetsuite" ./bench/vetsuite
GOBIN=$work go install "honnef.co/go/tools/cmd/staticcheck@$STATICCHECK_VERSION"

# An equal start. GOCACHE (the go command's build and list cache) is
# shared and warmed before timing: every tool asks `go list` about the
# packages, and staticcheck also asks for export data, so a cold GOCACHE
# would add the same compilation to whichever tool ran first. Each tool's
# own cache is cold: scalevet and vet-suite keep none, and staticcheck's
# STATICCHECK_CACHE is a fresh directory for every run.
echo "warming GOCACHE" >&2
go list -deps -export std >/dev/null
(cd testdata/e2e && go list -deps -export ./... >/dev/null)

tools=(scalevet scalevet-cache scalevet-cache-repeat vet-suite staticcheck staticcheck-repeat)
nonce=0
inputs=(std e2e)

# cmd TOOL: the command line of TOOL.
cmd() {
	case $1 in
	scalevet) echo "$work/scalevet" ;;
	scalevet-cache | scalevet-cache-repeat) echo "$work/scalevet -cache -requestquery.small=bench$nonce" ;;
	vet-suite) echo "$work/vetsuite -test=false" ;;
	staticcheck | staticcheck-repeat) echo "$work/staticcheck -tests=false" ;;
	esac
}

# measure TOOL INPUT N: one timed run; appends "wall cpu rss" to a file.
measure() {
	local tool=$1 input=$2 dir=$root pattern=std
	if [ "$input" = e2e ]; then
		dir=$root/testdata/e2e pattern=./...
	fi
	# A cold run gets a new staticcheck cache and a new scalevet -cache
	# key; a repeat run reuses the ones of the run before it.
	case $tool in
	staticcheck) rm -rf "$work/sc-cache" ;;
	scalevet-cache) nonce=$((nonce + 1)) ;;
	esac
	local cache=$work/sc-cache
	local status=0
	(cd "$dir" && STATICCHECK_CACHE=$cache /usr/bin/time -v $(cmd "$tool") "$pattern") \
		>/dev/null 2>"$work/time.txt" || status=$?
	if grep -q '^panic:' "$work/time.txt"; then
		echo "$tool on $input panicked:" >&2
		cat "$work/time.txt" >&2
		exit 1
	fi
	awk -v tool="$tool" -v input="$input" -v status="$status" '
		/User time/ { u = $NF } /System time/ { s = $NF }
		/Elapsed \(wall clock\)/ { n = split($NF, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
		/Maximum resident/ { m = $NF }
		END { printf "%s %s %.2f %.2f %d %s\n", tool, input, w, u + s, m, status }
	' "$work/time.txt" | tee -a "$work/runs.txt" >&2
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
start=$(date -u +%Y-%m-%dT%H:%MZ)
if [ -n "${BENCH_FROM:-}" ]; then
	# Re-render from the "All runs" lines of an earlier run.
	cp "$BENCH_FROM" "$work/runs.txt"
	runs=$(awk '$1 == "scalevet" && $2 == "std"' "$work/runs.txt" | wc -l)
else
	for input in "${inputs[@]}"; do
		for ((i = 1; i <= runs; i++)); do
			for tool in "${tools[@]}"; do
				measure "$tool" "$input"
			done
		done
	done
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# stat TOOL INPUT FIELD: the median of FIELD (3 wall, 4 cpu, 5 rss) over the
# runs; with "min" or "max" as a 4th argument, that instead.
stat() {
	awk -v t="$1" -v inp="$2" -v f="$3" '$1 == t && $2 == inp { print $f }' "$work/runs.txt" |
		sort -g | awk -v how="${4:-median}" '{ v[NR] = $1 }
		END { if (how == "min") print v[1]; else if (how == "max") print v[NR]; else print v[int((NR + 1) / 2)] }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
mem_total=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)

{
	echo "# Benchmarks"
	echo
	echo "Measured by \`bench/run.sh\` on $start (UTC). Do not edit the"
	echo "measured part by hand: run the script, which rewrites it and keeps"
	echo "the sections from \"## Where the time goes\" on."
	echo
	echo "## Machine"
	echo
	echo "- CPU: $cpu_model, $(nproc) cores (nproc)"
	echo "- memory: $mem_total"
	echo "- $(go version)"
	echo "- scalevet $(git describe --always --dirty 2>/dev/null || echo devel), analyzers: $("$work/scalevet" help | awk '/^Analyzers:/ { on = 1; next } /^Flags:/ { on = 0 } on && NF { printf "%s%s", sep, $1; sep = ", " }')"
	echo "- x/tools vet suite: $(go list -m -f '{{.Version}}' golang.org/x/tools); staticcheck $STATICCHECK_VERSION (default checks)"
	echo "- load average (1, 5, 15 min) before: $load_before; after: $load_after"
	echo
	echo "Caches: every tool starts equal. The go command's GOCACHE is shared"
	echo "and warmed before timing (\`go list -deps -export\` of both inputs):"
	echo "every tool asks \`go list\` about the packages, and staticcheck also"
	echo "asks for export data, so a cold GOCACHE would charge the first tool"
	echo "to run for compiling the standard library and the dependencies."
	echo "The tools' own caches are cold in the cold runs: scalevet and the vet"
	echo "suite keep none (they parse and type-check from source every run),"
	echo "scalevet -cache's results in GOCACHE are keyed anew for each cold run"
	echo "(an analyzer flag value that names no table), and staticcheck's"
	echo "STATICCHECK_CACHE is a fresh, empty directory. Each \"-repeat\" run"
	echo "follows its cold run on unchanged code with that run's cache, as a"
	echo "second CI run or a developer's second run would."
	echo
	echo "The machine is shared: other jobs (compilers, test runs) may run at"
	echo "the same time, which shows as wall time above CPU time and as the"
	echo "spread below. The runs are interleaved so such load falls on every"
	echo "tool alike; ratios are taken from the same run of this script."
	echo
	echo "## Results"
	echo
	echo "Median of $runs runs each; wall spread is min–max over the runs."
	echo "CPU is user + system time. RSS is the peak resident set size."
	echo
	echo "| input | tool | wall (s) | wall spread (s) | CPU (s) | peak RSS (MiB) |"
	echo "|---|---|---:|---:|---:|---:|"
	for input in "${inputs[@]}"; do
		for tool in "${tools[@]}"; do
			echo "| $input | $tool | $(stat "$tool" "$input" 3) | $(stat "$tool" "$input" 3 min)–$(stat "$tool" "$input" 3 max) | $(stat "$tool" "$input" 4) | $(mib "$(stat "$tool" "$input" 5)") |"
		done
	done
	echo
	echo "Ratios (median scalevet / median baseline; below 1 means scalevet is cheaper):"
	echo
	echo "| input | ratio | wall | CPU | peak RSS |"
	echo "|---|---|---:|---:|---:|"
	for input in "${inputs[@]}"; do
		for pair in scalevet/vet-suite scalevet/staticcheck scalevet-cache/vet-suite scalevet-cache/staticcheck \
			scalevet-cache-repeat/scalevet-cache staticcheck-repeat/staticcheck; do
			a=${pair%/*} b=${pair#*/}
			echo "| $input | $a/$b | $(ratio "$(stat "$a" "$input" 3)" "$(stat "$b" "$input" 3)") | $(ratio "$(stat "$a" "$input" 4)" "$(stat "$b" "$input" 4)") | $(ratio "$(stat "$a" "$input" 5)" "$(stat "$b" "$input" 5)") |"
		done
	done
	echo
	echo "Peak RSS is that of the largest process: for scalevet -cache, the"
	echo "go command or one vet tool process, of which go runs up to one per"
	echo "CPU at a time (GOMAXPROCS), each analysing one package."
	echo
	echo "Inputs: \`std\` is \`TOOL std\` from the repository root; \`e2e\` is"
	echo "\`TOOL ./...\` in testdata/e2e, whose packages import the real"
	echo "libraries, so every tool also type-checks (and, for facts, analyses)"
	echo "their whole dependency graph from source."
	echo
	echo "All runs (tool, input, wall s, CPU s, peak RSS KiB, exit status):"
	echo
	echo '```'
	cat "$work/runs.txt"
	echo '```'
	echo
	if [ -f "$out" ] && grep -q '^## Where the time goes' "$out"; then
		sed -n '/^## Where the time goes/,$p' "$out"
	fi
} >"$work/benchmarks.md"
mv "$work/benchmarks.md" "$out"

echo
sed -n '/^## Results/,/^Inputs:/p' "$out"
