#!/usr/bin/env bash
# photoview links ImageMagick, dlib and libheif through cgo: without their
# development packages its media packages (and what imports them) do not
# type-check. On Debian: apt-get install libmagickwand-dev libdlib-dev
# libblas-dev liblapack-dev libjpeg-dev libheif-dev pkg-config.
set -euo pipefail
if ! pkg-config --exists MagickWand 2>/dev/null; then
	echo "photoview: MagickWand not found by pkg-config; its media packages will not type-check" >&2
fi
