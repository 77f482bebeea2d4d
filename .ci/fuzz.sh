#!/usr/bin/env bash
# Run each fuzz target for a short, fixed time (FUZZTIME, default 20s).
# The seed corpora live in the packages' testdata/fuzz/FuzzNAME
# directories and also run as plain tests under `go test ./...`. When a
# run finds an input that fails, go test writes it to that directory:
# fix the bug and commit the file, so the input stays a seed forever.
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${FUZZTIME:-20s}

targets=(
	"./analyzers/internal/directive FuzzParse"
	"./analyzers/internal/sqltext FuzzClassify"
)
for t in "${targets[@]}"; do
	read -r pkg name <<<"$t"
	printf '\n-- %s %s for %s\n' "$pkg" "$name" "$fuzztime"
	log=$(mktemp)
	if ! go test -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime" "$pkg" 2>&1 | tee "$log"; then
		# The fuzzing engine itself sometimes fails at the end of
		# -fuzztime with "context deadline exceeded" and no failing
		# input, when a busy machine keeps a worker from stopping in
		# time; that is no finding: run the target once more.
		if grep -q 'context deadline exceeded' "$log" && ! grep -q 'Failing input written' "$log"; then
			echo "fuzz: $name: the engine timed out without a failing input; running it again"
			go test -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime" "$pkg" && continue
		fi
		echo "fuzz: $name failed; the failing input is in $pkg/testdata/fuzz/$name/ (commit it as a seed)"
		ls -t "$pkg/testdata/fuzz/$name" | head -3
		exit 1
	fi
done
echo
echo "fuzz passed: ${#targets[@]} targets, $fuzztime each"
