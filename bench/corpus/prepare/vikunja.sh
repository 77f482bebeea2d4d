#!/usr/bin/env bash
# vikunja's go.mod asks for a newer Go than the toolchain here may be, and
# toolchains are not downloaded: lower the go line to the local version so
# the packages load (a package using newer standard-library API then fails
# alone, as an error, and the rest is analysed).
set -euo pipefail
cd "$1"
have=$(go env GOVERSION | sed 's/^go//')
want=$(sed -n 's/^go //p' go.mod)
if [ "$(printf '%s\n%s\n' "$want" "$have" | sort -V | tail -1)" != "$have" ]; then
	go mod edit -go="$have" -toolchain=none
	echo "vikunja: go.mod's go $want lowered to $have" >&2
fi
