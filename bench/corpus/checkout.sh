#!/usr/bin/env bash
# checkout.sh DIR: re-creates the development corpus (services.tsv) under
# DIR, one checkout per service at its pinned commit. Sources, in order:
# a local mirror under $MIRRORS (owner+name/repo, as this workplace's
# fetch lays them out), else a clone from GitHub. The services' code is
# never committed here; only the list and the labels are.
set -euo pipefail
dir=${1:?usage: checkout.sh DIR}
mirrors=${MIRRORS:-/work/.mirror}
mkdir -p "$dir"
grep -v '^#' "$(dirname "$0")/services.tsv" | while IFS=$'\t' read -r name repo commit sub _; do
	[ -n "$name" ] || continue
	dst="$dir/$name"
	if [ ! -d "$dst/.git" ]; then
		src="$mirrors/${repo/\//+}/repo"
		[ -d "$src" ] || src="https://github.com/$repo"
		git clone -q --no-checkout "$src" "$dst"
	fi
	if ! git -C "$dst" -c advice.detachedHead=false checkout -q "$commit" 2>/dev/null; then
		# Some mirrors leave out large binary blobs (models, images, source
		# maps) that no Go build needs: check out everything else.
		git -C "$dst" sparse-checkout set --no-cone '/*' '!*.dat' '!*.jpg' '!*.jpeg' \
			'!*.png' '!*.gif' '!*.cr3' '!*.map' '!*.mp4' '!*.mp3' '!*.woff' '!*.woff2'
		git -C "$dst" -c advice.detachedHead=false checkout -q "$commit"
	fi
	# Some services need a step of their own build before they type-check
	# (generated code that is not committed): prepare/NAME.sh does it.
	prep="$(dirname "$0")/prepare/$name.sh"
	if [ -x "$prep" ]; then
		"$prep" "$dst/$sub" || echo "$name: prepare step failed" >&2
	fi
	echo "$name	$dst/$sub	$(git -C "$dst" rev-parse --short HEAD)"
done
